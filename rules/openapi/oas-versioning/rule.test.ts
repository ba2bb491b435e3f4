import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [
    yaml`
      openapi: 3.1.0
      info: { title: Besøg, version: 2.3.1 }
      servers: [{ url: "https://api.omsorg.example.dk/v2" }]
      paths: { /besoeg: {} }
    `,
    yaml`
      swagger: "2.0"
      info: { title: Besøg, version: 1.0.0 }
      host: api.omsorg.example.dk
      basePath: /v1
      paths: { /besoeg: {} }
    `,
    yaml`
      openapi: 3.0.3
      info: { title: Besøg, version: 1.2.0 }
      paths: { /v1/besoeg: {}, /v1/borgere: {} }
    `,
  ],
  invalid: [
    {
      name: 'no version in the path, no SemVer',
      doc: yaml`
        openapi: 3.0.3
        info: { title: Besøg, version: "2024-05" }
        servers: [{ url: "https://api.omsorg.example.dk" }]
        paths: { /besoeg: {} }
      `,
      errors: [
        { messageId: 'notSemver', pointer: '/info/version', line: 2, message: "info.version '2024-05' is not a SemVer version number (e.g. 1.4.0)." },
        { messageId: 'noMajorInPath', pointer: '/servers/0', line: 3 },
      ],
    },
    {
      name: 'path and info disagree',
      doc: yaml`
        openapi: 3.1.0
        info: { title: Besøg, version: 3.0.0 }
        servers: [{ url: "https://api.omsorg.example.dk/v2" }]
        paths: { /besoeg: {} }
      `,
      errors: [{ messageId: 'mismatch', pointer: '/info/version', line: 2, message: 'The path says version v2, but info.version is 3.0.0.' }],
    },
  ],
});
