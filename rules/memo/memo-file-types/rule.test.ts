import { memoDoc } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [memoDoc()],
  invalid: [
    {
      doc: memoDoc({ 'application/pdf': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Kvittering.pdf': 'Kvittering.docx' }),
      errors: [{ messageId: 'type', pointer: '/Message/MessageBody/MainDocument/File/encodingFormat', line: 21, message: "The file 'Kvittering.docx' has the format application/vnd.openxmlformats-officedocument.wordprocessingml.document, which Digital Post does not show." }],
    },
  ],
});
