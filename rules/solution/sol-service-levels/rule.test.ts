import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
`;

ruleTester(rule, {
  valid: [
    head + yaml`
      serviceLevels:
        availability: 99.7
        measurementPeriod: month
        responseTimeMs: 800
        supportHours: Hverdage 7-17, kritiske fejl døgnet rundt
        maintenanceWindows: Tirsdag 22-02 efter varsel på 5 hverdage
        incidentPriorities: ["P1: reaktion 30 min", "P2: reaktion 4 timer", "P3: næste hverdag"]
    `,
  ],
  invalid: [
    { name: 'no service levels', doc: head, errors: [{ messageId: 'missing', pointer: '', line: 1 }] },
    {
      name: 'only availability',
      doc: head + yaml`
        serviceLevels:
          availability: 99.5
          incidentPriorities: []
      `,
      errors: [{ messageId: 'incomplete', pointer: '/serviceLevels', line: 3, message: 'The service levels lack measurement period, response time, support hours, maintenance windows, incident priorities.' }],
    },
  ],
});
