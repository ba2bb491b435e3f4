import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
`;
const spec = yaml`
  openapi: 3.1.0
  info: { title: Borgere, version: 1.0.0 }
  paths: {}
  components:
    schemas:
      Borger:
        type: object
        properties:
          cpr: { type: string }
          navn: { type: string }
          adresseId: { type: string, format: uuid }
`;

ruleTester(rule, {
  valid: [
    {
      doc: head + yaml`
        personalData: { categories: ["1", "1.1"] }
      `,
      documents: { 'api/borgere.yaml': spec },
    },
  ],
  invalid: [
    {
      name: 'CPR without category 1.1',
      doc: head + yaml`
        personalData: { categories: ["1"] }
      `,
      documents: { 'api/borgere.yaml': spec },
      errors: [{ file: 'api/borgere.yaml', messageId: 'cpr', pointer: '/components/schemas/Borger/properties/cpr', line: 9, message: "The property 'cpr' holds CPR numbers, but the solution description does not declare category 1.1 (CPR numbers)." }],
    },
    {
      name: 'personal data while declaring none',
      doc: head + yaml`
        personalData: { categories: ["3"] }
      `,
      documents: { 'api/borgere.yaml': spec },
      errors: [
        { file: 'api/borgere.yaml', messageId: 'cpr', pointer: '/components/schemas/Borger/properties/cpr', line: 9 },
        { file: 'api/borgere.yaml', messageId: 'personal', pointer: '/components/schemas/Borger/properties/navn', line: 10 },
      ],
    },
  ],
  notApplicable: [{ doc: head, documents: { 'api/borgere.yaml': spec } }],
});
