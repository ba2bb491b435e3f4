import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [
    yaml`
      openapi: 3.1.0
      info: { title: Besøg, version: 1.0.0 }
      paths:
        /besoeg:
          get: { operationId: listBesoeg, summary: Hent besøg, responses: { "200": { description: OK } } }
          post: { operationId: opretBesoeg, description: Opretter et besøg., responses: { "201": { description: OK } } }
    `,
  ],
  invalid: [
    {
      doc: yaml`
        swagger: "2.0"
        info: { title: Besøg, version: 1.0.0 }
        paths:
          /besoeg:
            get: { summary: Hent besøg, responses: { "200": { description: OK } } }
            post: { operationId: besoeg, responses: { "201": { description: OK } } }
          /besoeg/{id}:
            put: { operationId: besoeg, summary: Ret besøg, responses: { "200": { description: OK } } }
      `,
      errors: [
        { messageId: 'noId', pointer: '/paths/~1besoeg/get', line: 5, message: 'GET /besoeg has no operationId.' },
        { messageId: 'undocumented', pointer: '/paths/~1besoeg/post', line: 6 },
        { messageId: 'duplicateId', pointer: '/paths/~1besoeg~1{id}/put/operationId', line: 8, message: "operationId 'besoeg' is also used by POST /besoeg." },
      ],
    },
  ],
});
