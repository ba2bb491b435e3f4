import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Byggesagsportal, description: Ansøgning om byggetilladelse., vendor: { name: Digitale Løsninger A/S, cvr: "12345678" } }
  profile: { kinds: [self-service], users: [citizens] }
`;

ruleTester(rule, {
  valid: [head + yaml`
    selfService:
      prefill: [navn og adresse fra CPR, ejendomsoplysninger fra BBR]
      borgerDk: { handlingsside: true, designSystem: dkfds }
  `],
  invalid: [
    {
      doc: head + yaml`
        selfService:
          prefill: []
          borgerDk:
            handlingsside: false
      `,
      errors: [
        { messageId: 'noPrefill', pointer: '/selfService', line: 4, message: 'The self-service prefills nothing from the login or registers.' },
        { messageId: 'noDesignSystem', pointer: '/selfService/borgerDk', line: 6 },
        { messageId: 'noHandlingsside', pointer: '/selfService/borgerDk', line: 6 },
      ],
    },
  ],
  notApplicable: [yaml`
    schemaVersion: 1
    solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
    profile: { kinds: [case-system], users: [employees] }
  `],
});
