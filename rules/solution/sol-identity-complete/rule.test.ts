import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [
    yaml`
      schemaVersion: 1
      solution:
        name: Byggesagsportal
        description: Selvbetjening til byggeansøgninger.
        productSeries: BygDigital
        version: "4.2"
        vendor: { name: Digitale Løsninger A/S, cvr: "12345678" }
    `,
  ],
  invalid: [
    {
      doc: yaml`
        schemaVersion: 1
        solution:
          name: Byggesagsportal
          description: Selvbetjening til byggeansøgninger.
          vendor:
            name: Digitale Løsninger A/S
      `,
      errors: [
        { messageId: 'missingVersion', pointer: '/solution', line: 2 },
        { messageId: 'missingProductSeries', pointer: '/solution', line: 2 },
        { messageId: 'missingCvr', pointer: '/solution/vendor', line: 5, message: 'The vendor Digitale Løsninger A/S has no CVR number.' },
      ],
    },
  ],
});
