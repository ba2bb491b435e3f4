import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
`;

ruleTester(rule, {
  valid: [
    {
      asOf: '2026-11-01',
      doc: head + yaml`
        assurance:
          - { type: isae3402, issued: "2026-03-31", scope: Drift af Hjemmeplejen }
      `,
    },
  ],
  invalid: [
    {
      name: 'only an unrecognised kind',
      doc: head + yaml`
        assurance:
          - { type: other, issued: "2026-01-10", scope: Egen tjekliste }
      `,
      errors: [{ messageId: 'missing', pointer: '/assurance', line: 3 }],
    },
    {
      name: 'too old',
      asOf: '2026-11-01',
      doc: head + yaml`
        assurance:
          - type: iso27001
            issued: "2025-06-15"
      `,
      errors: [{ messageId: 'outdated', pointer: '/assurance/0/issued', line: 5, message: 'The report (iso27001) is from 2025-06-15, 16 months old; it may be at most 12 months old.' }],
    },
  ],
});
