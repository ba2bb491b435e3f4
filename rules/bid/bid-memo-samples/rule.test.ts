import { memoDoc } from '../../../test/certs.js';
import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Byggeansøgning, description: Ansøgning om byggetilladelse., vendor: { name: Nordlys Digital A/S, cvr: "31425364" } }
  selfService: { receipt: digital-post }
`;

ruleTester(rule, {
  valid: [
    {
      doc: head + yaml`
        digitalPost: { sendsLetters: true, channel: sf1601, format: memo, memoVersion: "1.2", samples: [memo/kvittering.xml] }
      `,
      documents: { 'memo/kvittering.xml': memoDoc() },
    },
  ],
  invalid: [
    { name: 'no samples', doc: head + yaml`
      digitalPost: { sendsLetters: true }
    `, errors: [{ messageId: 'none', pointer: '/digitalPost', line: 4 }] },
    {
      name: 'a sample the description names that is not in the bid',
      doc: head + yaml`
        digitalPost: { sendsLetters: true, samples: [memo/afgoerelse.xml] }
      `,
      errors: [
        { messageId: 'noReceipt', pointer: '/selfService/receipt', line: 3 },
        { messageId: 'missingFile', pointer: '/digitalPost/samples/0', line: 4, message: "The sample 'memo/afgoerelse.xml' is not in the bid." },
      ],
    },
    {
      name: 'a sample that is no receipt, and one that is no MeMo',
      doc: head + yaml`
        digitalPost: { sendsLetters: true, samples: [memo/afgoerelse.xml, memo/brev.pdf.xml] }
      `,
      documents: {
        'memo/afgoerelse.xml': memoDoc({ 'Kvittering for din ansøgning om byggetilladelse': 'Afgørelse om byggetilladelse', '<memo:messageCode>Kvittering</memo:messageCode>': '<memo:messageCode>Afgoerelse</memo:messageCode>' }),
        'memo/brev.pdf.xml': '<brev>Ikke MeMo</brev>',
      },
      errors: [
        { messageId: 'noReceipt', pointer: '/selfService/receipt', line: 3, message: 'The self-service promises a receipt in Digital Post, but none of the samples is a receipt.' },
        { messageId: 'notMemo', pointer: '/digitalPost/samples/1', line: 4 },
      ],
    },
  ],
});
