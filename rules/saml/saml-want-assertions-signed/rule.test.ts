import { spMetadata } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [spMetadata()],
  invalid: [
    {
      doc: spMetadata({ ' WantAssertionsSigned="true"': '' }),
      errors: [{ messageId: 'missing', pointer: '/EntityDescriptor/SPSSODescriptor', line: 3, message: 'SPSSODescriptor does not have WantAssertionsSigned="true".' }],
    },
  ],
});
