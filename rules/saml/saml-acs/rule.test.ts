import { spMetadata } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [spMetadata()],
  invalid: [
    {
      doc: spMetadata({ 'bindings:HTTP-POST" Location="https://byggeansoegning.nordlys.dk/saml/acs"': 'bindings:HTTP-Artifact" Location="http://byggeansoegning.nordlys.dk/saml/acs"' }),
      errors: [
        { messageId: 'noPost', pointer: '/EntityDescriptor/SPSSODescriptor', line: 3 },
        { messageId: 'notHttps', pointer: '/EntityDescriptor/SPSSODescriptor/AssertionConsumerService', line: 12, message: "The AssertionConsumerService 'http://byggeansoegning.nordlys.dk/saml/acs' does not use HTTPS." },
      ],
    },
  ],
});
