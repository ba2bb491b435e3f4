import { spMetadata } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

const logout = '    <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://byggeansoegning.nordlys.dk/saml/logout"/>\n';

ruleTester(rule, {
  valid: [spMetadata()],
  invalid: [
    {
      name: 'Redirect and POST, as OIOSAML.Java emits them',
      doc: spMetadata({ [logout]: logout + logout.replace('HTTP-Redirect', 'HTTP-POST') }),
      errors: [{ messageId: 'several', pointer: '/EntityDescriptor/SPSSODescriptor/SingleLogoutService[2]', line: 11, message: 'There are 2 SingleLogoutService bindings; according to NemLog-in’s FAQ, NemLog-in uses the first.' }],
    },
  ],
  notApplicable: [spMetadata({ [logout]: '' })],
});
