import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
`;

ruleTester(rule, {
  valid: [head + yaml`
    architecture:
      documents: [kontekstdiagram, integrationsoversigt, datamodel]
  `],
  invalid: [
    { doc: head, errors: [{ messageId: 'missing', pointer: '', line: 1 }] },
    {
      doc: head + yaml`
        architecture:
          configurability: Regler opsættes i administrationsmodulet.
      `,
      errors: [{ messageId: 'missing', pointer: '/architecture', line: 3, message: 'No architecture documentation is referred to.' }],
    },
  ],
});
