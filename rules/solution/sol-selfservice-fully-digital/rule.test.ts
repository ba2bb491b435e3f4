import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Byggesagsportal, description: Ansøgning om byggetilladelse., vendor: { name: Digitale Løsninger A/S, cvr: "12345678" } }
  profile: { kinds: [self-service], users: [citizens] }
`;

ruleTester(rule, {
  valid: [head + yaml`
    selfService: { fullyDigital: true }
  `],
  invalid: [
    { name: 'not said', doc: head, errors: [{ messageId: 'notDigital', pointer: '', line: 1 }] },
    {
      name: 'print and sign',
      doc: head + yaml`
        selfService:
          fullyDigital: false
      `,
      errors: [{ messageId: 'notDigital', pointer: '/selfService/fullyDigital', line: 5, message: 'It is not confirmed that the whole flow can be completed digitally.' }],
    },
  ],
  notApplicable: [yaml`
    schemaVersion: 1
    solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
    profile: { kinds: [case-system], users: [employees] }
  `],
});
