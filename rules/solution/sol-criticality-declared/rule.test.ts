import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
`;

ruleTester(rule, {
  valid: [
    head + yaml`
      profile:
        kinds: [case-system]
        users: [employees]
        criticality: forretningskritisk
    `,
  ],
  invalid: [
    {
      doc: head + yaml`
        profile:
          kinds: [case-system]
          users: [employees]
      `,
      errors: [{ messageId: 'missing', pointer: '/profile', line: 3, message: 'The solution’s criticality is not given.' }],
    },
  ],
});
