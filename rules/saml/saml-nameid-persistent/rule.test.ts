import { spMetadata } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [spMetadata()],
  invalid: [
    {
      doc: spMetadata({ 'nameid-format:persistent': 'nameid-format:transient' }),
      errors: [{ messageId: 'missing', pointer: '/EntityDescriptor/SPSSODescriptor/NameIDFormat', line: 11, message: 'NameIDFormat is not urn:oasis:names:tc:SAML:2.0:nameid-format:persistent.' }],
    },
  ],
});
