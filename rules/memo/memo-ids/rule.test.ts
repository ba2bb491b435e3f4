import { memoDoc } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [memoDoc()],
  invalid: [
    {
      doc: memoDoc({ '0101901234': '010190-1234', '<memo:idType>CVR</memo:idType>': '<memo:idType>SE</memo:idType>' }),
      errors: [
        { messageId: 'badType', pointer: '/Message/MessageHeader/Sender/idType', line: 10, message: "idType 'SE' is neither CPR nor CVR." },
        { messageId: 'badId', pointer: '/Message/MessageHeader/Recipient/recipientID', line: 13, message: "Recipient id '010190-1234' is not a CPR number (10 digits, no spaces)." },
      ],
    },
  ],
});
