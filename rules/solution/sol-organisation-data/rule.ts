/**
 * A system that needs the municipality's organisation, units or staff reads them from FK Organisation
 * (SF1500) instead of keeping its own register (AR 7.2 (FK), AR 6.1).
 */
import { declaredSfNumbers } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'sol-organisation-data',
  catalogueId: 'SD-011',
  title: { da: 'Organisationsdata hentes fra Fælleskommunal Organisation', en: 'Organisation data comes from the joint municipal Organisation system' },
  architectureRules: ['AR 7.2', 'AR 6.1'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://digitaliseringskataloget.dk/integration/sf1500'],
  messages: {
    missing: { da: 'Løsningen bruger kommunens organisationsdata, men har ingen integration til Organisation (SF1500).', en: 'The solution uses the municipality’s organisation data but has no integration with Organisation (SF1500).' },
  },
  fix: {
    da: 'Hent organisation, enheder og medarbejdere fra Fælleskommunal Organisation via SF1500, og angiv integrationen under integrations.',
    en: 'Read the organisation, units and staff from the joint municipal Organisation system through SF1500, and list the integration under integrations.',
  },
  applies: ({ doc }) => doc.profile?.usesOrganisationData === true,
  check({ doc }, context) {
    if (!declaredSfNumbers(doc).has('SF1500')) {
      context.report({ at: doc.integrations ? '/integrations' : '/profile/usesOrganisationData', messageId: 'missing' });
    }
  },
});
