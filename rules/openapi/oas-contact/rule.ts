/**
 * Whoever integrates with the API needs someone to ask: info.contact with an e-mail address or a URL
 * (NL API Design Rules /core/doc-openapi-contact; FDA R06 asks for usable documentation).
 */
import { isObject } from '../../../src/artefacts/openapi/refs.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'oas-contact',
  catalogueId: 'OAS-003',
  title: { da: 'API’et angiver, hvem man kan kontakte', en: 'The API says whom to contact' },
  architectureRules: ['AR 7.1'],
  appliesTo: 'openapi',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'secondary',
  sources: ['https://logius-standaarden.github.io/API-Design-Rules/', 'https://arkitektur.digst.dk/metoder/arkitekturmetoder/retningslinjer-webservices/retningslinjer-webservices/bilag-1'],
  messages: {
    missing: { da: 'API’et har ingen kontaktoplysninger (e-mail eller adresse).', en: 'The API has no contact details (e-mail or URL).' },
  },
  fix: {
    da: 'Tilføj info.contact med mindst email eller url for den, der svarer på spørgsmål om API’et.',
    en: 'Add info.contact with at least email or url of whoever answers questions about the API.',
  },
  check(api, context) {
    const contact = api.info?.value['contact'];
    if (!isObject(contact) || (typeof contact['email'] !== 'string' && typeof contact['url'] !== 'string')) {
      context.report({ at: isObject(contact) ? '/info/contact' : api.info ? '/info' : '', messageId: 'missing' });
    }
  },
});
