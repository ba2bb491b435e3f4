/**
 * The seed (003) makes FLIS, the joint municipal management information system, the common source of
 * data on economy, quality and productivity. A case system states whether it delivers to FLIS, and why
 * not if it does not. Which areas FLIS covers is not checked here (see the doc).
 */
import { filled } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'sol-flis-delivery',
  catalogueId: 'SD-034',
  title: { da: 'Levering af ledelsesinformation til FLIS er afklaret', en: 'Delivery of management information to FLIS is settled' },
  architectureRules: ['AR 6.1'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'declared',
  sourceKind: 'secondary',
  sources: ['seeds/003_9ed8d5fd0b0899b7.txt (KL, fælleskommunal digitaliseringsstrategi, høringsudgave 2010: FLIS)'],
  messages: {
    undeclared: { da: 'Det er ikke angivet, om fagsystemet leverer data til FLIS.', en: 'The description does not say whether the case system delivers data to FLIS.' },
    noReason: { da: 'Fagsystemet leverer ikke til FLIS, og der er ingen begrundelse.', en: 'The case system does not deliver to FLIS, and there is no reason given.' },
  },
  fix: {
    da: 'Angiv flis.delivers: true, hvis løsningen leverer data til FLIS, eller flis.delivers: false med en begrundelse i flis.reason.',
    en: 'Give flis.delivers: true if the solution delivers data to FLIS, or flis.delivers: false with a reason in flis.reason.',
  },
  applies: ({ doc }) => (doc.profile?.kinds ?? []).includes('case-system'),
  check({ doc }, context) {
    const flis = doc.flis;
    if (flis?.delivers === undefined) context.report({ at: flis ? '/flis' : '', messageId: 'undeclared' });
    else if (flis.delivers === false && !filled(flis.reason)) context.report({ at: '/flis/delivers', messageId: 'noReason' });
  },
});
