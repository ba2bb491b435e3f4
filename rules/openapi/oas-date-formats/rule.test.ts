import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [
    yaml`
      openapi: 3.1.0
      info: { title: Besøg, version: 1.0.0 }
      paths: {}
      components:
        schemas:
          Besoeg:
            type: object
            properties:
              dato: { type: string, format: date }
              oprettet: { type: string, format: date-time }
              updatedAt: { type: [string, "null"], format: date-time }
              mandat: { type: string }
              tidszone: { type: string }
    `,
  ],
  invalid: [
    {
      doc: yaml`
        openapi: 3.0.3
        info: { title: Besøg, version: 1.0.0 }
        paths: {}
        components:
          schemas:
            Besoeg:
              type: object
              properties:
                besoegsdato: { type: string }
                startTime: { type: string, pattern: '^\d{2}:\d{2}$' }
                createdAt: { type: string, nullable: true }
      `,
      errors: [
        { messageId: 'noFormat', pointer: '/components/schemas/Besoeg/properties/besoegsdato', line: 9, message: "The property 'besoegsdato' looks like a date or time but has no format: date or date-time." },
        { messageId: 'noFormat', pointer: '/components/schemas/Besoeg/properties/startTime', line: 10 },
        { messageId: 'noFormat', pointer: '/components/schemas/Besoeg/properties/createdAt', line: 11 },
      ],
    },
  ],
});
