import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Byggesagsportal, description: Ansøgning om byggetilladelse., vendor: { name: Digitale Løsninger A/S, cvr: "12345678" } }
  profile: { kinds: [self-service], users: [citizens] }
`;

ruleTester(rule, {
  valid: [head + yaml`
    selfService: { receipt: digital-post }
  `],
  invalid: [
    { name: 'no receipt', doc: head, errors: [{ messageId: 'noReceipt', pointer: '', line: 1 }] },
    {
      name: 'receipt on screen only',
      doc: head + yaml`
        selfService:
          receipt: screen
      `,
      errors: [{ messageId: 'notDigitalPost', pointer: '/selfService/receipt', line: 5, message: "The receipt is given as 'screen', not in Digital Post, where the user can find it again." }],
    },
  ],
  notApplicable: [yaml`
    schemaVersion: 1
    solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
    profile: { kinds: [case-system], users: [employees] }
  `],
});
