/**
 * FDA's guidelines for web services (R06) ask for documentation that people and machines can read:
 * a title, a version and a description. Bilag 1's exact mandatory fields were not available, so the
 * rule is a warning (see the doc).
 */
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'oas-info-complete',
  catalogueId: 'OAS-002',
  title: { da: 'API’et har titel, version og beskrivelse', en: 'The API has a title, a version and a description' },
  architectureRules: ['AR 7.1', 'AR 6.4'],
  appliesTo: 'openapi',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://arkitektur.digst.dk/metoder/arkitekturmetoder/retningslinjer-webservices/retningslinjer-webservices/bilag-1'],
  messages: {
    missing: { da: 'info mangler {fields}.', en: 'info lacks {fieldsEn}.' },
  },
  fix: {
    da: 'Udfyld info.title, info.version og info.description, så API’et kan forstås uden leverandørens hjælp.',
    en: 'Fill in info.title, info.version and info.description, so the API can be understood without the vendor’s help.',
  },
  check(api, context) {
    const info = api.info?.value ?? {};
    const blank = (k: string) => typeof info[k] !== 'string' || (info[k] as string).trim() === '';
    const missing = [
      blank('title') ? { da: 'titel', en: 'a title' } : undefined,
      blank('version') ? { da: 'version', en: 'a version' } : undefined,
      blank('description') ? { da: 'beskrivelse', en: 'a description' } : undefined,
    ].filter((m) => m !== undefined);
    if (missing.length > 0) {
      context.report({ at: api.info ? '/info' : '', messageId: 'missing', data: { fields: missing.map((m) => m.da).join(', '), fieldsEn: missing.map((m) => m.en).join(', ') } });
    }
  },
});
