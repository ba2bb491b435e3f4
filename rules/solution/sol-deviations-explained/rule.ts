/**
 * KL's comply-or-explain (AR 1.2): a solution may deviate from the framework, but each deviation names
 * the rule it concerns, says why, and says how the consequences are limited. Only explained
 * deviations turn failures into the verdict "deviation".
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
  sources: ['https://www.kl.dk/okonomi-og-administration/digitalisering-og-teknologi/den-faelleskommunale-rammearkitektur/vision-maal-og-principper/arkitekturprincipper-og-regler/', 'https://fda-preprod.digst.govcloud.dk/principper/princip-1-arkitektur-styres-paa-rette-niveau-efter-faelles-rammer/arkitekturregel-12'],
  messages: {
    noJustification: { da: 'Afvigelsen fra {rule} er ikke begrundet.', en: 'The deviation from {rule} is not justified.' },
    noMitigation: { da: 'Afvigelsen fra {rule} siger ikke, hvordan følgerne begrænses.', en: 'The deviation from {rule} does not say how its consequences are limited.' },
    unknownRule: { da: 'Afvigelsen henviser til «{rule}», som hverken er en regel, et katalog-id eller en arkitekturregel.', en: "The deviation refers to '{rule}', which is neither a rule, a catalogue id nor an architecture rule." },
  },
  fix: {
    da: 'Angiv for hver afvigelse den regel, den gælder (fx SD-010 eller AR 4.2), en begrundelse (justification) og en afhjælpning (mitigation), gerne med henvisning til dokumentation.',
    en: 'For each deviation, give the rule it concerns (e.g. SD-010 or AR 4.2), a justification and a mitigation, preferably with a reference to evidence.',
  },
  check({ doc }, context) {
    (doc.deviations ?? []).forEach((deviation, i) => {
      if (!deviation || typeof deviation.rule !== 'string') return;
      const at = child('/deviations', i);
      const rule = deviation.rule;
      const known = ARCHITECTURE_RULE_IDS.includes(normaliseRuleRef(rule) as ArchitectureRuleId) || rulesNamedBy(rule, context.ruleset).length > 0;
      if (!known) context.report({ at: child('/deviations', i, 'rule'), messageId: 'unknownRule', data: { rule } });
      if (!filled(deviation.justification)) context.report({ at, messageId: 'noJustification', data: { rule } });
      if (!filled(deviation.mitigation)) context.report({ at, messageId: 'noMitigation', data: { rule } });
    });
  },
});
