/**
 * A deviation is easier to accept when the bid says how its consequences are limited and whether it
 * will end. KL asks only that a deviation be explained (sol-deviations-explained); the mitigation is
 * rammetjek's advice to the bidder, so a SHOULD.
 */
import { filled } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';
import { child } from '../../../src/location/pointer.js';

export default defineRule({
  id: 'sol-deviations-mitigated',
  catalogueId: 'SD-038',
  title: { da: 'Afvigelserne siger, hvordan følgerne begrænses', en: 'The deviations say how their consequences are limited' },
  architectureRules: ['AR 1.2'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'ours',
  sources: ['https://www.kl.dk/okonomi-og-administration/digitalisering-og-teknologi/den-faelleskommunale-rammearkitektur/vision-maal-og-principper/arkitekturprincipper-og-regler/'],
  messages: {
    noMitigation: { da: 'Afvigelsen fra {rule} siger ikke, hvordan følgerne begrænses, eller om den ophører.', en: 'The deviation from {rule} does not say how its consequences are limited, or whether it will end.' },
  },
  fix: {
    da: 'Beskriv i mitigation, hvad der begrænser følgerne af afvigelsen, og hvornår og hvordan den eventuelt ophører.',
    en: 'Describe in mitigation what limits the consequences of the deviation, and when and how it may end.',
  },
  applies: ({ doc }) => (doc.deviations ?? []).length > 0,
  check({ doc }, context) {
    (doc.deviations ?? []).forEach((deviation, i) => {
      if (deviation && typeof deviation.rule === 'string' && !filled(deviation.mitigation)) {
        context.report({ at: child('/deviations', i), messageId: 'noMitigation', data: { rule: deviation.rule } });
      }
    });
  },
});
