import { spMetadata } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

const logout = '    <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://byggeansoegning.nordlys.dk/saml/logout"/>\n';

ruleTester(rule, {
  valid: [spMetadata()],
  invalid: [
    { name: 'none', doc: spMetadata({ [logout]: '' }), errors: [{ messageId: 'missing', pointer: '/EntityDescriptor/SPSSODescriptor', line: 3, message: 'There is no SingleLogoutService.' }] },
    {
      name: 'two bindings, one over http',
      doc: spMetadata({ [logout]: logout + logout.replace('HTTP-Redirect" Location="https', 'HTTP-POST" Location="http') }),
      errors: [
        { messageId: 'notHttps', pointer: '/EntityDescriptor/SPSSODescriptor/SingleLogoutService[2]', line: 11 },
      ],
    },
  ],
});
