import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [
    yaml`
      openapi: 3.1.0
      info: { title: Borgere, version: 1.0.0 }
      paths:
        /borgere/{borgerId}:
          get:
            parameters:
              - { name: borgerId, in: path, required: true, schema: { type: string, format: uuid } }
            responses: { "200": { description: OK } }
        /numre/{nummer}:
          get:
            parameters:
              - { name: nummer, in: path, required: true, example: "0412345678", schema: { type: string } }
            responses: { "200": { description: OK } }
        /borgere/opslag:
          post:
            requestBody:
              content:
                application/json:
                  schema: { type: object, properties: { cpr: { type: string } } }
            responses: { "200": { description: OK } }
    `,
  ],
  invalid: [
    {
      name: 'by name, by pattern and by example (3.0)',
      doc: yaml`
        openapi: 3.0.3
        info: { title: Borgere, version: 1.0.0 }
        paths:
          /borgere/{cpr}:
            get:
              parameters:
                - { name: cpr, in: path, required: true, schema: { type: string } }
              responses: { "200": { description: OK } }
          /borgere:
            get:
              parameters:
                - { name: id, in: query, schema: { type: string, pattern: '^\d{6}-?\d{4}$' } }
                - { name: person, in: query, example: "010190-1234", schema: { type: string } }
              responses: { "200": { description: OK } }
      `,
      errors: [
        { messageId: 'cprParameter', pointer: '/paths/~1borgere~1{cpr}/get/parameters/0', line: 7, message: "GET /borgere/{cpr} takes the CPR number in the path (parameter 'cpr')." },
        { messageId: 'cprParameter', pointer: '/paths/~1borgere/get/parameters/0', line: 12 },
        { messageId: 'cprParameter', pointer: '/paths/~1borgere/get/parameters/1', line: 13 },
      ],
    },
    {
      name: 'Swagger 2.0',
      doc: yaml`
        swagger: "2.0"
        info: { title: Borgere, version: 1.0.0 }
        paths:
          /borger:
            get:
              parameters:
                - { name: personnummer, in: query, type: string }
              responses: { "200": { description: OK } }
      `,
      errors: [{ messageId: 'cprParameter', pointer: '/paths/~1borger/get/parameters/0', line: 7 }],
    },
  ],
});
