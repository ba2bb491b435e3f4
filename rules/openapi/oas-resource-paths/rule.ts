/**
 * REST names resources with nouns and lets the HTTP method be the verb (NSP Husregler §2-4; NL ADR
 * /core/http-methods): /aftaler, not /hentAftale. A heuristic, so a recommendation.
 */
import { isObject } from '../../../src/artefacts/openapi/refs.js';
import { defineRule } from '../../../src/core/rule.js';
import { child } from '../../../src/location/pointer.js';

const VERB = /^(hent|opret|slet|opdater|gem|soeg|søg|find|get|fetch|create|delete|remove|update|save|add|do|list|search)(?=$|[-_A-ZÆØÅ]|[a-zæøå]+[-_A-ZÆØÅ])/;

export default defineRule({
  id: 'oas-resource-paths',
  catalogueId: 'OAS-010',
  title: { da: 'Stierne navngiver ressourcer, ikke handlinger', en: 'Paths name resources, not actions' },
  architectureRules: ['AR 7.1'],
  appliesTo: 'openapi',
  severity: 'info',
  level: 'MAY',
  mode: 'automatic',
  sourceKind: 'secondary',
  sources: ['https://www.nspop.dk/display/Web3/Husregler+for+REST+services', 'https://logius-standaarden.github.io/API-Design-Rules/'],
  messages: {
    verb: { da: 'Stien {path} indeholder handlingen «{segment}»; lad HTTP-metoden være verbet.', en: "The path {path} contains the action '{segment}'; let the HTTP method be the verb." },
  },
  fix: {
    da: 'Navngiv stien efter ressourcen (fx GET /aftaler i stedet for GET /hentAftaler, DELETE /aftaler/{id} i stedet for POST /sletAftale).',
    en: 'Name the path after the resource (e.g. GET /agreements instead of GET /getAgreements, DELETE /agreements/{id} instead of POST /deleteAgreement).',
  },
  check(api, context) {
    const paths = isObject(api.root['paths']) ? Object.keys(api.root['paths']) : [];
    for (const path of paths) {
      const segment = path.split('/').find((s) => s !== '' && !s.startsWith('{') && VERB.test(s));
      if (segment) context.report({ at: child('/paths', path), key: true, messageId: 'verb', data: { path, segment } });
    }
  },
});
