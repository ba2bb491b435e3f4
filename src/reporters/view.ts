import type { Report, RuleVerdict, VerdictStatus } from '../assess/report.js';
import { type Finding, isOpen, type Severity } from '../core/finding.js';

/** Facts the HTML and Markdown reports both show, worked out once from the report model. */
export interface ReportView {
  readonly rule: (id: string) => RuleVerdict | undefined;
  /** Findings by rule id, in report order. */
  readonly byRule: ReadonlyMap<string, readonly Finding[]>;
  /** Findings by file (relative to the bid root; '' for the bid as a whole), in report order. */
  readonly byFile: ReadonlyMap<string, readonly Finding[]>;
  /** How many architecture rules have each verdict. */
  readonly architectureCounts: Readonly<Partial<Record<VerdictStatus, number>>>;
}

export function viewOf(report: Report): ReportView {
  const rules = new Map(report.rules.map((r) => [r.ruleId, r]));
  const byRule = new Map<string, Finding[]>();
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) {
    push(byRule, f.ruleId, f);
    push(byFile, f.location.file, f);
  }
  const architectureCounts: Partial<Record<VerdictStatus, number>> = {};
  for (const ar of report.architectureRules) architectureCounts[ar.status] = (architectureCounts[ar.status] ?? 0) + 1;
  return { rule: (id) => rules.get(id), byRule, byFile, architectureCounts };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Open findings by severity, how many an explained deviation covers, and how many the buyer waived. */
export function severityCounts(findings: readonly Finding[]): Record<Severity, number> & { deviation: number; waived: number } {
  const counts = { error: 0, warning: 0, info: 0, deviation: 0, waived: 0 };
  for (const f of findings) {
    if (f.deviation !== undefined) counts.deviation++;
    else if (f.waived !== undefined) counts.waived++;
    else counts[f.severity]++;
  }
  return counts;
}

export { isOpen };

/** "12:5" for a located finding, "" otherwise. */
export function position(f: Finding): string {
  const start = f.location.range?.start;
  return start ? `${start.line}:${start.column}` : '';
}

/** A file as the user sees it: under the bid folder they named. */
export function shownPath(root: string, file: string): string {
  return root === '.' || root === '' ? file : file ? `${root}/${file}` : root;
}

/** The verdict order the reports list counts in: what needs attention first. */
export const STATUS_ORDER: readonly VerdictStatus[] = ['fail', 'deviation', 'waived', 'manual', 'not-assessed', 'pass', 'not-applicable'];
