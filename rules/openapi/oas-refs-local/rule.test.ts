import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [
    {
      doc: yaml`
        openapi: 3.1.0
        info: { title: Besøg, version: 1.0.0 }
        paths:
          /besoeg:
            get:
              responses:
                "200":
                  description: OK
                  content:
                    application/json:
                      schema: { $ref: "skemaer/besoeg.yaml#/Besoeg" }
      `,
      documents: { 'skemaer/besoeg.yaml': 'Besoeg:\n  type: object\n  properties:\n    naeste: { $ref: "#/Besoeg" }\n' },
    },
  ],
  invalid: [
    {
      doc: yaml`
        openapi: 3.1.0
        info: { title: Besøg, version: 1.0.0 }
        components:
          schemas:
            A: { $ref: "../../etc/passwd" }
            B: { $ref: "https://schemas.example.com/borger.json" }
            C: { $ref: "skemaer/mangler.yaml" }
            D: { $ref: "#/components/schemas/Findes" }
            E: { $ref: "file:///etc/passwd" }
      `,
      errors: [
        { messageId: 'outside', pointer: '/components/schemas/A/$ref', line: 5, message: "The reference '../../etc/passwd' points outside the bid folder and is not followed." },
        { messageId: 'remote', pointer: '/components/schemas/B/$ref', line: 6, message: "The reference 'https://schemas.example.com/borger.json' points to a remote document, which is not fetched; what it leads to was not checked." },
        { messageId: 'remote', pointer: '/components/schemas/E/$ref', line: 9 },
      ],
    },
  ],
});
