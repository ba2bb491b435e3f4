/**
 * Data goes over the network encrypted: every server is https (AR 4.1; Dataforsyningen and
 * Datafordeleren require TLS). Plain http is accepted only for localhost, for developers. A relative
 * server URL inherits the scheme of the page serving the spec and is left alone.
 */
import { isLocalServer } from '../../../src/artefacts/openapi/facts.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'oas-servers-https',
  catalogueId: 'OAS-004',
  title: { da: 'API’et kaldes kun over HTTPS', en: 'The API is called over HTTPS only' },
  architectureRules: ['AR 4.1'],
  appliesTo: 'openapi',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['http://info.rammearkitektur.dk/index.php/AR_4.1:_Opfyld_krav_til_informationssikkerhed_og_privatlivsbeskyttelse', 'https://confluence.sdfi.dk/plugins/viewsource/viewpagesrc.action?pageId=158368461'],
  messages: {
    notHttps: { da: 'Serveren «{url}» bruger ikke HTTPS.', en: "The server '{url}' does not use HTTPS." },
  },
  fix: {
    da: 'Brug https:// i alle servers (OpenAPI 3) eller schemes: [https] (Swagger 2.0).',
    en: 'Use https:// in every server (OpenAPI 3), or schemes: [https] (Swagger 2.0).',
  },
  check(api, context) {
    for (const server of api.servers) {
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(server.url)?.[1]?.toLowerCase();
      if (scheme === undefined || scheme === 'https' || isLocalServer(server.url)) continue;
      context.report({ at: { file: server.file, pointer: server.pointer }, messageId: 'notHttps', data: { url: server.url } });
    }
  },
});
