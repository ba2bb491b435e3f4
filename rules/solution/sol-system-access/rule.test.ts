import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Kompas Omsorg, description: Omsorgssystem til hjemmeplejen., vendor: { name: Kompas Velfærd A/S, cvr: "27364859" } }
`;

ruleTester(rule, {
  valid: [
    head + yaml`
      integrations:
        - { sf: SF1470, direction: provide, protocol: soap, security: oioidws }
        - { sf: SF1520, direction: consume, protocol: soap, security: certificate }
    `,
  ],
  invalid: [
    {
      doc: head + yaml`
        integrations:
          - { sf: SF1470, direction: provide, protocol: soap, security: certificate }
          - { sf: SF1500, direction: consume, protocol: soap }
      `,
      errors: [
        { messageId: 'sf1470Oioidws', pointer: '/integrations/0/security', line: 4, message: "SF1470 uses OIOIDWS (a token from KOMBIT’s STS) instead of WS-Policy from version 3.0; the integration gives 'certificate'." },
        { messageId: 'missing', pointer: '/integrations/1', line: 5, message: 'The integration SF1500 does not say how the system authenticates (security: oioidws, certificate or other).' },
      ],
    },
  ],
  notApplicable: [head],
});
