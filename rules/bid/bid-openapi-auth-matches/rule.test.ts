import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
`;
const oauth = 'openapi: 3.0.3\ninfo: { title: Besøg, version: 1.0.0 }\npaths: {}\ncomponents:\n  securitySchemes:\n    oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: "https://login.example.dk/token", scopes: {} } } }\n';
const basic = 'swagger: "2.0"\ninfo: { title: Borgere, version: 1.0.0 }\npaths: {}\nsecurityDefinitions:\n  basis: { type: basic }\n';
const none = 'openapi: 3.1.0\ninfo: { title: Åben, version: 1.0.0 }\npaths: {}\n';

ruleTester(rule, {
  valid: [
    {
      doc: head + yaml`
        interfaces:
          - { name: Besøg, type: rest, spec: api/besoeg.yaml, authentication: OAuth 2.0 }
      `,
      documents: { 'api/besoeg.yaml': oauth },
    },
  ],
  invalid: [
    {
      doc: head + yaml`
        interfaces:
          - { name: Besøg, type: rest, spec: api/besoeg.yaml, authentication: mtls }
          - { name: Borgere, type: rest, spec: api/borgere.yaml, authentication: oauth2 }
          - { name: Åben, type: rest, spec: api/aaben.yaml, authentication: oauth2 }
      `,
      documents: { 'api/besoeg.yaml': oauth, 'api/borgere.yaml': basic, 'api/aaben.yaml': none },
      errors: [
        { messageId: 'mismatch', pointer: '/interfaces/0/authentication', line: 4, message: "The interface 'Besøg' is described with the security 'mtls', but its specification uses oauth2." },
        { messageId: 'mismatch', pointer: '/interfaces/1/authentication', line: 5, message: "The interface 'Borgere' is described with the security 'oauth2', but its specification uses basic." },
        { messageId: 'noSchemes', pointer: '/interfaces/2/authentication', line: 6 },
      ],
    },
  ],
});
