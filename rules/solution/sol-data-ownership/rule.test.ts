import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
`;

ruleTester(rule, {
  valid: [head + yaml`
    exit: { dataOwnership: customer, exportFee: none }
  `],
  invalid: [
    { name: 'nothing said', doc: head, errors: [{ messageId: 'noFee', pointer: '', line: 1 }, { messageId: 'noOwnership', pointer: '', line: 1 }] },
    {
      name: 'vendor owns the data',
      doc: head + yaml`
        exit:
          dataOwnership: vendor
          exportFee: hourly
      `,
      errors: [{ messageId: 'notCustomer', pointer: '/exit/dataOwnership', line: 4, message: "Data ownership is given as 'vendor'; the municipality must own its data." }],
    },
  ],
});
