/**
 * Every specification in the bid should be placed in the solution description — as an interface the
 * solution offers or an integration it uses — so the buyer knows what it is for (AR 1.3).
 */
import { bidPath } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'bid-openapi-declared',
  catalogueId: 'OAS-022',
  title: { da: 'Alle OpenAPI-filer i buddet er nævnt i løsningsbeskrivelsen', en: 'Every OpenAPI file in the bid is named in the solution description' },
  architectureRules: ['AR 1.3'],
  appliesTo: 'bid',
  severity: 'info',
  level: 'MAY',
  mode: 'automatic',
  sourceKind: 'ours',
  sources: ['https://github.com/Faellesoffentlig-Digital-Arkitektur/Referencearkitektur-for-observation-og-maaling'],
  messages: {
    undeclared: { da: 'OpenAPI-filen «{file}» er ikke nævnt i løsningsbeskrivelsen.', en: "The OpenAPI file '{file}' is not named in the solution description." },
  },
  fix: {
    da: 'Nævn filen under interfaces[].spec (en snitflade, løsningen udstiller) eller integrations[].spec (en integration, den bruger), eller fjern den fra buddet.',
    en: 'Name the file under interfaces[].spec (an interface the solution offers) or integrations[].spec (an integration it uses), or remove it from the bid.',
  },
  check(bid, context) {
    const named = new Set(
      bid.solutions.flatMap((s) => [...(s.doc.interfaces ?? []), ...(s.doc.integrations ?? [])].map((x) => (x?.spec ? bidPath(x.spec) : undefined))),
    );
    for (const api of bid.openapis) {
      if (!named.has(api.file)) context.report({ at: { file: api.file, pointer: '' }, messageId: 'undeclared', data: { file: api.file } });
    }
  },
});
