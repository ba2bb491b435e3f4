import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [
    yaml`
      openapi: 3.0.3
      info: { title: Besøg, version: 1.0.0 }
      paths:
        /besoeg/{id}:
          get:
            parameters:
              - { name: id, in: path, required: true, schema: { type: string, format: uuid }, example: 6b1c9d7e-2a4f-4c1e-9a55-0d8f3b2e7c11 }
            responses:
              "200":
                description: OK
                content:
                  application/json:
                    schema: { $ref: "#/components/schemas/Besoeg" }
                    examples:
                      morgen: { $ref: "#/components/examples/Morgen" }
      components:
        examples:
          Morgen: { value: { id: 6b1c9d7e-2a4f-4c1e-9a55-0d8f3b2e7c11, start: "2026-11-02T07:30:00+01:00", note: null } }
        schemas:
          Besoeg:
            type: object
            required: [id]
            properties:
              id: { type: string, format: uuid }
              start: { type: string, format: date-time }
              note: { type: string, nullable: true }
    `,
  ],
  invalid: [
    {
      name: 'a pattern that would backtrack for minutes in JavaScript is decided in linear time (RE2)',
      doc: yaml`
        openapi: 3.1.0
        info: { title: Besøg, version: 1.0.0 }
        paths: {}
        components:
          schemas:
            Link:
              type: object
              properties:
                url: { type: string, pattern: '^(https?:\/\/)?([\da-z\.-]+)\.([a-z\.]{2,6})([\/\w \.-]*)*\/?$' }
                titel: { type: string }
              examples: [{ url: "https://www.example.dk/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x/y/z/!", titel: 7 }]
      `,
      errors: [{ messageId: 'mismatch', pointer: '/components/schemas/Link/examples/0', line: 11, message: String.raw`The example does not match its schema: /url does not match the pattern ^(https?:\/\/)?([\da-z\.-]+)\.([a-z\.]{2,6})([\/\w \.-]*)*\/?$.` }],
    },
    {
      name: 'OpenAPI 3.0',
      doc: yaml`
        openapi: 3.0.3
        info: { title: Besøg, version: 1.0.0 }
        paths:
          /besoeg:
            get:
              parameters:
                - { name: antal, in: query, schema: { type: integer, maximum: 500 }, example: 1000 }
              responses:
                "200":
                  description: OK
                  content:
                    application/json:
                      schema: { $ref: "#/components/schemas/Besoeg" }
                      example: { start: "i morgen" }
        components:
          schemas:
            Besoeg:
              type: object
              required: [id]
              properties:
                id: { type: string }
                start: { type: string, format: date-time }
              example: { id: 17 }
      `,
      errors: [
        { messageId: 'mismatch', pointer: '/paths/~1besoeg/get/parameters/0/example', line: 7, message: 'The example does not match its schema: / must be <= 500.' },
        { messageId: 'mismatch', pointer: '/paths/~1besoeg/get/responses/200/content/application~1json/example', line: 14, message: "The example does not match its schema: / must have required property 'id'." },
        { messageId: 'mismatch', pointer: '/components/schemas/Besoeg/example', line: 23, message: 'The example does not match its schema: /id must be string.' },
      ],
    },
    {
      name: 'OpenAPI 3.1 with examples on a schema',
      doc: yaml`
        openapi: 3.1.0
        info: { title: Besøg, version: 1.0.0 }
        paths: {}
        components:
          schemas:
            Status: { type: string, enum: [planlagt, udfoert], examples: [planlagt, aflyst] }
      `,
      errors: [{ messageId: 'mismatch', pointer: '/components/schemas/Status/examples/1', line: 6 }],
    },
    {
      name: 'Swagger 2.0',
      doc: yaml`
        swagger: "2.0"
        info: { title: Besøg, version: 1.0.0 }
        paths:
          /besoeg:
            get:
              responses:
                "200":
                  description: OK
                  schema: { type: array, items: { type: integer } }
                  examples:
                    application/json: [1, "to"]
      `,
      errors: [{ messageId: 'mismatch', pointer: '/paths/~1besoeg/get/responses/200/examples/application~1json', line: 11, message: 'The example does not match its schema: /1 must be integer.' }],
    },
  ],
});
