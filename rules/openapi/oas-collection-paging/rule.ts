/**
 * A collection that can grow without bound is read in pages (NSP Husregler §6; FDA Bilag 4 on counts
 * and Link headers): a GET that returns a list offers a paging parameter. A recommendation.
 */
import { label, schemaType, successResponses } from '../../../src/artefacts/openapi/facts.js';
import { defineRule } from '../../../src/core/rule.js';

const PAGING = /^(page|pagesize|page_size|page\[.*\]|per_page|perpage|limit|offset|cursor|after|before|top|skip|\$top|\$skip|size|side|antal|sidestoerrelse|start|startindex|count|max|maxresults|continuation|continuationtoken|next|page_token|pagetoken)$/i;

export default defineRule({
  id: 'oas-collection-paging',
  catalogueId: 'OAS-011',
  title: { da: 'Lister kan hentes sidevis', en: 'Collections can be read in pages' },
  architectureRules: ['AR 7.1', 'AR 8.1'],
  appliesTo: 'openapi',
  severity: 'info',
  level: 'MAY',
  mode: 'automatic',
  sourceKind: 'secondary',
  sources: ['https://www.nspop.dk/display/Web3/Husregler+for+REST+services', 'https://pdfslide.tips/documents/fllesoffentlig-digital-arkitektur-rapport-web-view-json-a-javascript-object.html'],
  messages: {
    noPaging: { da: '{operation} returnerer en liste, men har ingen parameter til sidevisning.', en: '{operation} returns a list but has no paging parameter.' },
  },
  fix: {
    da: 'Tilføj sidevisning med forespørgselsparametre (fx side og antal, eller limit og cursor), og fortæl gerne det samlede antal.',
    en: 'Add paging with query parameters (e.g. page and size, or limit and cursor), and preferably return the total count.',
  },
  check(api, context) {
    for (const op of api.operations) {
      if (op.method !== 'get' || /\}\/?$/.test(op.path)) continue;
      const list = successResponses(op).some((r) => r.content.some((m) => m.schema && schemaType(m.schema.value) === 'array'));
      if (!list) continue;
      if (op.parameters.some((p) => p.in === 'query' && PAGING.test(p.name))) continue;
      context.report({ at: op, messageId: 'noPaging', data: { operation: label(op) } });
    }
  },
});
