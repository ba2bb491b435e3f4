import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [
    yaml`
      openapi: 3.1.0
      info: { title: Besøg, version: 1.0.0 }
      security: [{ oauth: [besoeg.laes] }]
      paths:
        /besoeg:
          get: { responses: { "200": { description: OK } } }
        /status:
          get:
            x-public: true
            security: []
            responses: { "200": { description: OK } }
      components:
        securitySchemes:
          oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: "https://login.example.dk/token", scopes: { besoeg.laes: Læse } } } }
    `,
    {
      name: 'open data, public on purpose with OpenAPI’s own empty security (AR 2.5)',
      doc: yaml`
        openapi: 3.1.0
        info: { title: Åbne data om affaldsindsamling, version: 1.0.0 }
        paths:
          /toemmedage:
            get:
              security: []
              responses: { "200": { description: OK } }
      `,
    },
  ],
  invalid: [
    {
      name: 'OpenAPI 3.1: no security anywhere, and an operation that switches it off',
      doc: yaml`
        openapi: 3.1.0
        info: { title: Besøg, version: 1.0.0 }
        paths:
          /besoeg:
            get: { responses: { "200": { description: OK } } }
            post:
              security: [{}, { oauth: [] }]
              responses: { "201": { description: Oprettet } }
      `,
      errors: [
        { messageId: 'unsecured', pointer: '/paths/~1besoeg/get', line: 5, message: 'GET /besoeg requires no authentication, and it does not say that it is public on purpose.' },
        { messageId: 'optional', pointer: '/paths/~1besoeg/post/security', line: 7 },
      ],
    },
    {
      name: 'Swagger 2.0 without security',
      doc: yaml`
        swagger: "2.0"
        info: { title: Besøg, version: 1.0.0 }
        paths:
          /besoeg:
            get:
              responses: { "200": { description: OK } }
      `,
      errors: [{ messageId: 'unsecured', pointer: '/paths/~1besoeg/get', line: 5 }],
    },
  ],
});
