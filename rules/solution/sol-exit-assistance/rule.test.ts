import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
`;

ruleTester(rule, {
  valid: [
    head + yaml`
      exit:
        assistance: { included: true, durationMonths: 6, priceModel: Timepris efter bilag 5, deletionCertificate: true }
    `,
  ],
  invalid: [
    {
      name: 'not included',
      doc: head + yaml`
        exit:
          assistance: { included: false }
      `,
      errors: [{ messageId: 'missing', pointer: '/exit/assistance', line: 4 }],
    },
    {
      name: 'included without terms',
      doc: head + yaml`
        exit:
          assistance:
            included: true
      `,
      errors: [
        { messageId: 'noDeletion', pointer: '/exit/assistance', line: 4 },
        { messageId: 'noTerms', pointer: '/exit/assistance', line: 4, message: 'The exit assistance’s duration and price model is not given.' },
      ],
    },
  ],
});
