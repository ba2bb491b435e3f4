/**
 * Data is documented by common rules (AR 6.2; FDA R06): every successful response with a body says
 * what the body is, and no schema is an untyped object without properties.
 */
import { label, successResponses } from '../../../src/artefacts/openapi/facts.js';
import { isObject } from '../../../src/artefacts/openapi/refs.js';
import { defineRule } from '../../../src/core/rule.js';

const STRUCTURE = ['type', 'properties', 'additionalProperties', 'items', 'allOf', 'anyOf', 'oneOf', 'enum', 'const', '$ref', 'not', 'patternProperties', 'format'];

export default defineRule({
  id: 'oas-typed-schemas',
  catalogueId: 'OAS-013',
  title: { da: 'Svar og data er beskrevet med skemaer', en: 'Responses and data are described by schemas' },
  architectureRules: ['AR 6.2'],
  appliesTo: 'openapi',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://github.com/Faellesoffentlig-Digital-Arkitektur/Referencearkitektur-for-observation-og-maaling', 'https://arkitektur.digst.dk/metoder/arkitekturmetoder/retningslinjer-webservices/retningslinjer-webservices/bilag-1'],
  messages: {
    noSchema: { da: '{operation} svarer {code} med {mediaType} uden skema.', en: '{operation} answers {code} with {mediaType} without a schema.' },
    untyped: { da: 'Skemaet siger ikke, hvad værdien er (ingen type, egenskaber eller henvisning).', en: 'The schema does not say what the value is (no type, properties or reference).' },
    bareObject: { da: 'Objektet har hverken egenskaber (properties) eller additionalProperties.', en: 'The object has neither properties nor additionalProperties.' },
  },
  fix: {
    da: 'Beskriv hvert svar med et skema, og giv objekter deres egenskaber (properties) – eller additionalProperties for opslagstabeller.',
    en: 'Describe every response with a schema, and give objects their properties — or additionalProperties for maps.',
  },
  check(api, context) {
    for (const op of api.operations) {
      for (const r of successResponses(op)) {
        for (const m of r.content) {
          if (!m.schema && /json|xml/i.test(m.mediaType)) context.report({ at: m, messageId: 'noSchema', data: { operation: label(op), code: r.code, mediaType: m.mediaType } });
        }
      }
    }
    for (const schema of api.schemas) {
      const s = schema.value;
      if (Object.keys(s).length > 0 && !STRUCTURE.some((k) => k in s)) context.report({ at: schema, messageId: 'untyped' });
      else if (s['type'] === 'object' && !isObject(s['properties']) && !('additionalProperties' in s) && !('allOf' in s) && !('oneOf' in s) && !('anyOf' in s) && !('patternProperties' in s)) {
        context.report({ at: schema, messageId: 'bareObject' });
      }
    }
  },
});
