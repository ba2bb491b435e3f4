/**
 * Every operation requires authentication (AR 4.1, AR 4.2), through the global or its own
 * `security`. An empty requirement (`{}`) makes the operation open. An operation that is public on
 * purpose says so with `x-public: true`.
 */
import { label } from '../../../src/artefacts/openapi/facts.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'oas-operations-secured',
  catalogueId: 'OAS-005',
  title: { da: 'Alle operationer kræver adgangskontrol', en: 'Every operation requires authentication' },
  architectureRules: ['AR 4.1', 'AR 4.2'],
  appliesTo: 'openapi',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'ours',
  sources: ['http://info.rammearkitektur.dk/index.php/AR_4.1:_Opfyld_krav_til_informationssikkerhed_og_privatlivsbeskyttelse', 'https://fda-preprod.digst.govcloud.dk/principper/princip-4-sikkerhed-privatliv-og-tillid-sikres/arkitekturregel-42-anvend-faelles'],
  messages: {
    unsecured: { da: '{operation} kræver ingen adgangskontrol.', en: '{operation} requires no authentication.' },
    optional: { da: '{operation} kan kaldes uden adgangskontrol (et tomt krav i security).', en: '{operation} can be called without authentication (an empty requirement in security).' },
  },
  fix: {
    da: 'Angiv security globalt eller på operationen med et af API’ets securitySchemes. Er operationen offentlig med vilje, så markér den med x-public: true.',
    en: 'Give security globally or on the operation, with one of the API’s securitySchemes. If the operation is public on purpose, mark it with x-public: true.',
  },
  check(api, context) {
    for (const op of api.operations) {
      if (op.value['x-public'] === true) continue;
      const { requirements } = op.security;
      if (requirements.length === 0) context.report({ at: op, messageId: 'unsecured', data: { operation: label(op) } });
      else if (requirements.some((r) => Object.keys(r).length === 0)) context.report({ at: op.security.at ?? op, messageId: 'optional', data: { operation: label(op) } });
    }
  },
});
