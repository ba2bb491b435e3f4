/**
 * NemLog-in offers single logout to services doing authority tasks: the metadata has a
 * SingleLogoutService over https. How many bindings is saml-single-logout-bindings' business.
 */
import { childrenOf, NS } from '../../../src/artefacts/xml/parse.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'saml-single-logout',
  catalogueId: 'SAML-006',
  title: { da: 'Tjenesten understøtter fælles logout', en: 'The service supports single logout' },
  architectureRules: ['AR 4.2', 'AR 5.1'],
  appliesTo: 'saml',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'secondary',
  sources: ['https://tu.nemlog-in.dk/oprettelse-og-administration-af-tjenester/login/dokumentation-og-guides/', 'https://digst.dk/it-loesninger/nemlog-in/spoergsmaal-og-svar/'],
  messages: {
    missing: { da: 'Der er ingen SingleLogoutService.', en: 'There is no SingleLogoutService.' },
    notHttps: { da: 'SingleLogoutService «{location}» bruger ikke HTTPS.', en: "The SingleLogoutService '{location}' does not use HTTPS." },
  },
  fix: {
    da: 'Angiv en SingleLogoutService med en https-adresse, fx med HTTP-Redirect- eller HTTP-POST-binding.',
    en: 'Give a SingleLogoutService with an https address, e.g. with the HTTP-Redirect or HTTP-POST binding.',
  },
  check(saml, context) {
    const sp = saml.sps[0];
    if (!sp) return;
    const services = childrenOf(sp, NS.md, 'SingleLogoutService');
    if (services.length === 0) {
      context.report({ at: sp, messageId: 'missing' });
      return;
    }
    for (const s of services) {
      const location = s.attributes['Location'] ?? '';
      if (!/^https:\/\//i.test(location)) context.report({ at: s, messageId: 'notHttps', data: { location } });
    }
  },
});
