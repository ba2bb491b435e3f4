/**
 * Credentials in a URL end up in access logs, proxies and browser history (AR 4.1). API keys go in a
 * header, as Dataforsyningen recommends; no parameter in the path or query carries a secret.
 */
import { label } from '../../../src/artefacts/openapi/facts.js';
import { defineRule } from '../../../src/core/rule.js';

const SECRET = /^(password|passwd|kodeord|adgangskode|secret|client[-_]?secret|token|access[-_]?token|auth[-_]?token|api[-_]?key|apikey|nøgle|session[-_]?id)$/i;

export default defineRule({
  id: 'oas-no-credentials-in-url',
  catalogueId: 'OAS-006',
  title: { da: 'Hemmeligheder sendes ikke i URL’en', en: 'Secrets are not sent in the URL' },
  architectureRules: ['AR 4.1'],
  appliesTo: 'openapi',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://confluence.sdfi.dk/plugins/viewsource/viewpagesrc.action?pageId=158368461', 'https://github.com/italia/api-oas-checker-rules'],
  messages: {
    apiKeyInQuery: { da: 'Sikkerhedsskemaet «{name}» sender API-nøglen i URL’en (in: query).', en: "The security scheme '{name}' sends the API key in the URL (in: query)." },
    secretParameter: { da: '{operation} har parameteren «{name}» i {where}; den ligner en hemmelighed.', en: "{operation} has the parameter '{name}' in the {whereEn}; it looks like a secret." },
  },
  fix: {
    da: 'Send nøgler og tokens i en header (fx Authorization eller en apiKey med in: header), aldrig i stien eller forespørgslen.',
    en: 'Send keys and tokens in a header (e.g. Authorization, or an apiKey with in: header), never in the path or the query.',
  },
  check(api, context) {
    for (const scheme of api.securitySchemes) {
      if (scheme.value['type'] === 'apiKey' && scheme.value['in'] === 'query') context.report({ at: scheme, messageId: 'apiKeyInQuery', data: { name: scheme.name } });
    }
    const seen = new Set<object>();
    for (const op of api.operations) {
      for (const p of op.parameters) {
        if ((p.in !== 'query' && p.in !== 'path') || !SECRET.test(p.name) || seen.has(p.value)) continue;
        seen.add(p.value);
        context.report({ at: p, messageId: 'secretParameter', data: { operation: label(op), name: p.name, where: p.in === 'query' ? 'forespørgslen' : 'stien', whereEn: p.in } });
      }
    }
  },
});
