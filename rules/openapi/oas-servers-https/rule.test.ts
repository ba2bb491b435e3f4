import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [
    yaml`
      openapi: 3.1.0
      info: { title: Besøg, version: 1.0.0 }
      servers:
        - url: https://api.omsorg.example.dk/v1
        - url: http://localhost:8080/v1
        - url: /v1
      paths: {}
    `,
  ],
  invalid: [
    {
      name: 'OpenAPI 3.0',
      doc: yaml`
        openapi: 3.0.3
        info: { title: Besøg, version: 1.0.0 }
        servers:
          - url: https://api.omsorg.example.dk/v1
          - url: http://api.omsorg.example.dk/v1
        paths: {}
      `,
      errors: [{ messageId: 'notHttps', pointer: '/servers/1', line: 5, message: "The server 'http://api.omsorg.example.dk/v1' does not use HTTPS." }],
    },
    {
      name: 'Swagger 2.0',
      doc: yaml`
        swagger: "2.0"
        info: { title: Besøg, version: 1.0.0 }
        host: api.omsorg.example.dk
        basePath: /v1
        schemes: [https, http]
        paths: {}
      `,
      errors: [{ messageId: 'notHttps', pointer: '/schemes/1', line: 5, message: "The server 'http://api.omsorg.example.dk/v1' does not use HTTPS." }],
    },
  ],
});
