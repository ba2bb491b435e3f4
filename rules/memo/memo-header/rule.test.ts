import { memoDoc } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [memoDoc()],
  invalid: [
    {
      doc: memoDoc({
        '    <memo:label>Kvittering for din ansøgning om byggetilladelse</memo:label>\n': '',
        '3f1c2a9e-7b4d-4e8a-9c21-5d6f0a1b2c3d': 'MSG-2026-0042',
        '      <memo:idType>CPR</memo:idType>\n': '',
        '    <memo:createdDateTime>2026-10-15T09:12:00+02:00</memo:createdDateTime>\n': '',
      }),
      errors: [
        { messageId: 'missing', pointer: '/Message/MessageHeader', line: 3, message: 'MessageHeader lacks label.' },
        { messageId: 'uuid', pointer: '/Message/MessageHeader/messageUUID', line: 5, message: "messageUUID 'MSG-2026-0042' is not a UUID." },
        { messageId: 'missing', pointer: '/Message/MessageHeader/Recipient', line: 11, message: 'Recipient lacks idType.' },
        { messageId: 'missing', pointer: '/Message/MessageBody', line: 15, message: 'MessageBody lacks createdDateTime.' },
      ],
    },
  ],
});
