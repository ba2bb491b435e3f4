import type { SolutionModel } from '../artefacts/solution/model.js';
import type { Finding } from '../core/finding.js';
import type { AnyRule } from '../core/rule.js';
import { rulesNamedBy } from '../core/rule-refs.js';
import { child } from '../location/pointer.js';

/** The buyer's decision on a deviation, from the assessment: a deviation is the vendor's claim, the buyer decides. */
export interface DeviationDecision {
  readonly verdict: 'accepted' | 'rejected';
  readonly assessor: string;
  readonly date: string;
  readonly note?: string;
}

/** A finding a deviation covers, named so a reader can find it. */
export interface CoveredFinding {
  readonly ruleId: string;
  readonly file: string;
  readonly pointer: string;
  readonly line?: number;
}

/** A deviation declared in a solution description (comply-or-explain), resolved against the rule set and the findings. */
export interface DeclaredDeviation {
  /** Position in the report's deviation register. */
  readonly index: number;
  readonly file: string;
  readonly pointer: string;
  /** As the vendor wrote it: a rule id, catalogue id or architecture rule. */
  readonly rule: string;
  readonly justification: string;
  readonly mitigation: string;
  readonly evidence?: string;
  /** The rules it covers: those of the rules it names that have findings (what it would cover, when the buyer rejected it). */
  readonly covers: readonly string[];
  /** Exactly the findings it covers (also when the buyer rejected it: what it claimed to cover). */
  readonly findings: readonly CoveredFinding[];
  /** Justified: only then does it turn failures into deviations. A missing mitigation is a SHOULD-level note of its own. */
  readonly explained: boolean;
  /** `rule` names a rule, catalogue id or architecture rule that exists. */
  readonly known: boolean;
  readonly decision?: DeviationDecision;
}

/** A deviation as the vendor declared it, before the findings are known. */
export interface DeviationClaim extends Omit<DeclaredDeviation, 'covers' | 'findings'> {
  /** Every rule the reference names (a deviation from `AR 4.2` names all of its rules). */
  readonly names: readonly string[];
}

/** Rules that check the description itself; deviating from them would explain nothing. */
const NOT_DEVIABLE = new Set(['sol-schema-valid', 'sol-deviations-explained']);

export function declaredDeviations(solutions: readonly SolutionModel[], rules: readonly AnyRule[]): DeviationClaim[] {
  const register: DeviationClaim[] = [];
  for (const solution of solutions) {
    (solution.doc.deviations ?? []).forEach((deviation, i) => {
      if (!deviation || typeof deviation.rule !== 'string') return;
      const justification = deviation.justification?.trim() ?? '';
      const mitigation = deviation.mitigation?.trim() ?? '';
      const named = rulesNamedBy(deviation.rule, rules);
      register.push({
        index: register.length,
        file: solution.file,
        pointer: child('/deviations', i),
        rule: deviation.rule,
        justification,
        mitigation,
        ...(deviation.evidence ? { evidence: deviation.evidence } : {}),
        names: named.filter((r) => !NOT_DEVIABLE.has(r.id)).map((r) => r.id),
        explained: justification.length > 0,
        known: named.length > 0,
      });
    });
  }
  return register;
}

/** The deviation that covers a finding: the first that names its rule, is explained, and was not rejected by the buyer. */
export function coveringDeviation(finding: Finding, claims: readonly DeviationClaim[]): number | undefined {
  return claims.find((d) => d.explained && d.decision?.verdict !== 'rejected' && d.names.includes(finding.ruleId))?.index;
}

/** The register as reports show it: each deviation with the findings it covers, and only the rules it actually covered. */
export function deviationRegister(claims: readonly DeviationClaim[], findings: readonly Finding[]): DeclaredDeviation[] {
  return claims.map(({ names, ...claim }) => {
    const covered = findings.filter((f) => names.includes(f.ruleId));
    return {
      ...claim,
      covers: [...new Set(covered.map((f) => f.ruleId))].sort(),
      findings: covered.map((f) => ({ ruleId: f.ruleId, file: f.location.file, pointer: f.location.pointer, ...(f.location.range ? { line: f.location.range.start.line } : {}) })),
    };
  });
}
