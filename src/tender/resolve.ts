import { ARCHITECTURE_RULES, PRINCIPLE_IDS, type ArchitectureRuleId } from '../../rules/catalogue/framework.js';
import { normaliseRuleRef, rulesNamedBy, type RuleIdentity } from '../core/rule-refs.js';
import type { Localized } from '../core/text.js';

/** What a selector in a tender names: rules, and architecture rules whose question a person answers. */
export interface Selection {
  readonly rules: readonly string[];
  /** Architecture rules with a question for the evaluator (no machine decides them). */
  readonly questions: readonly ArchitectureRuleId[];
}

/**
 * Resolves a rule selector as a tender writes it: a rule id, a catalogue id (`SD-009`), an
 * architecture rule (`AR 4.2`: its rules and its question) or a principle (`P4`: all of its
 * architecture rules). Returns a reason instead when it names nothing that exists.
 */
export function resolveSelector(ref: string, rules: readonly RuleIdentity[]): Selection | { readonly error: Localized } {
  const trimmed = ref.trim();
  const principle = trimmed.toUpperCase();
  if ((PRINCIPLE_IDS as readonly string[]).includes(principle)) return under(ARCHITECTURE_RULES.filter((ar) => ar.principle === principle).map((ar) => ar.id), rules);
  if (/^P\d+$/i.test(trimmed)) {
    return { error: { da: `princippet ${trimmed} findes ikke; principperne er P1–P8`, en: `principle ${trimmed} does not exist; the principles are P1–P8` } };
  }
  const normal = normaliseRuleRef(trimmed);
  if (/^AR\b/i.test(trimmed)) {
    const ar = ARCHITECTURE_RULES.find((a) => a.id === normal);
    if (!ar) return { error: { da: `arkitekturreglen «${trimmed}» findes ikke i rammearkitekturen (se «rammetjek explain P1» … «P8»)`, en: `architecture rule '${trimmed}' does not exist in the framework (see 'rammetjek explain P1' … 'P8')` } };
    return under([ar.id], rules);
  }
  const named = rulesNamedBy(trimmed, rules).filter((r) => r.id === trimmed || r.catalogueId.toUpperCase() === principle);
  if (named.length === 0) return { error: { da: `reglen «${trimmed}» findes ikke (se «rammetjek rules»)`, en: `rule '${trimmed}' does not exist (see 'rammetjek rules')` } };
  return { rules: named.map((r) => r.id), questions: [] };
}

function under(ids: readonly ArchitectureRuleId[], rules: readonly RuleIdentity[]): Selection {
  return {
    rules: rules.filter((r) => r.architectureRules.some((a) => (ids as readonly string[]).includes(a))).map((r) => r.id),
    questions: ARCHITECTURE_RULES.filter((ar) => ids.includes(ar.id) && ar.manual).map((ar) => ar.id),
  };
}
