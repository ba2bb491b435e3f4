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
            parameters: [{ name: cursor, in: query, schema: { type: string } }]
            responses: { "200": { description: OK, content: { application/json: { schema: { type: array, items: { type: object } } } } } }
        /besoeg/{id}/deltagere:
          get:
            parameters: [{ name: id, in: path, required: true, schema: { type: string } }, { name: limit, in: query, schema: { type: integer } }]
            responses: { "200": { description: OK, content: { application/json: { schema: { type: array } } } } }
    `,
  ],
  invalid: [
    {
      name: 'OpenAPI 3.0 with a referenced list schema',
      doc: yaml`
        openapi: 3.0.3
        info: { title: Besøg, version: 1.0.0 }
        paths:
          /besoeg:
            get:
              responses:
                "200":
                  description: OK
                  content: { application/json: { schema: { $ref: "#/components/schemas/Liste" } } }
        components:
          schemas:
            Liste: { type: array, items: { type: object } }
      `,
      errors: [{ messageId: 'noPaging', pointer: '/paths/~1besoeg/get', line: 5, message: 'GET /besoeg returns a list but has no paging parameter.' }],
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
                "200": { description: OK, schema: { type: array, items: { type: string } } }
      `,
      errors: [{ messageId: 'noPaging', pointer: '/paths/~1besoeg/get', line: 5 }],
    },
  ],
});
