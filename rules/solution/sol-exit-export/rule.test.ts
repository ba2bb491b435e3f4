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
        export:
          formats: [JSON, CSV, PDF/A]
          scope: [data, documents, metadata, logs]
          method: self-service
          schemaDocumented: true
    `,
  ],
  invalid: [
    { name: 'no exit at all', doc: head, errors: [{ messageId: 'missing', pointer: '', line: 1 }] },
    {
      name: 'closed format, partial scope',
      doc: head + yaml`
        exit:
          export:
            formats: [csv, mdb]
            scope: [data]
      `,
      errors: [
        { messageId: 'undocumented', pointer: '/exit/export', line: 4 },
        { messageId: 'closedFormat', pointer: '/exit/export/formats/1', line: 5, message: "The export format 'mdb' is not an open format." },
        { messageId: 'incompleteScope', pointer: '/exit/export/scope', line: 6, message: 'The export does not cover documents, metadata, logs.' },
      ],
    },
  ],
});
