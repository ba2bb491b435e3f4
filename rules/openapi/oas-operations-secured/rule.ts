/**
 * Operations require authentication (AR 4.1, AR 4.2), through the global or their own `security`.
 * AR 2.5 allows public data, so an operation may be public on purpose: OpenAPI's own way to say so is
 * an empty `security: []` on the operation (`x-public: true` is accepted too). What is flagged is an
 * operation that no `security` covers at all, or one made open by an empty requirement (`{}`) beside
 * real ones. No Danish source demands a security scheme on every operation: a SHOULD.
 */
import { label } from '../../../src/artefacts/openapi/facts.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'oas-operations-secured',
  catalogueId: 'OAS-005',
  title: { da: 'Alle operationer kræver adgangskontrol', en: 'Every operation requires authentication' },
  architectureRules: ['AR 4.1', 'AR 4.2'],
  appliesTo: 'openapi',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'ours',
  sources: [
    'https://arkitektur.digst.dk/principper-og-regler',
    'http://info.rammearkitektur.dk/index.php/AR_4.1:_Opfyld_krav_til_informationssikkerhed_og_privatlivsbeskyttelse',
    'http://info.rammearkitektur.dk/index.php/AR_2.5:_Stil_data_og_l%C3%B8sninger_til_r%C3%A5dighed_for_private',
    'https://spec.openapis.org/oas/v3.1.0#operation-object',
  ],
  messages: {
    unsecured: { da: '{operation} kræver ingen adgangskontrol, og det står ikke, at den er offentlig med vilje.', en: '{operation} requires no authentication, and it does not say that it is public on purpose.' },
    optional: { da: '{operation} kan kaldes uden adgangskontrol (et tomt krav i security).', en: '{operation} can be called without authentication (an empty requirement in security).' },
  },
  fix: {
    da: 'Angiv security globalt eller på operationen med et af API’ets securitySchemes. Er operationen offentlig med vilje (fx åbne data), så skriv security: [] på operationen.',
    en: 'Give security globally or on the operation, with one of the API’s securitySchemes. If the operation is public on purpose (e.g. open data), write security: [] on the operation.',
  },
  check(api, context) {
    for (const op of api.operations) {
      // public on purpose: an explicit empty security on the operation, or the older x-public marker
      const own = op.value['security'];
      if (op.value['x-public'] === true || (Array.isArray(own) && own.length === 0)) continue;
      const { requirements } = op.security;
      if (requirements.length === 0) context.report({ at: op, messageId: 'unsecured', data: { operation: label(op) } });
      else if (requirements.some((r) => Object.keys(r).length === 0)) context.report({ at: op.security.at ?? op, messageId: 'optional', data: { operation: label(op) } });
    }
  },
});
