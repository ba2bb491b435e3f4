import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
`;

ruleTester(rule, {
  valid: [
    head,
    head + yaml`
      deviations:
        - rule: SD-026
          justification: Eksempel på en afvigelse, der henviser til et katalog-id.
          mitigation: Ingen.
        - rule: AR 4.2
          justification: Kommunens egen IdP bruges, indtil Context Handler 2 er sat op.
          mitigation: Overgang til Adgangsstyring senest 1. maj 2027 uden merpris.
    `,
  ],
  invalid: [
    {
      doc: head + yaml`
        deviations:
          - rule: AR 9.9
            justification: ""
          - rule: sol-exit-export
            justification: Udtræk leveres som databasekopi.
          - rule: SD-010
            justification: Kommunen har ikke taget Context Handler i brug endnu.
      `,
      errors: [
        { messageId: 'noJustification', pointer: '/deviations/0', line: 4, message: 'The deviation from AR 9.9 is not justified.' },
        { messageId: 'unknownRule', pointer: '/deviations/0/rule', line: 4, message: "The deviation refers to 'AR 9.9', which is neither a rule, a catalogue id nor an architecture rule." },
      ],
    },
  ],
});
