/**
 * The description must follow the published schema, so every later rule — and the buyer — reads the
 * fields the same way (AR 1.3: a common framework for describing the architecture).
 */
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'sol-schema-valid',
  catalogueId: 'SD-000',
  title: { da: 'Løsningsbeskrivelsen følger skemaet', en: 'The solution description follows the schema' },
  architectureRules: ['AR 1.3'],
  appliesTo: 'solution',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://github.com/digst/IT-System-AP', 'https://arkitektur.digst.dk/principper-og-regler'],
  messages: {
    violation: { da: '{da}', en: '{en}' },
  },
  fix: {
    da: 'Ret feltet, så det passer til skemaet. Kør `rammetjek schema` for at se skemaet, eller tilføj en $schema-linje, så editoren hjælper.',
    en: 'Correct the field to match the schema. Run `rammetjek schema` to see it, or add a $schema line so your editor helps.',
  },
  check(solution, context) {
    for (const violation of solution.schemaViolations) {
      context.report({
        at: violation.pointer,
        key: violation.key,
        messageId: 'violation',
        data: { da: violation.message.da, en: violation.message.en },
      });
    }
  },
});
