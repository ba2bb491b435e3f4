import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Byggeansøgning, description: Ansøgning om byggetilladelse., vendor: { name: Nordlys Digital A/S, cvr: "31425364" } }
  profile: { kinds: [self-service], users: [citizens, businesses] }
`;

ruleTester(rule, {
  valid: [
    head + yaml`
      personalData: { categories: ["1", "1.1"] }
      authentication:
        citizens: { provider: nemlog-in, protocol: oiosaml-3, nsisLevel: substantial }
        businesses: { provider: mitid-erhverv, protocol: oiosaml-3, nsisLevel: substantial }
    `,
    {
      name: 'low is enough for ordinary personal data',
      doc: head + yaml`
        personalData: { categories: ["1"] }
        authentication:
          citizens: { provider: nemlog-in, protocol: oiosaml-3, nsisLevel: low }
      `,
    },
  ],
  invalid: [
    {
      doc: head + yaml`
        personalData: { categories: ["1", "2"] }
        authentication:
          citizens: { provider: nemlog-in, protocol: oiosaml-3, nsisLevel: low }
          businesses: { provider: mitid-erhverv, protocol: oiosaml-3 }
      `,
      errors: [
        { messageId: 'tooLow', pointer: '/authentication/citizens/nsisLevel', line: 6, message: 'The login for citizens is at NSIS level low, but the solution processes sensitive data; that normally calls for at least substantial.' },
        { messageId: 'missing', pointer: '/authentication/businesses', line: 7 },
      ],
    },
  ],
  notApplicable: [
    head + yaml`
      personalData: { categories: ["3"] }
      authentication:
        citizens: { provider: nemlog-in, protocol: oiosaml-3 }
    `,
  ],
});
