import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
`;
const openapi31 = 'openapi: 3.1.0\ninfo: { title: Besøg, version: 1.0.0 }\npaths: {}\n';

ruleTester(rule, {
  valid: [
    {
      doc: head + yaml`
        interfaces:
          - { name: Besøg, type: rest, spec: api/besoeg.yaml }
          - { name: Hændelser, type: events }
      `,
      documents: { 'api/besoeg.yaml': openapi31 },
    },
  ],
  invalid: [
    {
      doc: head + yaml`
        interfaces:
          - { name: Besøg, type: rest, spec: api/besoeg.yaml }
          - { name: Borgere, type: rest, spec: api/borgere.json }
          - { name: Gammel, type: rest, spec: api/gammel.yaml }
      `,
      documents: {
        'api/besoeg.yaml': 'titel: Besøg\n',
        'api/borgere.json': '{ "openapi": "3.0.3", ',
        'api/gammel.yaml': 'swagger: "2.0"\ninfo: { title: Gammel, version: 1.0.0 }\npaths: {}\n',
      },
      unparsable: ['api/borgere.json'],
      errors: [
        { messageId: 'notOpenApi', pointer: '/interfaces/0/spec', line: 4, message: "The file 'api/besoeg.yaml' of the interface 'Besøg' is not an OpenAPI description." },
        { messageId: 'unparsable', pointer: '/interfaces/1/spec', line: 5 },
        { messageId: 'swagger2', pointer: '/interfaces/2/spec', line: 6 },
      ],
    },
    {
      name: 'a REST interface without a specification, and one whose file is not in the bid',
      doc: head + yaml`
        interfaces:
          - { name: Besøg, type: rest }
          - { name: Borgere, type: rest, spec: ./api/borgere.yaml }
      `,
      errors: [
        { messageId: 'noSpec', pointer: '/interfaces/0', line: 4, message: "The REST interface 'Besøg' does not refer to an OpenAPI description." },
        { messageId: 'missingFile', pointer: '/interfaces/1/spec', line: 5, message: "The OpenAPI description 'api/borgere.yaml' of the interface 'Borgere' is not in the bid." },
      ],
    },
  ],
});
