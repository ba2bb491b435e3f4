/**
 * A bid is untrusted input: rammetjek never reads a file outside the bid folder and never fetches a
 * remote reference unless the library caller allowed its host. Such a `$ref` is allowed by OpenAPI, so
 * it is a warning that the reference was not followed (and what it leads to was not checked), not a
 * fault in the bid. References that lead nowhere are oas-refs-resolve's business.
 */
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'oas-refs-local',
  catalogueId: 'OAS-023',
  title: { da: '$ref-henvisningerne fører til dokumenter i buddet', en: 'The $refs lead to documents in the bid' },
  architectureRules: ['AR 4.1', 'AR 7.1'],
  appliesTo: 'openapi',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'ours',
  sources: ['https://spec.openapis.org/oas/v3.1.0#reference-object'],
  messages: {
    outside: { da: 'Henvisningen «{ref}» peger uden for buddets mappe og følges ikke.', en: "The reference '{ref}' points outside the bid folder and is not followed." },
    remote: { da: 'Henvisningen «{ref}» peger på et eksternt dokument, som ikke hentes; det, den fører til, er ikke kontrolleret.', en: "The reference '{ref}' points to a remote document, which is not fetched; what it leads to was not checked." },
  },
  fix: {
    da: 'Læg de filer, specifikationen henviser til, i buddets mappe, og skriv henvisningerne som relative stier (fx schemas/borger.yaml#/Borger), så hele specifikationen kan kontrolleres.',
    en: 'Put the files the specification refers to in the bid folder, and write the references as relative paths (e.g. schemas/person.yaml#/Person), so the whole specification can be checked.',
  },
  check(api, context) {
    for (const p of api.refProblems) {
      if (p.kind === 'outside' || p.kind === 'remote') context.report({ at: { file: p.file, pointer: p.pointer }, messageId: p.kind, data: { ref: p.ref } });
    }
  },
});
