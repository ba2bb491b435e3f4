import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
`;
const spec = 'openapi: 3.1.0\ninfo: { title: Besøg, version: 1.0.0 }\npaths: {}\n';

ruleTester(rule, {
  valid: [
    {
      doc: head + yaml`
        interfaces: [{ name: Besøg, type: rest, spec: ./api/besoeg.yaml }]
        integrations: [{ sf: SF1601, direction: consume, protocol: rest, spec: api/postkomponent.yaml }]
      `,
      documents: { 'api/besoeg.yaml': spec, 'api/postkomponent.yaml': spec },
    },
  ],
  invalid: [
    {
      doc: head,
      documents: { 'api/glemt.yaml': '# en glemt fil\n' + spec },
      errors: [{ file: 'api/glemt.yaml', messageId: 'undeclared', pointer: '', line: 2, message: "The OpenAPI file 'api/glemt.yaml' is not named in the solution description." }],
    },
  ],
});
