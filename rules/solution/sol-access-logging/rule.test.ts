import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
  personalData: { categories: ["1", "2"] }
`;

ruleTester(rule, {
  valid: [
    head + yaml`
      logging:
        accessLog: { covers: [user, data-subject, action, time], retentionMonths: 60, exportToCustomer: true }
    `,
  ],
  invalid: [
    { name: 'no log', doc: head, errors: [{ messageId: 'missing', pointer: '', line: 1 }] },
    {
      name: 'partial log',
      doc: head + yaml`
        logging:
          accessLog:
            covers: [user, time]
      `,
      errors: [
        { messageId: 'noExport', pointer: '/logging/accessLog', line: 5 },
        { messageId: 'noRetention', pointer: '/logging/accessLog', line: 5 },
        { messageId: 'incomplete', pointer: '/logging/accessLog/covers', line: 6, message: 'The access log does not record data-subject, action.' },
      ],
    },
  ],
  notApplicable: [
    yaml`
      schemaVersion: 1
      solution: { name: Vejrdata, description: Viser vejrdata., vendor: { name: Omsorg A/S, cvr: "87654321" } }
      personalData: { categories: ["3"] }
    `,
  ],
});
