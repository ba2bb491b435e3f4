import type { SolutionModel } from '../artefacts/solution/model.js';
import type { AnyRule } from '../core/rule.js';
import { rulesNamedBy } from '../core/rule-refs.js';
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
        covers: rulesNamedBy(deviation.rule, rules).filter((r) => !NOT_DEVIABLE.has(r.id)).map((r) => r.id),
        explained: justification.length > 0 && mitigation.length > 0,
      });
    });
  }
  return register;
}
