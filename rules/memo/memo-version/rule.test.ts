import { memoDoc } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [memoDoc(), memoDoc({ 'memoVersion="1.2"': 'memoVersion="1.1"' })],
  invalid: [
    { doc: memoDoc({ ' memoVersion="1.2"': '' }), errors: [{ messageId: 'missing', pointer: '/Message', line: 2, message: 'memo:Message has no memoVersion.' }] },
    { doc: memoDoc({ 'memoVersion="1.2"': 'memoVersion="1.0"' }), errors: [{ messageId: 'unknown', pointer: '/Message', line: 2 }] },
  ],
});
