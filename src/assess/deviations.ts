import type { SolutionModel } from '../artefacts/solution/model.js';
import type { AnyRule } from '../core/rule.js';
import { child } from '../location/pointer.js';

/** A deviation declared in a solution description (comply-or-explain), resolved against the rule set. */
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
  /** Rules the deviation covers; empty when `rule` names nothing known. */
  readonly covers: readonly string[];
  /** Justified and mitigated: only then does it turn failures into deviations. */
  readonly explained: boolean;
}

/** Rules that check the description itself; deviating from them would explain nothing. */
const NOT_DEVIABLE = new Set(['sol-schema-valid', 'sol-deviations-explained']);

/** Normalises `AR4.2`, `ar 4.2` and `AR 4.2` to one form. */
export function normaliseRuleRef(ref: string): string {
  const ar = /^\s*AR\s*(\d+\.\d+)\s*(\(FK\))?\s*$/i.exec(ref);
  return ar ? `AR ${ar[1]}` : ref.trim();
}

/** The rules a reference names: a rule id, a catalogue id, or every rule serving an architecture rule. */
export function rulesNamedBy(ref: string, rules: readonly AnyRule[]): string[] {
  const wanted = normaliseRuleRef(ref);
  const upper = wanted.toUpperCase();
  return rules
    .filter((r) => !NOT_DEVIABLE.has(r.id))
    .filter((r) => r.id === wanted || r.catalogueId.toUpperCase() === upper || (r.architectureRules as readonly string[]).includes(wanted))
    .map((r) => r.id);
}

export function declaredDeviations(solutions: readonly SolutionModel[], rules: readonly AnyRule[]): DeclaredDeviation[] {
  const register: DeclaredDeviation[] = [];
  for (const solution of solutions) {
    (solution.doc.deviations ?? []).forEach((deviation, i) => {
      if (!deviation || typeof deviation.rule !== 'string') return;
      const justification = deviation.justification?.trim() ?? '';
      const mitigation = deviation.mitigation?.trim() ?? '';
      register.push({
        index: register.length,
        file: solution.file,
        pointer: child('/deviations', i),
        rule: deviation.rule,
        justification,
        mitigation,
        ...(deviation.evidence ? { evidence: deviation.evidence } : {}),
        covers: rulesNamedBy(deviation.rule, rules),
        explained: justification.length > 0 && mitigation.length > 0,
      });
    });
  }
  return register;
}
