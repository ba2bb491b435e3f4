import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [
    yaml`
      openapi: 3.1.0
      info: { title: Ansøgninger, version: 1.0.0 }
      paths:
        /ansoegninger: { get: { responses: { "200": { description: OK } } } }
        /eksport: { get: { responses: { "200": { description: OK } } } }
    `,
    yaml`
      swagger: "2.0"
      info: { title: Ansøgninger, version: 1.0.0 }
      paths:
        /ansoegninger/bulk: { get: { responses: { "200": { description: OK } } } }
    `,
  ],
  invalid: [
    {
      doc: yaml`
        openapi: 3.0.3
        info: { title: Ansøgninger, version: 1.0.0 }
        paths:
          /ansoegninger: { get: { responses: { "200": { description: OK } } } }
          /ansoegninger/{id}: { get: { responses: { "200": { description: OK } } } }
      `,
      errors: [{ messageId: 'missing', pointer: '/paths', line: 3, message: 'The API has no path for exporting all data (e.g. /export or /bulk).' }],
    },
  ],
  notApplicable: [yaml`
    openapi: 3.1.0
    info: { title: Skemaer, version: 1.0.0 }
    paths: {}
  `],
});
