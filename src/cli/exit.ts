import type { Report } from '../assess/report.js';
import { atLeast, isOpen, type Severity } from '../core/finding.js';

/** Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, configuration or internal error. */
export const EXIT = { clean: 0, findings: 1, error: 2 } as const;

/**
 * The exit code a report calls for: 2 when nothing was checked or a rule crashed, else 1 for open
 * findings at or above --fail-on, or — with a tender — a mindstekrav not met or not assessed (it may
 * be met by findings of any severity, or by none: a tender can raise a warning to a requirement).
 * A requirement awaiting the buyer's decision on a deviation does not fail the run. Pure, so the
 * browser page records the same code in SARIF.
 */
export function exitCode(report: Report, failOn: Severity | 'never'): number {
  if (report.findings.some((f) => f.ruleId === 'nothing-to-check' || f.ruleId === 'rule-error')) return EXIT.error;
  if (failOn === 'never') return EXIT.clean;
  const tender = report.tender?.mindstekrav.status;
  if (tender === 'not-met' || tender === 'not-assessed') return EXIT.findings;
  const failing = report.findings.some((f) => isOpen(f) && atLeast(f.severity, failOn));
  return failing ? EXIT.findings : EXIT.clean;
}
