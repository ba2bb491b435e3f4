/**
 * Error bodies in one standard format are easier to handle for every consumer: RFC 9457 problem
 * details (application/problem+json), as the Italian and Dutch API rules ask. A recommendation.
 */
import { label } from '../../../src/artefacts/openapi/facts.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'oas-problem-json',
  catalogueId: 'OAS-016',
  title: { da: 'Fejlsvar bruger standardformatet problem+json', en: 'Error responses use the standard problem+json format' },
  architectureRules: ['AR 2.2'],
  appliesTo: 'openapi',
  severity: 'info',
  level: 'MAY',
  mode: 'automatic',
  sourceKind: 'secondary',
  sources: ['https://www.rfc-editor.org/rfc/rfc9457', 'https://github.com/italia/api-oas-checker-rules'],
  messages: {
    other: { da: '{operation} svarer {code} med {types} og ikke med application/problem+json.', en: '{operation} answers {code} with {types}, not application/problem+json.' },
  },
  fix: {
    da: 'Beskriv fejlsvarets indhold som application/problem+json efter RFC 9457 (type, title, status, detail, instance).',
    en: 'Describe the error body as application/problem+json following RFC 9457 (type, title, status, detail, instance).',
  },
  check(api, context) {
    for (const op of api.operations) {
      for (const r of op.responses) {
        if (!/^[45]/.test(r.code) && r.code !== 'default') continue;
        const types = r.content.map((m) => m.mediaType);
        if (types.length === 0 || types.some((t) => /^application\/problem\+(json|xml)/i.test(t))) continue;
        context.report({ at: r, messageId: 'other', data: { operation: label(op), code: r.code, types: types.join(', ') } });
      }
    }
  },
});
