import { POLICIES, wsdlDoc } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [
    { doc: wsdlDoc(), documents: { 'wsdl/policies.wsdl': POLICIES } },
    {
      name: 'TLS with a client certificate',
      doc: wsdlDoc(),
      documents: { 'wsdl/policies.wsdl': POLICIES.replace(/<sp:AsymmetricBinding>[\s\S]*<\/sp:AsymmetricBinding>/, '<sp:TransportBinding><wsp:Policy><sp:TransportToken><wsp:Policy><sp:HttpsToken><wsp:Policy><sp:RequireClientCertificate/></wsp:Policy></sp:HttpsToken></wsp:Policy></sp:TransportToken></wsp:Policy></sp:TransportBinding>') },
    },
  ],
  invalid: [
    {
      name: 'no policy',
      doc: wsdlDoc({ '    <wsp:PolicyReference URI="policies.wsdl#ServiceplatformBindingPolicy"/>\n': '' }),
      errors: [{ messageId: 'noPolicy', pointer: '/definitions/binding', line: 11, message: "The binding 'AnsoegningBinding' refers to no WS-Policy." }],
    },
    {
      name: 'policy file missing from the bid',
      doc: wsdlDoc(),
      errors: [{ messageId: 'unresolved', pointer: '/definitions/binding/PolicyReference', line: 12 }],
    },
    {
      name: 'a policy without tokens',
      doc: wsdlDoc(),
      documents: { 'wsdl/policies.wsdl': POLICIES.replace(/<sp:AsymmetricBinding>[\s\S]*<\/sp:AsymmetricBinding>/, '<sp:TransportBinding/>') },
      errors: [{ messageId: 'noToken', pointer: '/definitions/binding', line: 11 }],
    },
  ],
});
