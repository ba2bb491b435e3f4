/** How deviations and tender profiles name rules: by rule id, catalogue id or architecture rule. */

export interface RuleIdentity {
  readonly id: string;
  readonly catalogueId: string;
  readonly architectureRules: readonly string[];
}

/** Normalises `AR4.2`, `ar 4.2 (FK)` and `AR 4.2` to `AR 4.2`; other references are trimmed. */
export function normaliseRuleRef(ref: string): string {
  const ar = /^\s*AR\s*(\d+\.\d+)\s*(\(FK\))?\s*$/i.exec(ref);
  return ar ? `AR ${ar[1]}` : ref.trim();
}

/** The rules a reference names: one rule by id or catalogue id, or every rule serving an architecture rule. */
export function rulesNamedBy<R extends RuleIdentity>(ref: string, rules: readonly R[]): R[] {
  const wanted = normaliseRuleRef(ref);
  const upper = wanted.toUpperCase();
  return rules.filter(
    (r) => r.id === wanted || r.catalogueId.toUpperCase() === upper || r.architectureRules.includes(wanted),
  );
}
