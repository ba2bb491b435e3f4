/**
 * A bid is untrusted input: a `$ref` may only lead to documents inside the bid. rammetjek never
 * reads a file outside the bid folder and never fetches a remote reference unless the library caller
 * allowed its host; each such reference is reported here (AR 4.1). Dead references are reported too.
 */
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'oas-refs-local',
  catalogueId: 'OAS-023',
  title: { da: 'Alle $ref-henvisninger fører til dokumenter i buddet', en: 'Every $ref leads to a document in the bid' },
  architectureRules: ['AR 4.1', 'AR 7.1'],
  appliesTo: 'openapi',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'ours',
  sources: ['https://spec.openapis.org/oas/v3.1.0#reference-object', 'http://info.rammearkitektur.dk/index.php/AR_4.1:_Opfyld_krav_til_informationssikkerhed_og_privatlivsbeskyttelse'],
  messages: {
    outside: { da: 'Henvisningen «{ref}» peger uden for buddets mappe og følges ikke.', en: "The reference '{ref}' points outside the bid folder and is not followed." },
    remote: { da: 'Henvisningen «{ref}» peger på et eksternt dokument, som ikke hentes.', en: "The reference '{ref}' points to a remote document, which is not fetched." },
    'not-found': { da: 'Henvisningen «{ref}» peger på en fil, der ikke findes i buddet.', en: "The reference '{ref}' points to a file that is not in the bid." },
    unparsable: { da: 'Henvisningen «{ref}» peger på en fil, der ikke kan læses.', en: "The reference '{ref}' points to a file that cannot be parsed." },
    'bad-pointer': { da: 'Henvisningen «{ref}» peger på et sted, der ikke findes i dokumentet.', en: "The reference '{ref}' points to a place that does not exist in the document." },
  },
  fix: {
    da: 'Læg alle filer, specifikationen henviser til, i buddets mappe, og skriv henvisningerne som relative stier (fx schemas/borger.yaml#/Borger).',
    en: 'Put every file the specification refers to in the bid folder, and write the references as relative paths (e.g. schemas/person.yaml#/Person).',
  },
  check(api, context) {
    for (const p of api.refProblems) context.report({ at: { file: p.file, pointer: p.pointer }, messageId: p.kind, data: { ref: p.ref } });
  },
});
