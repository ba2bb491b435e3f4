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
        categories: ["1", "1.1", "2"]
    `,
    head + yaml`
      personalData:
        categories: ["3"]
    `,
  ],
  invalid: [
    { name: 'not declared', doc: head, errors: [{ messageId: 'missing', pointer: '', line: 1 }] },
    {
      name: 'none together with others',
      doc: head + yaml`
        personalData:
          categories: ["3", "1"]
      `,
      errors: [{ messageId: 'noneWithOthers', pointer: '/personalData/categories', line: 4, message: 'Category 3 (no personal data) is listed together with 1; it cannot be both.' }],
    },
  ],
});
