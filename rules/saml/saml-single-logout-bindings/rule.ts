/**
 * The NemLog-in FAQ says the IdP uses the first SingleLogoutService and recommends one, but it dates
 * from OIOSAML 2, and DigSt's own OIOSAML.Java emits three (Redirect, POST, SOAP). Several bindings
 * are worth a note, not a finding against the bid.
 */
import { childrenOf, NS } from '../../../src/artefacts/xml/parse.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'saml-single-logout-bindings',
  catalogueId: 'SAML-016',
  title: { da: 'Fælles logout har én binding', en: 'Single logout has one binding' },
  architectureRules: ['AR 4.2'],
  appliesTo: 'saml',
  severity: 'info',
  level: 'MAY',
  mode: 'automatic',
  sourceKind: 'secondary',
  sources: ['https://digst.dk/it-loesninger/nemlog-in/spoergsmaal-og-svar/', 'https://github.com/digst/OIOSAML.Java'],
  messages: {
    several: { da: 'Der er {count} SingleLogoutService-bindinger; ifølge NemLog-ins spørgsmål og svar bruger NemLog-in den første.', en: 'There are {count} SingleLogoutService bindings; according to NemLog-in’s FAQ, NemLog-in uses the first.' },
  },
  fix: {
    da: 'Overvej kun at angive én SingleLogoutService, eller sørg for, at den første er den, tjenesten helst vil bruge.',
    en: 'Consider giving only one SingleLogoutService, or make sure the first is the one the service prefers.',
  },
  applies: (saml) => saml.sps[0] !== undefined && childrenOf(saml.sps[0], NS.md, 'SingleLogoutService').length > 0,
  check(saml, context) {
    const services = saml.sps[0] ? childrenOf(saml.sps[0], NS.md, 'SingleLogoutService') : [];
    if (services.length > 1) context.report({ at: services[1]!, messageId: 'several', data: { count: services.length } });
  },
});
