import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Byggesagsportal, description: Ansøgning om byggetilladelse., vendor: { name: Digitale Løsninger A/S, cvr: "12345678" } }
`;

ruleTester(rule, {
  valid: [
    head + yaml`
      digitalPost: { sendsLetters: true, channel: sf1601, format: memo, memoVersion: "1.2" }
    `,
  ],
  invalid: [
    {
      name: 'printed letters in another format',
      doc: head + yaml`
        digitalPost:
          sendsLetters: true
          channel: none
          format: other
      `,
      errors: [
        { messageId: 'noChannel', pointer: '/digitalPost/channel', line: 5 },
        { messageId: 'notMemo', pointer: '/digitalPost/format', line: 6, message: "Letters are sent as 'other'; Digital Post only accepts MeMo." },
      ],
    },
    {
      name: 'MeMo without version',
      doc: head + yaml`
        digitalPost: { sendsLetters: true, channel: direct, format: memo }
      `,
      errors: [{ messageId: 'noVersion', pointer: '/digitalPost', line: 3 }],
    },
  ],
  notApplicable: [head + yaml`
    digitalPost: { sendsLetters: false }
  `],
});
