import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
`;

ruleTester(rule, {
  valid: [
    {
      files: ['bilag/dba.pdf'],
      doc: head + yaml`
        personalData: { categories: ["1"], dpa: dba }
        evidence:
          - { id: dba, title: Databehandleraftale, file: bilag/dba.pdf }
          - { id: isae, title: ISAE 3402-erklæring 2026, url: "https://omsorg.example.dk/isae3402-2026.pdf" }
      `,
    },
  ],
  invalid: [
    {
      files: ['bilag/dba.pdf'],
      doc: head + yaml`
        personalData: { categories: ["1"], dpa: dba, dpia: dpia }
        evidence:
          - { id: dba, title: Databehandleraftale, file: bilag/dba.pdf }
          - { id: dba, title: Databehandleraftale, gammel version, file: bilag/dba-2024.pdf }
          - { id: pentest, title: Penetrationstest }
      `,
      errors: [
        { messageId: 'unknownRef', pointer: '/personalData/dpia', line: 3, message: "The evidence 'dpia' is referred to but not listed under evidence." },
        { messageId: 'duplicate', pointer: '/evidence/1/id', line: 6 },
        { messageId: 'fileMissing', pointer: '/evidence/1/file', line: 6, message: "The document 'dba' points to the file 'bilag/dba-2024.pdf', which is not in the bid." },
        { messageId: 'nowhere', pointer: '/evidence/2', line: 7 },
      ],
    },
  ],
});
