import { memoDoc } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [memoDoc()],
  invalid: [
    {
      doc: memoDoc({ 'application/pdf': 'application/zip', 'Kvittering.pdf': 'Kvittering.zip' }),
      errors: [{ messageId: 'type', pointer: '/Message/MessageBody/MainDocument/File/encodingFormat', line: 21, message: "The file 'Kvittering.zip' has the format application/zip, which Digital Post does not show." }],
    },
  ],
});
