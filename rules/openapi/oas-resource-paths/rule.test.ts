import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [
    yaml`
      openapi: 3.1.0
      info: { title: Aftaler, version: 1.0.0 }
      paths:
        /aftaler: {}
        /aftaler/{id}: {}
        /getaways: {}
        /dokumenter/{id}/historik: {}
    `,
  ],
  invalid: [
    {
      doc: yaml`
        swagger: "2.0"
        info: { title: Aftaler, version: 1.0.0 }
        paths:
          /hentAftaler: {}
          /aftaler/{id}/slet: {}
          /createAgreement: {}
      `,
      errors: [
        { messageId: 'verb', pointer: '/paths/~1hentAftaler', line: 4, message: "The path /hentAftaler contains the action 'hentAftaler'; let the HTTP method be the verb." },
        { messageId: 'verb', pointer: '/paths/~1aftaler~1{id}~1slet', line: 5 },
        { messageId: 'verb', pointer: '/paths/~1createAgreement', line: 6 },
      ],
    },
  ],
});
