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
              "200": { description: OK, content: { application/json: { schema: { type: array } } } }
              "404":
                description: Findes ikke
                content: { application/problem+json: { schema: { type: object } } }
              "500": { description: Fejl }
    `,
  ],
  invalid: [
    {
      doc: yaml`
        openapi: 3.0.3
        info: { title: Besøg, version: 1.0.0 }
        paths:
          /besoeg:
            get:
              responses:
                "400":
                  description: Fejl
                  content: { application/json: { schema: { type: object } } }
      `,
      errors: [{ messageId: 'other', pointer: '/paths/~1besoeg/get/responses/400', line: 7, message: 'GET /besoeg answers 400 with application/json, not application/problem+json.' }],
    },
  ],
});
