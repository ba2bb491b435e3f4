import { spMetadata } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [spMetadata()],
  invalid: [
    {
      doc: spMetadata({ 'urn:oasis:names:tc:SAML:2.0:protocol"': 'urn:oasis:names:tc:SAML:1.1:protocol"' }),
      errors: [{ messageId: 'protocol', pointer: '/EntityDescriptor/SPSSODescriptor', line: 3, message: 'SPSSODescriptor does not name the SAML 2.0 protocol in protocolSupportEnumeration.' }],
    },
    {
      doc: spMetadata({ '  </md:SPSSODescriptor>\n': '  </md:SPSSODescriptor>\n  <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"/>\n' }),
      errors: [{ messageId: 'several', pointer: '/EntityDescriptor/SPSSODescriptor[2]', line: 20, message: 'The metadata has 2 SPSSODescriptor elements; there must be exactly one.' }],
    },
  ],
});
