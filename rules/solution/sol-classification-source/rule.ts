/**
 * KLE and other shared classifications change over time; taking them from FK Klassifikation (SF1510,
 * SF7002) instead of hard-coded lists keeps what changes apart from what does not (AR 2.6 (FK)).
 */
import { declaredSfNumbers } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'sol-classification-source',
  catalogueId: 'SD-012',
  title: { da: 'Klassifikationer hentes fra Fælleskommunal Klassifikation', en: 'Classifications come from the joint municipal Classification system' },
  architectureRules: ['AR 2.6', 'AR 6.2'],
  appliesTo: 'solution',
  severity: 'info',
  level: 'MAY',
  mode: 'declared',
  sourceKind: 'primary',
  sources: ['https://digitaliseringskataloget.dk/klassifikationssystem'],
  messages: {
    missing: { da: 'Løsningen bruger KLE, men henter ikke klassifikationerne fra Klassifikation (SF1510 eller SF7002).', en: 'The solution uses KLE but does not get the classifications from Klassifikation (SF1510 or SF7002).' },
  },
  fix: {
    da: 'Hent KLE og andre fælles klassifikationer fra Fælleskommunal Klassifikation (SF1510, sortimenter via SF7002) i stedet for faste lister i koden.',
    en: 'Get KLE and other shared classifications from the joint municipal Classification system (SF1510, assortments through SF7002) instead of lists fixed in code.',
  },
  applies: ({ doc }) => (doc.tasks?.kle ?? []).length > 0,
  check({ doc }, context) {
    const sf = declaredSfNumbers(doc);
    if (!sf.has('SF1510') && !sf.has('SF7002')) {
      context.report({ at: doc.integrations ? '/integrations' : '/tasks/kle', messageId: 'missing' });
    }
  },
});
