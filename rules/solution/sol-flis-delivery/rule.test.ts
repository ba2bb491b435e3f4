import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
  profile: { kinds: [case-system], users: [employees] }
`;

ruleTester(rule, {
  valid: [
    head + yaml`
      flis: { delivers: true }
    `,
    head + yaml`
      flis: { delivers: false, reason: Området er ikke omfattet af FLIS. }
    `,
  ],
  invalid: [
    { name: 'not said', doc: head, errors: [{ messageId: 'undeclared', pointer: '', line: 1 }] },
    {
      name: 'no reason',
      doc: head + yaml`
        flis:
          delivers: false
      `,
      errors: [{ messageId: 'noReason', pointer: '/flis/delivers', line: 5, message: 'The case system does not deliver to FLIS, and there is no reason given.' }],
    },
  ],
  notApplicable: [yaml`
    schemaVersion: 1
    solution: { name: Byggesagsportal, description: Ansøgning om byggetilladelse., vendor: { name: Digitale Løsninger A/S, cvr: "12345678" } }
    profile: { kinds: [self-service], users: [citizens] }
  `],
});
