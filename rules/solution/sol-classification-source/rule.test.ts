import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
  tasks: { kle: ["27.24"] }
`;

ruleTester(rule, {
  valid: [
    head + yaml`
      integrations:
        - { sf: SF1510, name: Klassifikation, direction: consume, protocol: soap }
    `,
  ],
  invalid: [
    { doc: head, errors: [{ messageId: 'missing', pointer: '/tasks/kle', line: 3 }] },
  ],
  notApplicable: [
    yaml`
      schemaVersion: 1
      solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
      tasks: { form: ["Ældreområdet"] }
    `,
  ],
});
