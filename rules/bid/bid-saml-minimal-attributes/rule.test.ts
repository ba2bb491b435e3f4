import { spMetadata } from '../../../test/certs.js';
import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Byggeansøgning, description: Ansøgning om byggetilladelse., vendor: { name: Nordlys Digital A/S, cvr: "31425364" } }
`;
const withCpr = spMetadata({ 'eid/cprUuid': 'eid/cprNumber' });

ruleTester(rule, {
  valid: [
    { doc: head + yaml`
      personalData: { categories: ["1", "1.1"] }
    `, documents: { 'saml/sp.xml': withCpr } },
    { doc: head + yaml`
      personalData: { categories: ["1"] }
    `, documents: { 'saml/sp.xml': spMetadata() } },
  ],
  invalid: [
    {
      doc: head + yaml`
        personalData: { categories: ["1"] }
      `,
      documents: { 'saml/sp.xml': withCpr },
      errors: [{ file: 'saml/sp.xml', messageId: 'cpr', pointer: '/EntityDescriptor/SPSSODescriptor/AttributeConsumingService/RequestedAttribute[3]', line: 17, message: 'The metadata requests the CPR number, but the solution description does not declare category 1.1 (CPR numbers).' }],
    },
  ],
});
