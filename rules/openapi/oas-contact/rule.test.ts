import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [
    yaml`
      openapi: 3.1.0
      info: { title: Besøg, version: 1.0.0, contact: { name: Support, email: support@omsorg.example.dk } }
      paths: {}
    `,
  ],
  invalid: [
    {
      doc: yaml`
        swagger: "2.0"
        info:
          title: Besøg
          version: 1.0.0
          contact:
            name: Support
        paths: {}
      `,
      errors: [{ messageId: 'missing', pointer: '/info/contact', line: 5, message: 'The API has no contact details (e-mail or URL).' }],
    },
  ],
});
