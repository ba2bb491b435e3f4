/**
 * KL's comply-or-explain (AR 1.2): a solution may deviate from the framework, but a deviation "bør
 * altid forklares" — it names the rule it concerns and says why. How the consequences are limited is a
 * SHOULD of its own (sol-deviations-mitigated): KL asks for the explanation, not for a mitigation.
 */
import { filled } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';
import { normaliseRuleRef, rulesNamedBy } from '../../../src/core/rule-refs.js';
import { child } from '../../../src/location/pointer.js';
import { ARCHITECTURE_RULE_IDS, type ArchitectureRuleId } from '../../catalogue/framework.js';

export default defineRule({
  id: 'sol-deviations-explained',
  catalogueId: 'SD-026',
  title: { da: 'Alle afvigelser er begrundet (følg eller forklar)', en: 'Every deviation is explained (comply or explain)' },
  architectureRules: ['AR 1.2'],
  appliesTo: 'solution',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://www.kl.dk/okonomi-og-administration/digitalisering-og-teknologi/den-faelleskommunale-rammearkitektur/vision-maal-og-principper/arkitekturprincipper-og-regler/', 'https://arkitektur.digst.dk/principper/princip-1-arkitektur-styres-paa-rette-niveau-efter-faelles-rammer'],
  messages: {
    noJustification: { da: 'Afvigelsen fra {rule} er ikke begrundet.', en: 'The deviation from {rule} is not justified.' },
    unknownRule: { da: 'Afvigelsen henviser til «{rule}», som hverken er en regel, et katalog-id eller en arkitekturregel.', en: "The deviation refers to '{rule}', which is neither a rule, a catalogue id nor an architecture rule." },
  },
  fix: {
    da: 'Angiv for hver afvigelse den regel, den gælder (fx SD-010 eller AR 4.2), og en begrundelse (justification), gerne med henvisning til dokumentation.',
    en: 'For each deviation, give the rule it concerns (e.g. SD-010 or AR 4.2) and a justification, preferably with a reference to evidence.',
  },
  check({ doc }, context) {
    (doc.deviations ?? []).forEach((deviation, i) => {
      if (!deviation || typeof deviation.rule !== 'string') return;
      const at = child('/deviations', i);
      const rule = deviation.rule;
      const known = ARCHITECTURE_RULE_IDS.includes(normaliseRuleRef(rule) as ArchitectureRuleId) || rulesNamedBy(rule, context.ruleset).length > 0;
      if (!known) context.report({ at: child('/deviations', i, 'rule'), messageId: 'unknownRule', data: { rule } });
      if (!filled(deviation.justification)) context.report({ at, messageId: 'noJustification', data: { rule } });
    });
  },
});
