import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
`;

ruleTester(rule, {
  valid: [
    head + yaml`
      deviations:
        - rule: AR 4.2
          justification: Kommunens egen IdP bruges, indtil Context Handler er sat op.
          mitigation: Overgang til Adgangsstyring senest 1. maj 2027 uden merpris.
    `,
  ],
  invalid: [
    {
      doc: head + yaml`
        deviations:
          - rule: SD-010
            justification: Kommunen har ikke taget Context Handler i brug endnu.
      `,
      errors: [{ messageId: 'noMitigation', pointer: '/deviations/0', line: 4, message: 'The deviation from SD-010 does not say how its consequences are limited, or whether it will end.' }],
    },
  ],
  notApplicable: [head],
});
