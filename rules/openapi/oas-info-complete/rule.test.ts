import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [
    yaml`
      openapi: 3.1.0
      info: { title: Besøg, version: 1.0.0, description: Planlagte og udførte besøg i hjemmeplejen. }
      paths: {}
    `,
    yaml`
      swagger: "2.0"
      info: { title: Besøg, version: 1.0.0, description: Planlagte og udførte besøg i hjemmeplejen. }
      paths: {}
    `,
  ],
  invalid: [
    {
      doc: yaml`
        openapi: 3.0.3
        info:
          title: ""
          version: 0.0.0
        paths: {}
      `,
      errors: [{ messageId: 'missing', pointer: '/info', line: 2, message: 'info lacks a title, a description.' }],
    },
  ],
});
