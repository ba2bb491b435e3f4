import { spMetadata } from '../../../test/certs.js';
import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Byggeansøgning, description: Ansøgning om byggetilladelse., vendor: { name: Nordlys Digital A/S, cvr: "31425364" } }
`;

ruleTester(rule, {
  valid: [
    {
      doc: head + yaml`
        authentication:
          citizens: { provider: nemlog-in, entityId: "https://saml.byggeansoegning.nordlys.dk", metadata: saml/sp.xml }
      `,
      documents: { 'saml/sp.xml': spMetadata() },
    },
  ],
  invalid: [
    {
      name: 'no metadata in the bid',
      doc: head + yaml`
        authentication:
          citizens: { provider: nemlog-in }
      `,
      errors: [{ messageId: 'none', pointer: '/authentication/citizens/provider', line: 4, message: 'Citizens log in through nemlog-in, but the bid holds no SAML metadata for the service.' }],
    },
    {
      name: 'another EntityID, and the wrong file',
      doc: head + yaml`
        authentication:
          citizens: { provider: nemlog-in, entityId: "https://saml.nordlys.dk", metadata: saml/idp.xml }
      `,
      documents: { 'saml/sp.xml': spMetadata(), 'saml/idp.xml': '<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://saml.nemlog-in.dk"><md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"/></md:EntityDescriptor>' },
      errors: [
        { messageId: 'entityId', pointer: '/authentication/citizens/entityId', line: 4, message: "The EntityID 'https://saml.nordlys.dk' is not in the bid’s SAML metadata (https://saml.byggeansoegning.nordlys.dk)." },
        { messageId: 'notMetadata', pointer: '/authentication/citizens/metadata', line: 4 },
      ],
    },
    {
      name: 'the metadata file the description names is not in the bid',
      doc: head + yaml`
        authentication:
          citizens: { provider: nemlog-in, entityId: "https://saml.byggeansoegning.nordlys.dk", metadata: saml/sp.xml }
      `,
      errors: [{ messageId: 'missingFile', pointer: '/authentication/citizens/metadata', line: 4, message: "The solution description refers to SAML metadata in 'saml/sp.xml', but the file is not in the bid." }],
    },
    {
      name: 'the named file is missing even when other metadata is there',
      doc: head + yaml`
        authentication:
          citizens: { provider: nemlog-in, entityId: "https://saml.byggeansoegning.nordlys.dk", metadata: ./saml/borger-sp.xml }
      `,
      documents: { 'saml/sp.xml': spMetadata() },
      errors: [{ messageId: 'missingFile', pointer: '/authentication/citizens/metadata', line: 4, message: "The solution description refers to SAML metadata in 'saml/borger-sp.xml', but the file is not in the bid." }],
    },
  ],
  notApplicable: [head + yaml`
    authentication:
      citizens: { provider: own-login }
  `],
});
