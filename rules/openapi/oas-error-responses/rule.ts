/**
 * A consumer must know how the service fails (FDA: servicefejlmeddelelser; NSP Husregler §9): each
 * operation documents at least one client error (4xx) and a server error (5xx) or a default response.
 */
import { label } from '../../../src/artefacts/openapi/facts.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'oas-error-responses',
  catalogueId: 'OAS-009',
  title: { da: 'Operationerne beskriver deres fejlsvar', en: 'Operations document their error responses' },
  architectureRules: ['AR 7.1'],
  appliesTo: 'openapi',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://dokumen.tips/documents/flles-retningslinjer-for-webservices-webservices-skal-have-en-entydig-mekanisme.html', 'https://www.nspop.dk/display/Web3/Husregler+for+REST+services'],
  messages: {
    missing: { da: '{operation} beskriver ingen {missing}.', en: '{operation} documents no {missingEn}.' },
  },
  fix: {
    da: 'Beskriv de fejl, operationen kan give: mindst ét 4xx-svar (fx 400, 401, 404) og 5xx eller default.',
    en: 'Document the errors the operation can give: at least one 4xx response (e.g. 400, 401, 404), and 5xx or default.',
  },
  check(api, context) {
    for (const op of api.operations) {
      const codes = op.responses.map((r) => r.code.toUpperCase());
      const client = codes.some((c) => c.startsWith('4'));
      const server = codes.some((c) => c.startsWith('5') || c === 'DEFAULT');
      if (client && server) continue;
      const missing = [!client ? { da: 'klientfejl (4xx)', en: 'client error (4xx)' } : undefined, !server ? { da: 'serverfejl (5xx eller default)', en: 'server error (5xx or default)' } : undefined].filter((m) => m !== undefined);
      context.report({ at: op, messageId: 'missing', data: { operation: label(op), missing: missing.map((m) => m.da).join(' og '), missingEn: missing.map((m) => m.en).join(' and ') } });
    }
  },
});
