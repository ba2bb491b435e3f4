import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Byggesagsportal, description: Ansøgning om byggetilladelse., vendor: { name: Digitale Løsninger A/S, cvr: "12345678" } }
  profile: { kinds: [self-service], users: [citizens] }
`;

ruleTester(rule, {
  valid: [head + yaml`
    selfService:
      usageStatistics: { method: tællerscriptet fra borger.dk, reportedTo: borger.dk og kommunens digitaliseringsenhed }
  `],
  invalid: [
    { name: 'nothing', doc: head, errors: [{ messageId: 'missing', pointer: '', line: 1 }] },
    {
      name: 'measured but not reported',
      doc: head + yaml`
        selfService:
          usageStatistics:
            method: Egen webanalyse
      `,
      errors: [{ messageId: 'notReported', pointer: '/selfService/usageStatistics', line: 5, message: 'The description does not say who the usage statistics are reported to.' }],
    },
  ],
  notApplicable: [yaml`
    schemaVersion: 1
    solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
    profile: { kinds: [case-system], users: [employees] }
  `],
});
