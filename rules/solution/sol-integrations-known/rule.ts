/**
 * Declared SF integrations must exist in the joint municipal infrastructure and be current (AR 7.1).
 * Checked against a hand-kept snapshot of Digitaliseringskataloget (rules/catalogue/components.ts).
 */
import { defineRule } from '../../../src/core/rule.js';
import { child } from '../../../src/location/pointer.js';
import { COMPONENTS_AS_OF, INTEGRATIONS } from '../../catalogue/components.js';

export default defineRule({
  id: 'sol-integrations-known',
  catalogueId: 'SD-017',
  title: { da: 'Integrationerne findes i den fælleskommunale infrastruktur og er gældende', en: 'The integrations exist in the joint municipal infrastructure and are current' },
  architectureRules: ['AR 7.1'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://digitaliseringskataloget.dk/'],
  messages: {
    unknown: { da: '{sf} er ikke en kendt integration i Digitaliseringskataloget (rammetjeks oversigt fra {asOf}).', en: '{sf} is not a known integration in Digitaliseringskataloget (rammetjek’s list as of {asOf}).' },
    superseded: { da: '{sf} ({name}) er udfaset i Digitaliseringskataloget ({date}); brug {successor}.', en: '{sf} ({name}) is phased out in Digitaliseringskataloget ({date}); use {successor}.' },
  },
  fix: {
    da: 'Brug integrationens nummer fra Digitaliseringskataloget, og brug den gældende version. Kontrollér nummeret på digitaliseringskataloget.dk.',
    en: 'Use the integration’s number from Digitaliseringskataloget, and its current version. Check the number at digitaliseringskataloget.dk.',
  },
  check({ doc }, context) {
    (doc.integrations ?? []).forEach((integration, i) => {
      const sf = integration?.sf?.toUpperCase().replace(/_.*$/, '');
      if (!sf) return;
      const known = INTEGRATIONS.find((k) => k.sf === sf);
      const at = child('/integrations', i, 'sf');
      if (!known) context.report({ at, messageId: 'unknown', data: { sf, asOf: COMPONENTS_AS_OF } });
      else if (known.supersededBy) context.report({ at, messageId: 'superseded', data: { sf, name: known.name, date: known.date, successor: known.supersededBy } });
    });
  },
});
