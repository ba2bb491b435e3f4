/**
 * A `$ref` inside the bid that leads to no file, an unreadable file or a place that does not exist
 * leaves the specification incomplete: what it describes cannot be known (OpenAPI's Reference Object
 * must resolve). References out of the bid are oas-refs-local's business.
 */
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'oas-refs-resolve',
  catalogueId: 'OAS-024',
  title: { da: 'Henvisningerne inden for buddet kan følges', en: 'The references within the bid resolve' },
  architectureRules: ['AR 7.1'],
  appliesTo: 'openapi',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://spec.openapis.org/oas/v3.1.0#reference-object', 'https://arkitektur.digst.dk/metoder/arkitekturmetoder/retningslinjer-webservices/retningslinjer-webservices/bilag-1'],
  messages: {
    'not-found': { da: 'Henvisningen «{ref}» peger på en fil, der ikke findes i buddet.', en: "The reference '{ref}' points to a file that is not in the bid." },
    unparsable: { da: 'Henvisningen «{ref}» peger på en fil, der ikke kan læses.', en: "The reference '{ref}' points to a file that cannot be parsed." },
    'bad-pointer': { da: 'Henvisningen «{ref}» peger på et sted, der ikke findes i dokumentet.', en: "The reference '{ref}' points to a place that does not exist in the document." },
  },
  fix: {
    da: 'Ret henvisningen, så den peger på en fil i buddet og et sted, der findes i filen, eller læg den manglende fil ved buddet.',
    en: 'Correct the reference so it points to a file in the bid and a place that exists in it, or add the missing file to the bid.',
  },
  check(api, context) {
    for (const p of api.refProblems) {
      if (p.kind === 'not-found' || p.kind === 'unparsable' || p.kind === 'bad-pointer') context.report({ at: { file: p.file, pointer: p.pointer }, messageId: p.kind, data: { ref: p.ref } });
    }
  },
});
