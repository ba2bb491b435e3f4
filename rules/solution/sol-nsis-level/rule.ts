/**
 * NSIS sets the assurance level of a login (low, substantial, high), and the authority picks it from a
 * risk assessment of what the user gets access to. A login that opens personal data should state its
 * level, and sensitive data, CPR numbers or criminal offences call for at least substantial. That
 * mapping is rammetjek's own reading, so the rule is a warning.
 */
import { processesPersonalData } from '../../../src/artefacts/solution/facts.js';
import type { PersonalDataCategory } from '../../../src/artefacts/solution/types.js';
import { defineRule } from '../../../src/core/rule.js';

const FEDERATED = new Set(['nemlog-in', 'mitid-erhverv', 'fk-adgangsstyring']);
const DEMANDING: readonly PersonalDataCategory[] = ['1.1', '1.2', '2'];
const GROUPS = { citizens: ['borgere', 'citizens'], businesses: ['virksomheder', 'businesses'], employees: ['medarbejdere', 'staff'] } as const;

export default defineRule({
  id: 'sol-nsis-level',
  catalogueId: 'SD-041',
  title: { da: 'Loginets NSIS-sikringsniveau passer til de personoplysninger, det giver adgang til', en: 'The login’s NSIS assurance level fits the personal data it opens' },
  architectureRules: ['AR 4.1', 'AR 4.2'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'ours',
  sources: ['https://digst.dk/it-loesninger/standarder/nsis/', 'https://migrering.nemlog-in.dk/nemlog-in-broker/privat-tjenesteudbyder/nsis/'],
  messages: {
    missing: { da: 'Login for {group} giver adgang til personoplysninger, men NSIS-sikringsniveauet er ikke angivet.', en: 'The login for {groupEn} opens personal data, but its NSIS assurance level is not given.' },
    tooLow: { da: 'Login for {group} er på NSIS-niveau lav, men løsningen behandler {categories}; det kræver normalt mindst betydelig (substantial).', en: 'The login for {groupEn} is at NSIS level low, but the solution processes {categoriesEn}; that normally calls for at least substantial.' },
  },
  fix: {
    da: 'Vælg sikringsniveauet ud fra kommunens risikovurdering, normalt mindst substantial for følsomme oplysninger, CPR-numre og strafbare forhold, og angiv det i authentication.<gruppe>.nsisLevel.',
    en: 'Choose the assurance level from the municipality’s risk assessment, normally at least substantial for sensitive data, CPR numbers and criminal offences, and give it in authentication.<group>.nsisLevel.',
  },
  applies: ({ doc }) => processesPersonalData(doc) && Object.values(doc.authentication ?? {}).some((l) => l?.provider && FEDERATED.has(l.provider)),
  check({ doc }, context) {
    const demanding = (doc.personalData?.categories ?? []).filter((c) => DEMANDING.includes(c));
    for (const group of ['citizens', 'businesses', 'employees'] as const) {
      const login = doc.authentication?.[group];
      if (!login?.provider || !FEDERATED.has(login.provider)) continue;
      const names = { group: GROUPS[group][0], groupEn: GROUPS[group][1] };
      if (!login.nsisLevel) context.report({ at: `/authentication/${group}`, messageId: 'missing', data: names });
      else if (login.nsisLevel === 'low' && demanding.length > 0) {
        const da = demanding.map((c) => ({ '1.1': 'CPR-numre', '1.2': 'strafbare forhold', '2': 'følsomme oplysninger' })[c as '1.1']).join(', ');
        const en = demanding.map((c) => ({ '1.1': 'CPR numbers', '1.2': 'criminal offences', '2': 'sensitive data' })[c as '1.1']).join(', ');
        context.report({ at: `/authentication/${group}/nsisLevel`, messageId: 'tooLow', data: { ...names, categories: da, categoriesEn: en } });
      }
    }
  },
});
