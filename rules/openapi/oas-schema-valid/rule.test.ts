import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [
    yaml`
      openapi: 3.1.0
      info: { title: Besøg, version: 1.0.0 }
      paths: {}
    `,
    yaml`
      swagger: "2.0"
      info: { title: Besøg, version: 1.0.0 }
      paths: {}
    `,
    {
      name: 'a 3.1 licence with only a name (the 2021-04-15 schema wrongly asks for more)',
      doc: yaml`
        openapi: 3.1.0
        info: { title: Besøg, version: 1.0.0, license: { name: MIT } }
        paths: {}
      `,
    },
    {
      name: 'valid across files',
      doc: yaml`
        openapi: 3.0.3
        info: { title: Besøg, version: 1.0.0 }
        paths:
          /besoeg:
            $ref: stier/besoeg.yaml
      `,
      documents: { 'stier/besoeg.yaml': 'get:\n  responses:\n    "200": { description: OK }\n' },
    },
  ],
  invalid: [
    {
      name: 'missing version, misspelt field (3.0)',
      doc: yaml`
        openapi: 3.0.3
        info:
          title: Besøg
        paths:
          /besoeg:
            get:
              sumary: Hent besøg
              responses:
                "200": { description: OK }
      `,
      errors: [
        { messageId: 'violation', pointer: '/info', line: 2, message: "The required field 'version' is missing." },
        { messageId: 'violation', pointer: '/paths/~1besoeg/get/sumary', line: 7, message: "The field 'sumary' is not allowed here in OpenAPI; fix its spelling, or write it as an extension (x-…)." },
      ],
    },
    {
      name: 'error inside a file reached by $ref',
      doc: yaml`
        openapi: 3.0.3
        info: { title: Besøg, version: 1.0.0 }
        paths:
          /besoeg:
            $ref: stier/besoeg.yaml
      `,
      documents: { 'stier/besoeg.yaml': 'get:\n  responses:\n    "200":\n      beskrivelse: OK\n' },
      errors: [
        { file: 'stier/besoeg.yaml', messageId: 'violation', pointer: '/get/responses/200', line: 3, message: "The required field 'description' is missing." },
        { file: 'stier/besoeg.yaml', messageId: 'violation', pointer: '/get/responses/200/beskrivelse', line: 4 },
      ],
    },
    {
      name: 'a 3.1 licence with both identifier and url',
      doc: yaml`
        openapi: 3.1.0
        info:
          title: Besøg
          version: 1.0.0
          license: { name: MIT, identifier: MIT, url: "https://opensource.org/license/mit" }
        paths: {}
      `,
      errors: [{ messageId: 'violation', pointer: '/info/license', line: 5 }],
    },
    {
      name: 'unsupported version',
      doc: yaml`
        openapi: 3.2
        info: { title: Besøg, version: 1.0.0 }
        paths: {}
      `,
      errors: [{ messageId: 'violation', pointer: '/openapi', line: 1, message: "OpenAPI version '3.2' is not supported; use 3.0.x or 3.1.x (written as a string)." }],
    },
    {
      name: 'Swagger 2.0 with a wrong parameter location',
      doc: yaml`
        swagger: "2.0"
        info: { title: Besøg, version: 1.0.0 }
        paths:
          /besoeg:
            get:
              parameters:
                - { name: side, in: body2, type: integer }
              responses:
                "200": { description: OK }
      `,
      errors: [{ messageId: 'violation', pointer: '/paths/~1besoeg/get/parameters/0/in', line: 7, message: "'in' must be one of: body, header, formData, query, path." }],
    },
  ],
});
