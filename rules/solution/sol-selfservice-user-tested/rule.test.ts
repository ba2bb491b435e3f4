import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Byggesagsportal, description: Ansøgning om byggetilladelse., vendor: { name: Digitale Løsninger A/S, cvr: "12345678" } }
  profile: { kinds: [self-service], users: [citizens] }
`;

ruleTester(rule, {
  valid: [head + yaml`
    selfService: { userTesting: brugertest-2026 }
  `],
  invalid: [
    {
      doc: head + yaml`
        selfService:
          fullyDigital: true
      `,
      errors: [{ messageId: 'missing', pointer: '/selfService', line: 4, message: 'There is no evidence of user tests of the self-service.' }],
    },
  ],
  notApplicable: [yaml`
    schemaVersion: 1
    solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
    profile: { kinds: [case-system], users: [employees] }
  `],
});
