/**
 * No lock-in (AR 2.3): an API over the data a solution masters offers a way to take all of it out —
 * an export or bulk endpoint — not only one record at a time. Found by the path's words; a
 * recommendation, since not every API is the solution's data API.
 */
import { isObject } from '../../../src/artefacts/openapi/refs.js';
import { defineRule } from '../../../src/core/rule.js';

const EXPORT = /(^|[/_-])(eksport|export|exports|udtraek|udtræk|bulk|dump|backup|download|snapshot|batch)([/_-]|$)/i;

export default defineRule({
  id: 'oas-bulk-export',
  catalogueId: 'OAS-018',
  title: { da: 'API’et giver adgang til et fuldt udtræk', en: 'The API offers a full export' },
  architectureRules: ['AR 2.3'],
  appliesTo: 'openapi',
  severity: 'info',
  level: 'MAY',
  mode: 'automatic',
  sourceKind: 'ours',
  sources: ['https://rammearkitektur.kl.dk/maal-og-principper/faelleskommunale-arkitekturprincipper-og-regler/arkitekturprincip-2-arkitektur-fremmer-sammenhaeng-innovation-og-effektivitet'],
  messages: {
    missing: { da: 'API’et har ingen sti til udtræk af alle data (fx /eksport eller /bulk).', en: 'The API has no path for exporting all data (e.g. /export or /bulk).' },
  },
  fix: {
    da: 'Tilbyd en GET-operation, der giver alle kommunens data i et åbent format (fx NDJSON eller sider af JSON), så kommunen kan skifte leverandør.',
    en: 'Offer a GET operation that gives all the municipality’s data in an open format (e.g. NDJSON, or pages of JSON), so the municipality can switch vendor.',
  },
  applies: (api) => api.operations.length > 0,
  check(api, context) {
    const paths = isObject(api.root['paths']) ? Object.keys(api.root['paths']) : [];
    if (!paths.some((p) => EXPORT.test(p))) context.report({ at: '/paths', key: true, messageId: 'missing' });
  },
});
