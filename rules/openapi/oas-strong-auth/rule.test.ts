import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [
    yaml`
      openapi: 3.1.0
      info: { title: Besøg, version: 1.0.0 }
      paths: {}
      components:
        securitySchemes:
          oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: "https://login.example.dk/token", scopes: {} } } }
          mtls: { type: mutualTLS }
          jwt: { type: http, scheme: bearer, bearerFormat: JWT }
    `,
    {
      name: 'an API key in a header, as oas-no-credentials-in-url advises',
      doc: yaml`
        openapi: 3.1.0
        info: { title: Åbne data, version: 1.0.0 }
        paths: {}
        components:
          securitySchemes:
            noegle: { type: apiKey, in: header, name: X-Api-Key }
      `,
    },
  ],
  invalid: [
    {
      name: 'OpenAPI 3.0',
      doc: yaml`
        openapi: 3.0.3
        info: { title: Besøg, version: 1.0.0 }
        paths: {}
        components:
          securitySchemes:
            basis: { type: http, scheme: Basic }
            noegle: { type: apiKey, in: cookie, name: api_key }
      `,
      errors: [
        { messageId: 'basic', pointer: '/components/securitySchemes/basis', line: 6, message: "The security scheme 'basis' uses HTTP basic, which sends the user name and password with every call." },
        { messageId: 'apiKeyCookie', pointer: '/components/securitySchemes/noegle', line: 7 },
      ],
    },
    {
      name: 'Swagger 2.0',
      doc: yaml`
        swagger: "2.0"
        info: { title: Besøg, version: 1.0.0 }
        paths: {}
        securityDefinitions:
          basis: { type: basic }
      `,
      errors: [{ messageId: 'basic', pointer: '/securityDefinitions/basis', line: 5 }],
    },
  ],
});
