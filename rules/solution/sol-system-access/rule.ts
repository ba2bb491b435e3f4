/**
 * A system calling the joint municipal infrastructure authenticates as a system: with a token from
 * KOMBIT's STS (OIOIDWS, "Adgangsstyring for systemer") or an OCES3 system certificate. The bid says
 * which, per integration; SF1470 from version 3.0 takes OIOIDWS only ("Sikkerhedsmodellen er ændret
 * fra WS-policy til OIOIDWS", Digitaliseringskataloget).
 */
import { defineRule } from '../../../src/core/rule.js';
import { child } from '../../../src/location/pointer.js';

export default defineRule({
  id: 'sol-system-access',
  catalogueId: 'SD-040',
  title: { da: 'Integrationerne siger, hvordan systemet autentificerer sig', en: 'The integrations say how the system authenticates' },
  architectureRules: ['AR 4.2', 'AR 7.1'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://digitaliseringskataloget.dk/integration/sf1470', 'https://digitaliseringskataloget.dk/tilslutningsguide-brugervendt-system'],
  messages: {
    missing: { da: 'Integrationen {sf} siger ikke, hvordan systemet autentificerer sig (security: oioidws, certificate eller other).', en: 'The integration {sf} does not say how the system authenticates (security: oioidws, certificate or other).' },
    sf1470Oioidws: { da: 'SF1470 bruger fra version 3.0 OIOIDWS (token fra KOMBITs STS) i stedet for WS-Policy; integrationen angiver «{security}».', en: "SF1470 uses OIOIDWS (a token from KOMBIT’s STS) instead of WS-Policy from version 3.0; the integration gives '{security}'." },
  },
  fix: {
    da: 'Angiv for hver integration security: oioidws (Adgangsstyring for systemer med token fra KOMBITs STS), certificate eller other. Brug OIOIDWS til SF1470.',
    en: 'Give security for each integration: oioidws (access control for systems with a token from KOMBIT’s STS), certificate or other. Use OIOIDWS for SF1470.',
  },
  applies: ({ doc }) => (doc.integrations ?? []).some((i) => typeof i?.sf === 'string'),
  check({ doc }, context) {
    (doc.integrations ?? []).forEach((integration, i) => {
      const sf = integration?.sf?.toUpperCase().replace(/_.*$/, '');
      if (!sf) return;
      if (!integration.security) context.report({ at: child('/integrations', i), messageId: 'missing', data: { sf } });
      else if (sf === 'SF1470' && integration.security !== 'oioidws') context.report({ at: child('/integrations', i, 'security'), messageId: 'sf1470Oioidws', data: { security: integration.security } });
    });
  },
});
