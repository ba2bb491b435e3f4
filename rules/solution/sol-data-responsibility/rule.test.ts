import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
`;

ruleTester(rule, {
  valid: [
    head + yaml`
      personalData:
        categories: ["1", "2"]
        controller: { name: Vejle Kommune, cvr: "29189838" }
        processors:
          - { name: Omsorg A/S, cvr: "87654321", country: DK, role: drift og support }
        dpa: dba-2026
    `,
  ],
  invalid: [
    {
      doc: head + yaml`
        personalData:
          categories: ["1", "2"]
          processors: []
      `,
      errors: [
        { messageId: 'noDpa', pointer: '/personalData', line: 3, message: 'No data processing agreement is referred to.' },
        { messageId: 'noController', pointer: '/personalData', line: 3 },
        { messageId: 'noProcessors', pointer: '/personalData', line: 3 },
      ],
    },
  ],
  notApplicable: [
    head + yaml`
      personalData:
        categories: ["3"]
    `,
  ],
});
