import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [
    {
      doc: yaml`
        openapi: 3.1.0
        info: { title: Besøg, version: 1.0.0 }
        paths: {}
        components:
          schemas:
            Besoeg: { $ref: "skemaer/besoeg.yaml#/Besoeg" }
            Borger: { $ref: "https://schemas.example.com/borger.json" }
      `,
      documents: { 'skemaer/besoeg.yaml': 'Besoeg:\n  type: object\n' },
    },
  ],
  invalid: [
    {
      doc: yaml`
        openapi: 3.1.0
        info: { title: Besøg, version: 1.0.0 }
        components:
          schemas:
            C: { $ref: "skemaer/mangler.yaml" }
            D: { $ref: "#/components/schemas/Findes" }
            E: { $ref: "skemaer/besoeg.yaml#/Findesikke" }
      `,
      documents: { 'skemaer/besoeg.yaml': 'Besoeg:\n  type: object\n' },
      errors: [
        { messageId: 'not-found', pointer: '/components/schemas/C/$ref', line: 5, message: "The reference 'skemaer/mangler.yaml' points to a file that is not in the bid." },
        { messageId: 'bad-pointer', pointer: '/components/schemas/D/$ref', line: 6 },
        { messageId: 'bad-pointer', pointer: '/components/schemas/E/$ref', line: 7 },
      ],
    },
  ],
});
