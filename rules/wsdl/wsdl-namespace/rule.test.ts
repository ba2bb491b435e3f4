import { wsdlDoc } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [wsdlDoc()],
  invalid: [
    {
      doc: wsdlDoc({ 'targetNamespace="http://serviceplatformen.dk/xml/wsdl/soap11/Ansoegning/1/port"': 'targetNamespace="http://tempuri.org/"' }),
      errors: [{ messageId: 'tempuri', pointer: '/definitions', line: 2, message: 'targetNamespace is the default http://tempuri.org/ a toolkit writes when nobody chose a namespace.' }],
    },
  ],
});
