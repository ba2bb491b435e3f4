import { spMetadata } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [spMetadata(), spMetadata({ '<md:KeyDescriptor use="signing">': '<md:KeyDescriptor>' })],
  invalid: [
    {
      doc: spMetadata({ 'use="encryption"': 'use="signing"' }),
      errors: [{ messageId: 'missing', pointer: '/EntityDescriptor/SPSSODescriptor', line: 3, message: 'There is no certificate for encryption.' }],
    },
  ],
});
