import { POLICIES, wsdlDoc } from '../../../test/certs.js';
import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
`;

ruleTester(rule, {
  valid: [
    {
      doc: head + yaml`
        integrations:
          - { sf: SF2900, direction: consume, protocol: soap, spec: wsdl/service.wsdl }
      `,
      documents: { 'wsdl/service.wsdl': wsdlDoc(), 'wsdl/policies.wsdl': POLICIES },
    },
  ],
  invalid: [
    {
      doc: head + yaml`
        integrations:
          - { sf: SF2900, direction: consume, protocol: soap, spec: wsdl/mangler.wsdl }
          - { sf: SF1601, direction: consume, protocol: rest, spec: wsdl/service.wsdl }
      `,
      documents: { 'wsdl/service.wsdl': wsdlDoc(), 'wsdl/policies.wsdl': POLICIES },
      errors: [
        { messageId: 'missing', pointer: '/integrations/0/spec', line: 4, message: "The contract 'wsdl/mangler.wsdl' of SF2900 is not in the bid." },
        { messageId: 'wrongKind', pointer: '/integrations/1/spec', line: 5, message: "The contract 'wsdl/service.wsdl' of SF1601 is not an OpenAPI file." },
      ],
    },
  ],
});
