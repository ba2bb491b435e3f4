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
        testing:
          penetrationTest: { date: "2026-05-20", evidence: pentest-2026 }
          loadTest: { date: "2026-06-02", evidence: loadtest-2026 }
      `,
    },
  ],
  invalid: [
    { name: 'no tests', doc: head, errors: [{ messageId: 'noLoadTest', pointer: '', line: 1 }, { messageId: 'noPentest', pointer: '', line: 1 }] },
    {
      name: 'old penetration test',
      asOf: '2026-11-01',
      doc: head + yaml`
        testing:
          penetrationTest: { date: "2024-09-01", evidence: pentest-2024 }
          loadTest: { date: "2026-06-02", evidence: loadtest-2026 }
      `,
      errors: [{ messageId: 'oldPentest', pointer: '/testing/penetrationTest/date', line: 4, message: 'The penetration test is from 2024-09-01, 26 months old; it may be at most 12 months old.' }],
    },
  ],
});
