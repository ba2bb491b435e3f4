import type { Localized } from './text.js';

/** How serious a finding is; SARIF maps `info` to `note`. */
export type Severity = 'error' | 'warning' | 'info';

/** 1-based line and column. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** Where a finding is: a file (relative to the bid root), an RFC 6901 pointer and, once located, a range. */
export interface Location {
  readonly file: string;
  readonly pointer: string;
  /** The finding is about the property name at `pointer`, not its value. */
  readonly key?: boolean;
  readonly range?: Range;
}

/** One thing wrong (or worth noting) in a bid. */
export interface Finding {
  readonly ruleId: string;
  /** The catalogue id (e.g. `SD-009`), so tender profiles and docs can use either. */
  readonly catalogueId: string;
  /** Which of the rule's messages this is (stable, for tools and tests); absent on engine diagnostics. */
  readonly messageId?: string;
  readonly severity: Severity;
  readonly message: Localized;
  readonly fix: Localized;
  readonly location: Location;
  /** Architecture rules the finding's rule serves, e.g. `AR 4.1`. */
  readonly architectureRules: readonly string[];
  /** Set when a declared deviation covers the finding (comply-or-explain). */
  readonly deviation?: number;
  /** Set when a waiver of the buyer covers the finding (index in the report's `tender.waivers`): it stays visible but does not count. */
  readonly waived?: number;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** An open finding: neither covered by a deviation nor waived, so it counts. */
export function isOpen(finding: Finding): boolean {
  return finding.deviation === undefined && finding.waived === undefined;
}

/** True when `severity` is as serious as `threshold` or more. */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return severityRank[severity] <= severityRank[threshold];
}

/** Deterministic order: file, line, column, rule id, pointer, message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.location.file, b.location.file) ||
    (a.location.range?.start.line ?? 0) - (b.location.range?.start.line ?? 0) ||
    (a.location.range?.start.column ?? 0) - (b.location.range?.start.column ?? 0) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.location.pointer, b.location.pointer) ||
    cmp(a.message.en, b.message.en)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
