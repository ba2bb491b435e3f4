import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
`;

ruleTester(rule, {
  valid: [
    head + yaml`
      tasks:
        kle: ["27.24", "27.24.06"]
    `,
    head + yaml`
      tasks:
        form: ["Ældreområdet"]
    `,
  ],
  invalid: [
    { name: 'no tasks', doc: head, errors: [{ messageId: 'missing', pointer: '', line: 1 }] },
    {
      name: 'KLE number in the wrong form',
      doc: head + yaml`
        tasks:
          kle: ["27.24", "2724", "27.24.6"]
      `,
      errors: [
        { messageId: 'badKle', pointer: '/tasks/kle/1', line: 4, message: "'2724' is not a KLE number; it is written as 00, 00.00 or 00.00.00." },
        { messageId: 'badKle', pointer: '/tasks/kle/2', line: 4 },
      ],
    },
  ],
});
