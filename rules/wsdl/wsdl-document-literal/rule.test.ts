import { POLICIES, wsdlDoc } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [{ doc: wsdlDoc(), documents: { 'wsdl/policies.wsdl': POLICIES } }],
  invalid: [
    {
      name: 'rpc/encoded',
      doc: wsdlDoc({ 'style="document"': 'style="rpc"', '        <soap:body use="literal"/>': '        <soap:body use="encoded"/>' }),
      errors: [
        { messageId: 'rpc', pointer: '/definitions/binding/binding', line: 13, message: "The binding 'AnsoegningBinding' uses style=\"rpc\"; use document." },
        { messageId: 'encoded', pointer: '/definitions/binding/operation/input/body', line: 17 },
      ],
    },
    {
      name: 'not SOAP',
      doc: wsdlDoc({ '<soap:binding transport="http://schemas.xmlsoap.org/soap/http" style="document"/>': '<http:binding xmlns:http="http://schemas.xmlsoap.org/wsdl/http/" verb="POST"/>' }),
      errors: [{ messageId: 'noSoap', pointer: '/definitions/binding', line: 11 }],
    },
  ],
});
