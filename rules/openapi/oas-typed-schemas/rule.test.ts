import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [
    yaml`
      openapi: 3.1.0
      info: { title: Besøg, version: 1.0.0 }
      paths:
        /besoeg:
          get:
            responses:
              "200": { description: OK, content: { application/json: { schema: { $ref: "#/components/schemas/Besoeg" } } } }
              "204": { description: Intet indhold }
      components:
        schemas:
          Besoeg: { type: object, properties: { id: { type: string, format: uuid } } }
          Koder: { type: object, additionalProperties: { type: string } }
    `,
  ],
  invalid: [
    {
      name: 'OpenAPI 3.0',
      doc: yaml`
        openapi: 3.0.3
        info: { title: Besøg, version: 1.0.0 }
        paths:
          /besoeg:
            get:
              responses:
                "200":
                  description: OK
                  content:
                    application/json: {}
        components:
          schemas:
            Besoeg: { type: object, description: Et besøg. }
            Noget: { description: Hvad som helst. }
      `,
      errors: [
        { messageId: 'noSchema', pointer: '/paths/~1besoeg/get/responses/200/content/application~1json', line: 10, message: 'GET /besoeg answers 200 with application/json without a schema.' },
        { messageId: 'bareObject', pointer: '/components/schemas/Besoeg', line: 13 },
        { messageId: 'untyped', pointer: '/components/schemas/Noget', line: 14 },
      ],
    },
    {
      name: 'Swagger 2.0',
      doc: yaml`
        swagger: "2.0"
        info: { title: Besøg, version: 1.0.0 }
        paths: {}
        definitions:
          Besoeg:
            type: object
      `,
      errors: [{ messageId: 'bareObject', pointer: '/definitions/Besoeg', line: 5 }],
    },
  ],
});
