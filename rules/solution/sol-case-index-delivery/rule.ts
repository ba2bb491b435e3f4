/**
 * Case-bearing systems deliver case and document metadata to Sags- og Dokumentindekset (SF1470), and
 * systems that grant benefits deliver to Ydelsesindekset: that is how Mit Overblik on borger.dk shows
 * citizens their cases and benefits (AR 6.1, AR 5.1).
 */
import { declaredSfNumbers, declaresComponent } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'sol-case-index-delivery',
  catalogueId: 'SD-013',
  title: { da: 'Sager og ydelser leveres til de fælleskommunale indeks', en: 'Cases and benefits are delivered to the joint municipal indexes' },
  architectureRules: ['AR 6.1', 'AR 5.1'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://digitaliseringskataloget.dk/sags-dokumentindeks', 'https://digitaliseringskatalog.dk/l%C3%B8sninger/ydelsesindeks', 'https://dok.kombit.dk/teknik-miljoe-og-borgerservice/borgerblikket'],
  messages: {
    noCaseIndex: { da: 'Løsningen er sagsbærende, men leverer ikke til Sags- og Dokumentindekset (SF1470).', en: 'The solution is case-bearing but does not deliver to the case and document index (SF1470).' },
    noBenefitIndex: { da: 'Løsningen bevilger ydelser, men leverer ikke til Ydelsesindekset.', en: 'The solution grants benefits but does not deliver to the benefit index (Ydelsesindekset).' },
  },
  fix: {
    da: 'Aflevér sager og dokumenter til Sags- og Dokumentindekset via SF1470 og bevillinger til Ydelsesindekset, med KLE-numre, så de vises i Mit Overblik. Angiv integrationerne under integrations (og ydelsesindeks under components).',
    en: 'Deliver cases and documents to the case and document index through SF1470, and grants to the benefit index, with KLE numbers, so they show in Mit Overblik. List the integrations under integrations (and ydelsesindeks under components).',
  },
  applies: ({ doc }) => doc.profile?.caseBearing === true || doc.profile?.grantsBenefits === true,
  check({ doc }, context) {
    const at = doc.integrations ? '/integrations' : '/profile';
    if (doc.profile?.caseBearing === true && !declaredSfNumbers(doc).has('SF1470')) context.report({ at, messageId: 'noCaseIndex' });
    const benefitIndex =
      declaresComponent(doc, 'ydelsesindeks') || (doc.integrations ?? []).some((i) => /ydelsesindeks/i.test(i?.name ?? ''));
    if (doc.profile?.grantsBenefits === true && !benefitIndex) context.report({ at, messageId: 'noBenefitIndex' });
  },
});
