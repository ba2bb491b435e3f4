/**
 * AR 4.2: use the common security architecture — OAuth 2.0, OpenID Connect, mutual TLS or bearer
 * tokens. HTTP basic sends the password with every call. An API key in a header is what
 * oas-no-credentials-in-url advises (after Dataforsyningen), so it is not flagged here; one in a
 * cookie travels with every browser request to the host and is. Keys in the query are OAS-006's.
 */
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'oas-strong-auth',
  catalogueId: 'OAS-015',
  title: { da: 'Adgangskontrollen bruger stærke, standardiserede metoder', en: 'Authentication uses strong, standard methods' },
  architectureRules: ['AR 4.2'],
  appliesTo: 'openapi',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://fda-preprod.digst.govcloud.dk/principper/princip-4-sikkerhed-privatliv-og-tillid-sikres/arkitekturregel-42-anvend-faelles'],
  messages: {
    basic: { da: 'Sikkerhedsskemaet «{name}» bruger HTTP basic, som sender brugernavn og adgangskode med hvert kald.', en: "The security scheme '{name}' uses HTTP basic, which sends the user name and password with every call." },
    apiKeyCookie: { da: 'Sikkerhedsskemaet «{name}» sender API-nøglen i en cookie, som browseren sender med til alle kald til værten.', en: "The security scheme '{name}' sends the API key in a cookie, which the browser sends with every call to the host." },
  },
  fix: {
    da: 'Brug OAuth 2.0 (fx client credentials med certifikat), OpenID Connect, mutual TLS eller bearer-tokens fra en fælles tokenudsteder. Bruges en API-nøgle, så send den i en header.',
    en: 'Use OAuth 2.0 (e.g. client credentials with a certificate), OpenID Connect, mutual TLS or bearer tokens from a shared token issuer. If an API key is used, send it in a header.',
  },
  check(api, context) {
    for (const scheme of api.securitySchemes) {
      const type = scheme.value['type'];
      const basic = type === 'basic' || (type === 'http' && String(scheme.value['scheme']).toLowerCase() === 'basic');
      if (basic) context.report({ at: scheme, messageId: 'basic', data: { name: scheme.name } });
      else if (type === 'apiKey' && scheme.value['in'] === 'cookie') context.report({ at: scheme, messageId: 'apiKeyCookie', data: { name: scheme.name } });
    }
  },
});
