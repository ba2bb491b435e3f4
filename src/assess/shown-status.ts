import type { Report, VerdictStatus } from './report.js';

/**
 * How a verdict reads to a person. A goal, principle or architecture rule that fails only on SHOULD
 * rules is "met with remarks", told apart from one where a MUST rule fails; the model keeps `fail`.
 */
export type ShownStatus = VerdictStatus | 'remarks';

export function shownStatus(report: Pick<Report, 'rules' | 'architectureRules'>, status: VerdictStatus, architectureRules: readonly string[]): ShownStatus {
  if (status !== 'fail') return status;
  // an evaluator judged an architecture rule's question not met: that failure is never softened
  if (report.architectureRules.some((ar) => architectureRules.includes(ar.id) && ar.decision?.verdict === 'fail')) return 'fail';
  const failing = report.rules.filter((r) => r.status === 'fail' && r.level !== 'MAY' && r.architectureRules.some((a) => architectureRules.includes(a)));
  // no failing rule found (a person's verdict, say): the failure stands as it is
  return failing.length > 0 && failing.every((r) => r.level === 'SHOULD') ? 'remarks' : 'fail';
}
