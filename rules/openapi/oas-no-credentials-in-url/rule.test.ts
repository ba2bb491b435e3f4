import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [
    yaml`
      openapi: 3.0.3
      info: { title: Adresser, version: 1.0.0 }
      paths:
        /adresser:
          get:
            parameters:
              - { name: token, in: header, schema: { type: string } }
              - { name: postnr, in: query, schema: { type: string } }
            responses: { "200": { description: OK } }
      components:
        securitySchemes:
          noegle: { type: apiKey, in: header, name: token }
    `,
  ],
  invalid: [
    {
      name: 'OpenAPI 3.0',
      doc: yaml`
        openapi: 3.0.3
        info: { title: Adresser, version: 1.0.0 }
        paths:
          /adresser:
            get:
              parameters:
                - { name: api_key, in: query, schema: { type: string } }
              responses: { "200": { description: OK } }
        components:
          securitySchemes:
            noegle: { type: apiKey, in: query, name: token }
      `,
      errors: [
        { messageId: 'secretParameter', pointer: '/paths/~1adresser/get/parameters/0', line: 7, message: "GET /adresser has the parameter 'api_key' in the query; it looks like a secret." },
        { messageId: 'apiKeyInQuery', pointer: '/components/securitySchemes/noegle', line: 11 },
      ],
    },
    {
      name: 'Swagger 2.0',
      doc: yaml`
        swagger: "2.0"
        info: { title: Adresser, version: 1.0.0 }
        paths: {}
        securityDefinitions:
          noegle: { type: apiKey, in: query, name: token }
      `,
      errors: [{ messageId: 'apiKeyInQuery', pointer: '/securityDefinitions/noegle', line: 5 }],
    },
  ],
});
