import { wsdlDoc } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [wsdlDoc()],
  invalid: [
    {
      doc: wsdlDoc({ 'https://exttest.serviceplatformen.dk/service/Byggesag/Ansoegning/1': 'http://byggesag.nordlys.dk/AnsoegningService.svc' }),
      errors: [{ messageId: 'notHttps', pointer: '/definitions/service/port/address', line: 24, message: "The service address 'http://byggesag.nordlys.dk/AnsoegningService.svc' does not use HTTPS." }],
    },
    {
      doc: wsdlDoc({ 'https://exttest.serviceplatformen.dk/service/Byggesag/Ansoegning/1': 'https://exttest.serviceplatformen.dk/AnsoegningService' }),
      errors: [{ messageId: 'serviceplatform', pointer: '/definitions/service/port/address', line: 24 }],
    },
  ],
});
