/**
 * What the solution description promises about an interface's security must be what its
 * specification says (AR 4.2): a REST interface declared as OAuth 2.0 has an oauth2 security scheme,
 * one declared as mutual TLS a mutualTLS scheme, and so on.
 */
import { bidPath } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';
import { child } from '../../../src/location/pointer.js';

/** Declared authentication words → the security scheme kinds that fulfil them. */
const KINDS: readonly { words: RegExp; kinds: readonly string[] }[] = [
  { words: /^(oauth ?2(\.0)?|oauth)$/i, kinds: ['oauth2', 'openIdConnect'] },
  { words: /^(oidc|openid ?connect)$/i, kinds: ['openIdConnect'] },
  { words: /^(mtls|mutual ?tls|klientcertifikat|client ?certificate|oces3?)$/i, kinds: ['mutualTLS'] },
  { words: /^(api[- ]?key|apikey|api-nøgle|nøgle)$/i, kinds: ['apiKey'] },
  { words: /^(basic|http basic)$/i, kinds: ['http:basic', 'basic'] },
  { words: /^(bearer|jwt|token)$/i, kinds: ['http:bearer', 'oauth2', 'openIdConnect'] },
];

export default defineRule({
  id: 'bid-openapi-auth-matches',
  catalogueId: 'OAS-021',
  title: { da: 'Snitfladens sikring passer med løsningsbeskrivelsen', en: 'The interface’s security matches the solution description' },
  architectureRules: ['AR 4.2'],
  appliesTo: 'bid',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://fda-preprod.digst.govcloud.dk/principper/princip-4-sikkerhed-privatliv-og-tillid-sikres/arkitekturregel-42-anvend-faelles'],
  messages: {
    mismatch: { da: 'Snitfladen «{name}» er beskrevet med sikringen «{declared}», men specifikationen bruger {actual}.', en: "The interface '{name}' is described with the security '{declared}', but its specification uses {actual}." },
    noSchemes: { da: 'Snitfladen «{name}» er beskrevet med sikringen «{declared}», men specifikationen har ingen sikkerhedsskemaer.', en: "The interface '{name}' is described with the security '{declared}', but its specification has no security schemes." },
  },
  fix: {
    da: 'Ret enten interfaces[].authentication i løsningsbeskrivelsen eller securitySchemes i specifikationen, så de siger det samme.',
    en: 'Correct either interfaces[].authentication in the solution description or securitySchemes in the specification, so they say the same.',
  },
  check(bid, context) {
    for (const solution of bid.solutions) {
      (solution.doc.interfaces ?? []).forEach((iface, i) => {
        if (iface?.type !== 'rest' || typeof iface.spec !== 'string' || typeof iface.authentication !== 'string') return;
        const api = bid.openapis.find((o) => o.file === bidPath(iface.spec ?? ''));
        const wanted = KINDS.find((k) => k.words.test(iface.authentication?.trim() ?? ''));
        if (!api || !api.version || !wanted) return;
        const at = { file: solution.file, pointer: child('/interfaces', i, 'authentication') };
        const data = { name: iface.name ?? `#${i + 1}`, declared: iface.authentication };
        const kinds = api.securitySchemes.map((s) => (s.value['type'] === 'http' ? `http:${String(s.value['scheme']).toLowerCase()}` : String(s.value['type'])));
        if (kinds.length === 0) context.report({ at, messageId: 'noSchemes', data });
        else if (!kinds.some((k) => wanted.kinds.includes(k))) context.report({ at, messageId: 'mismatch', data: { ...data, actual: [...new Set(kinds)].join(', ') } });
      });
    }
  },
});
