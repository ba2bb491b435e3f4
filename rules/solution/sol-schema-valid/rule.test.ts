import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [
    yaml`
      schemaVersion: 1
      solution:
        name: Byggesagsportal
        description: Selvbetjening til byggeansøgninger.
        vendor: { name: Digitale Løsninger A/S, cvr: "12345678" }
    `,
  ],
  invalid: [
    {
      name: 'missing required field, misspelt field, wrong format',
      doc: yaml`
        schemaVersion: 1
        solution:
          name: Byggesagsportal
          vendor:
            name: Digitale Løsninger A/S
            cvr: "1234 5678"
          verison: "4.2"
      `,
      errors: [
        { messageId: 'violation', pointer: '/solution', line: 2, message: "The required field 'description' is missing." },
        { messageId: 'violation', pointer: '/solution/vendor/cvr', line: 6, message: "'cvr' (CVR number) is not in the right format: '1234 5678'. A CVR number is eight digits." },
        { messageId: 'violation', pointer: '/solution/verison', line: 7, message: "The field 'verison' is not in the schema; fix its spelling or remove it." },
      ],
    },
    {
      name: 'wrong types',
      doc: yaml`
        schemaVersion: 2
        solution:
          name: Byggesagsportal
          description: Selvbetjening til byggeansøgninger.
          vendor: { name: Digitale Løsninger A/S }
        integrations: SF1520
      `,
      errors: [
        { messageId: 'violation', pointer: '/schemaVersion', line: 1, message: "'schemaVersion' (Schema version) must be 1, but is 2." },
        { messageId: 'violation', pointer: '/integrations', line: 6, message: "'integrations' (Integrations) must be a list, but is SF1520." },
      ],
    },
  ],
});
