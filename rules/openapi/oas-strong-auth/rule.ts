/**
 * AR 4.2: use the common security architecture — OAuth 2.0, OpenID Connect, mutual TLS or bearer
 * tokens. HTTP basic sends the password with every call, and a bare API key identifies a system,
 * not a user or a municipality.
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
    apiKey: { da: 'Sikkerhedsskemaet «{name}» er en API-nøgle, som kun identificerer et system.', en: "The security scheme '{name}' is an API key, which only identifies a system." },
  },
  fix: {
    da: 'Brug OAuth 2.0 (fx client credentials med certifikat), OpenID Connect, mutual TLS eller bearer-tokens fra en fælles tokenudsteder.',
    en: 'Use OAuth 2.0 (e.g. client credentials with a certificate), OpenID Connect, mutual TLS or bearer tokens from a shared token issuer.',
  },
  check(api, context) {
    for (const scheme of api.securitySchemes) {
      const type = scheme.value['type'];
      const basic = type === 'basic' || (type === 'http' && String(scheme.value['scheme']).toLowerCase() === 'basic');
      if (basic) context.report({ at: scheme, messageId: 'basic', data: { name: scheme.name } });
      else if (type === 'apiKey') context.report({ at: scheme, messageId: 'apiKey', data: { name: scheme.name } });
    }
  },
});
