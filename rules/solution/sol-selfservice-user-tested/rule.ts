/**
 * e2012 criterion 6 (seed 003): users find the self-service well-functioning and effective — shown by
 * tests with real users, not asserted by the vendor.
 */
import { filled, isPublicSelfService } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'sol-selfservice-user-tested',
  catalogueId: 'SD-036',
  title: { da: 'Selvbetjeningen er testet med brugere', en: 'The self-service has been tested with users' },
  architectureRules: ['AR 5.1'],
  appliesTo: 'solution',
  severity: 'info',
  level: 'MAY',
  mode: 'declared',
  sourceKind: 'secondary',
  sources: ['seeds/003_9ed8d5fd0b0899b7.txt (KL, fælleskommunal digitaliseringsstrategi, høringsudgave 2010: e2012-parate selvbetjeningsløsninger)'],
  messages: {
    missing: { da: 'Der er ikke dokumentation for brugertest af selvbetjeningen.', en: 'There is no evidence of user tests of the self-service.' },
  },
  fix: {
    da: 'Vedlæg en rapport fra brugertest med borgere eller virksomheder, beskriv den under evidence, og henvis til den i selfService.userTesting.',
    en: 'Attach a report of tests with citizens or businesses, describe it under evidence, and refer to it in selfService.userTesting.',
  },
  applies: ({ doc }) => isPublicSelfService(doc),
  check({ doc }, context) {
    if (!filled(doc.selfService?.userTesting)) context.report({ at: doc.selfService ? '/selfService' : '', messageId: 'missing' });
  },
});
