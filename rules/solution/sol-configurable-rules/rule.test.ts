import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Ydelsessystem, description: Bevilling af tilskud., vendor: { name: Omsorg A/S, cvr: "87654321" } }
`;

ruleTester(rule, {
  valid: [head + yaml`
    architecture:
      configurability: Satser og frister vedligeholdes af kommunen i administrationsmodulet; KLE hentes fra Klassifikation.
  `],
  invalid: [
    {
      doc: head + yaml`
        architecture:
          documents: [kontekstdiagram]
      `,
      errors: [{ messageId: 'missing', pointer: '/architecture', line: 3, message: 'The description does not say how changes to rules and classifications are made.' }],
    },
  ],
});
