import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [
    yaml`
      openapi: 3.1.0
      info: { title: Ejendomme, version: 1.0.0 }
      paths: {}
      components:
        schemas:
          Ejendom:
            type: object
            properties:
              adresseId: { type: string, format: uuid }
              cvr: { type: string, pattern: '^\d{8}$' }
              kle: { type: string, pattern: '^\d{2}(\.\d{2}){0,2}$' }
    `,
  ],
  invalid: [
    {
      doc: yaml`
        openapi: 3.0.3
        info: { title: Ejendomme, version: 1.0.0 }
        paths: {}
        components:
          schemas:
            Ejendom:
              type: object
              properties:
                adresseId: { type: string }
                cvrNummer: { type: string }
                kle: { type: string }
      `,
      errors: [
        { messageId: 'untyped', pointer: '/components/schemas/Ejendom/properties/adresseId', line: 9, message: "The property 'adresseId' should be described as a DAR id (format: uuid)." },
        { messageId: 'untyped', pointer: '/components/schemas/Ejendom/properties/cvrNummer', line: 10 },
        { messageId: 'untyped', pointer: '/components/schemas/Ejendom/properties/kle', line: 11 },
      ],
    },
  ],
});
