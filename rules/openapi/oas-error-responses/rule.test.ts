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
              "200": { description: OK }
              "401": { description: Ikke logget ind }
              default: { description: Fejl }
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
                "200": { description: OK }
            post:
              responses:
                "201": { description: Oprettet }
                "500": { description: Fejl }
      `,
      errors: [
        { messageId: 'missing', pointer: '/paths/~1besoeg/get', line: 5, message: 'GET /besoeg documents no client error (4xx) and server error (5xx or default).' },
        { messageId: 'missing', pointer: '/paths/~1besoeg/post', line: 8, message: 'POST /besoeg documents no client error (4xx).' },
      ],
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
                "200": { description: OK }
                "404": { description: Findes ikke }
      `,
      errors: [{ messageId: 'missing', pointer: '/paths/~1besoeg/get', line: 5 }],
    },
  ],
});
