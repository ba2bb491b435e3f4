/**
 * e2012 criterion 4 (seed 003): a self-service gives a digital receipt for the data submitted. Today
 * the receipt goes to the citizen's Digital Post (Fælles krav #10).
 */
import { isPublicSelfService } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'sol-selfservice-receipt',
  catalogueId: 'SD-032',
  title: { da: 'Selvbetjeningen giver en digital kvittering i Digital Post', en: 'Self-service gives a digital receipt in Digital Post' },
  architectureRules: ['AR 5.1'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['seeds/003_9ed8d5fd0b0899b7.txt (KL, fælleskommunal digitaliseringsstrategi, høringsudgave 2010: e2012-parate selvbetjeningsløsninger)', 'https://arkitektur.digst.dk/10-anvendelse-af-infrastrukturkomponenter-og-andre-komponenter-faelles-aftalt'],
  messages: {
    noReceipt: { da: 'Brugeren får ingen kvittering for de indsendte oplysninger.', en: 'The user gets no receipt for the data submitted.' },
    notDigitalPost: { da: 'Kvitteringen gives som «{receipt}» og ikke i Digital Post, hvor brugeren kan finde den igen.', en: "The receipt is given as '{receipt}', not in Digital Post, where the user can find it again." },
  },
  fix: {
    da: 'Send en kvittering for de indsendte oplysninger til brugerens Digital Post, og angiv selfService.receipt: digital-post.',
    en: 'Send a receipt for the submitted data to the user’s Digital Post, and give selfService.receipt: digital-post.',
  },
  applies: ({ doc }) => isPublicSelfService(doc),
  check({ doc }, context) {
    const receipt = doc.selfService?.receipt;
    if (!receipt || receipt === 'none') {
      context.report({ at: receipt ? '/selfService/receipt' : doc.selfService ? '/selfService' : '', messageId: 'noReceipt' });
    } else if (receipt !== 'digital-post') {
      context.report({ at: '/selfService/receipt', messageId: 'notDigitalPost', data: { receipt } });
    }
  },
});
