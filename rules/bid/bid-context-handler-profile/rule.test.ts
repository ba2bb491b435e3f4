import { cert, CONTEXT_HANDLER, CPR_UUID_LINE, spMetadata } from '../../../test/certs.js';
import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const staff = yaml`
  schemaVersion: 1
  solution: { name: Kompas Omsorg, description: Omsorgssystem til hjemmeplejen., vendor: { name: Kompas Velfærd A/S, cvr: "27364859" } }
  profile: { kinds: [case-system], users: [employees] }
  authentication:
    employees: { provider: fk-adgangsstyring, protocol: oiosaml-3, metadata: saml/adgangsstyring.xml, userSystemRoles: [Visitator] }
`;
const citizens = yaml`
  schemaVersion: 1
  solution: { name: Byggeansøgning, description: Ansøgning om byggetilladelse., vendor: { name: Nordlys Digital A/S, cvr: "31425364" } }
  profile: { kinds: [self-service], users: [citizens] }
  authentication:
    citizens: { provider: nemlog-in, protocol: oiosaml-3, metadata: saml/sp-metadata.xml }
`;
const KOMBIT_AND_PRIVILEGES = { [CPR_UUID_LINE]: '<md:RequestedAttribute Name="https://data.gov.dk/model/core/kombitSpecVer" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri" isRequired="true"/><md:RequestedAttribute Name="https://data.gov.dk/model/core/eid/privilegesIntermediate" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri" isRequired="true"/>' };
const SP = '/EntityDescriptor/SPSSODescriptor';

ruleTester(rule, {
  valid: [
    { name: 'a Context Handler SP with KombitSpecVer and privileges', doc: staff, documents: { 'saml/adgangsstyring.xml': spMetadata(KOMBIT_AND_PRIVILEGES, cert('sp-expiring')) }, asOf: '2026-11-01' },
    { name: 'a NemLog-in SP', doc: citizens, documents: { 'saml/sp-metadata.xml': spMetadata() } },
  ],
  invalid: [
    {
      name: 'declared for the Context Handler, but made for NemLog-in',
      doc: staff,
      documents: { 'saml/adgangsstyring.xml': spMetadata({}, cert('sp-oces3-test')) },
      errors: [
        { file: 'saml/adgangsstyring.xml', messageId: 'noKombitSpecVer', pointer: SP, line: 3, message: "Staff log in through the joint municipal access control, but the metadata in 'saml/adgangsstyring.xml' does not request KombitSpecVer, which the Context Handler requires." },
        { file: 'saml/adgangsstyring.xml', messageId: 'noPrivileges', pointer: SP, line: 3 },
        { file: 'saml/adgangsstyring.xml', messageId: 'testCertificate', pointer: `${SP}/KeyDescriptor[1]/KeyInfo/X509Data/X509Certificate`, line: 5 },
      ],
    },
    {
      name: 'the Context Handler connection shares its certificate with the NemLog-in one',
      doc: staff,
      documents: { 'saml/adgangsstyring.xml': spMetadata(KOMBIT_AND_PRIVILEGES), 'saml/sp-metadata.xml': spMetadata() },
      errors: [{ file: 'saml/adgangsstyring.xml', messageId: 'sharedCertificate', pointer: `${SP}/KeyDescriptor[1]/KeyInfo/X509Data/X509Certificate`, line: 5, message: "The certificate in 'saml/adgangsstyring.xml' is also used in 'saml/sp-metadata.xml'; the Context Handler requires a certificate for each connection." }],
    },
    {
      name: 'citizens through NemLog-in with Context Handler metadata',
      doc: citizens,
      documents: { 'saml/sp-metadata.xml': spMetadata(CONTEXT_HANDLER) },
      errors: [{ file: 'saml/sp-metadata.xml', messageId: 'contextHandlerMetadata', pointer: SP, line: 3 }],
    },
  ],
  notApplicable: [{ doc: citizens.replace(', metadata: saml/sp-metadata.xml', ''), documents: { 'saml/sp-metadata.xml': spMetadata() } }],
});
