import { CPR_UUID_LINE, spMetadata } from '../../../test/certs.js';
import { ruleTester } from '../../../test/rule-tester.js';
import rule from './rule.js';

ruleTester(rule, {
  valid: [
    spMetadata(),
    {
      name: 'a Context Handler SP on OIOSAML 2, with KOMBIT’s KombitSpecVer',
      doc: spMetadata({
        'Name="https://data.gov.dk/model/core/specVersion" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"': 'Name="dk:gov:saml:attribute:SpecVer" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic"',
        'Name="https://data.gov.dk/concept/core/nsis/loa" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"': 'Name="dk:gov:saml:attribute:AssuranceLevel" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic"',
        [CPR_UUID_LINE]: '<md:RequestedAttribute Name="dk:gov:saml:attribute:KombitSpecVer" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic" isRequired="true"/><md:RequestedAttribute Name="dk:gov:saml:attribute:Privileges_intermediate" isRequired="true"/>',
      }),
    },
    {
      name: 'a Context Handler SP on OIOSAML 3 that also asks for KombitSpecVer in OIOSAML 2 form',
      doc: spMetadata({ [CPR_UUID_LINE]: '<md:RequestedAttribute Name="dk:gov:saml:attribute:KombitSpecVer" isRequired="true"/><md:RequestedAttribute Name="https://data.gov.dk/model/core/eid/privilegesIntermediate" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"/>' }),
    },
  ],
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
    {
      name: 'PID and RID in OIOSAML 2 form, and the deprecated OIOSAML 3 RID',
      doc: spMetadata({ [CPR_UUID_LINE]: '<md:RequestedAttribute Name="dk:gov:saml:attribute:PidNumberIdentifier"/><md:RequestedAttribute Name="dk:gov:saml:attribute:RidNumberIdentifier"/><md:RequestedAttribute Name="https://data.gov.dk/model/core/eid/professional/rid" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"/>' }),
      errors: [
        { messageId: 'retiredWithSuccessor', pointer: '/EntityDescriptor/SPSSODescriptor/AttributeConsumingService/RequestedAttribute[3]', line: 17, message: "The attribute 'dk:gov:saml:attribute:PidNumberIdentifier' is an OIOSAML 2 name; in OIOSAML 3 it is https://data.gov.dk/model/core/eid/person/pid." },
        { messageId: 'retiredWithSuccessor', pointer: '/EntityDescriptor/SPSSODescriptor/AttributeConsumingService/RequestedAttribute[4]', line: 17, message: "The attribute 'dk:gov:saml:attribute:RidNumberIdentifier' is an OIOSAML 2 name; in OIOSAML 3 it is https://data.gov.dk/model/core/eid/professional/uuid/persistent." },
        { messageId: 'deprecated', pointer: '/EntityDescriptor/SPSSODescriptor/AttributeConsumingService/RequestedAttribute[5]', line: 17, message: "The attribute 'https://data.gov.dk/model/core/eid/professional/rid' is deprecated; request https://data.gov.dk/model/core/eid/professional/uuid/persistent instead." },
      ],
    },
  ],
});
