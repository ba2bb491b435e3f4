/**
 * e2012 criterion 1 (seed 003): the self-service is digital all the way — forms are phased out and
 * replaced by web solutions, so nothing needs printing and signing.
 */
import { isPublicSelfService } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'sol-selfservice-fully-digital',
  catalogueId: 'SD-035',
  title: { da: 'Selvbetjeningen er digital hele vejen', en: 'The self-service is digital all the way' },
  architectureRules: ['AR 5.1'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'declared',
  sourceKind: 'secondary',
  sources: ['seeds/003_9ed8d5fd0b0899b7.txt (KL, fælleskommunal digitaliseringsstrategi, høringsudgave 2010: e2012-parate selvbetjeningsløsninger)'],
  messages: {
    notDigital: { da: 'Det er ikke bekræftet, at hele forløbet kan gennemføres digitalt.', en: 'It is not confirmed that the whole flow can be completed digitally.' },
  },
  fix: {
    da: 'Sørg for, at brugeren kan gennemføre hele forløbet digitalt uden at printe, underskrive eller sende papir, og angiv selfService.fullyDigital: true.',
    en: 'Make sure the user can complete the whole flow digitally without printing, signing or posting paper, and give selfService.fullyDigital: true.',
  },
  applies: ({ doc }) => isPublicSelfService(doc),
  check({ doc }, context) {
    if (doc.selfService?.fullyDigital !== true) {
      const at = doc.selfService?.fullyDigital === false ? '/selfService/fullyDigital' : doc.selfService ? '/selfService' : '';
      context.report({ at, messageId: 'notDigital' });
    }
  },
});
