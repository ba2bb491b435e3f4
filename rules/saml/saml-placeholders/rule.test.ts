import { spMetadata } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [spMetadata()],
  invalid: [
    {
      doc: spMetadata({ 'https://saml.byggeansoegning.nordlys.dk"': 'https://saml.example.com"', 'https://byggeansoegning.nordlys.dk/saml/acs': 'https://{your-host}/saml/acs' }),
      errors: [
        { messageId: 'placeholder', pointer: '/EntityDescriptor', line: 2, message: "'https://saml.example.com' looks like a placeholder from a template." },
        { messageId: 'placeholder', pointer: '/EntityDescriptor/SPSSODescriptor/AssertionConsumerService', line: 12 },
      ],
    },
  ],
});
