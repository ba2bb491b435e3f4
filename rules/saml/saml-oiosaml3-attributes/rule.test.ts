import { spMetadata } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [spMetadata()],
  invalid: [
    {
      doc: spMetadata({
        'Name="https://data.gov.dk/model/core/specVersion"': 'Name="dk:gov:saml:attribute:SpecVer"',
        'Name="https://data.gov.dk/concept/core/nsis/loa" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"': 'Name="https://data.gov.dk/concept/core/nsis/loa" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic"',
        'Name="https://data.gov.dk/model/core/eid/cprUuid"': 'Name="cprNumber"',
      }),
      errors: [
        { messageId: 'noSpecVersion', pointer: '/EntityDescriptor/SPSSODescriptor/AttributeConsumingService', line: 13 },
        { messageId: 'retiredWithSuccessor', pointer: '/EntityDescriptor/SPSSODescriptor/AttributeConsumingService/RequestedAttribute[1]', line: 15, message: "The attribute 'dk:gov:saml:attribute:SpecVer' is an OIOSAML 2 name; in OIOSAML 3 it is https://data.gov.dk/model/core/specVersion." },
        { messageId: 'nameFormat', pointer: '/EntityDescriptor/SPSSODescriptor/AttributeConsumingService/RequestedAttribute[2]', line: 16 },
        { messageId: 'unknown', pointer: '/EntityDescriptor/SPSSODescriptor/AttributeConsumingService/RequestedAttribute[3]', line: 17 },
      ],
    },
    {
      name: 'no NSIS level, an OIOSAML 2 name without a successor',
      doc: spMetadata({ 'Name="https://data.gov.dk/concept/core/nsis/loa"': 'Name="urn:oid:1.3.6.1.4.1.1466.115.121.1.8"' }),
      errors: [
        { messageId: 'noLoa', pointer: '/EntityDescriptor/SPSSODescriptor/AttributeConsumingService', line: 13, message: 'The service does not request the NSIS assurance level (https://data.gov.dk/concept/core/nsis/loa).' },
        { messageId: 'retired', pointer: '/EntityDescriptor/SPSSODescriptor/AttributeConsumingService/RequestedAttribute[2]', line: 16 },
      ],
    },
  ],
});
