import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Byggesagsportal, description: Ansøgning om byggetilladelse., vendor: { name: Digitale Løsninger A/S, cvr: "12345678" } }
`;

ruleTester(rule, {
  valid: [
    head + yaml`
      profile: { kinds: [self-service], users: [citizens, businesses] }
      authentication:
        citizens: { provider: nemlog-in, protocol: oiosaml-3, nsisLevel: substantial }
        businesses: { provider: mitid-erhverv, protocol: oiosaml-4 }
    `,
  ],
  invalid: [
    {
      name: 'home-grown login for citizens, nothing for businesses',
      doc: head + yaml`
        profile: { kinds: [self-service], users: [citizens, businesses] }
        authentication:
          citizens:
            provider: own-login
      `,
      errors: [
        { messageId: 'missing', pointer: '/authentication', line: 4, message: 'The description does not say how businesses log in.' },
        { messageId: 'notNemLogIn', pointer: '/authentication/citizens/provider', line: 6, message: "Citizens log in with 'own-login', not through NemLog-in." },
      ],
    },
    {
      name: 'retired protocol',
      doc: head + yaml`
        profile: { kinds: [self-service], users: [citizens] }
        authentication:
          citizens: { provider: nemlog-in, protocol: oiosaml-2 }
      `,
      errors: [{ messageId: 'wrongProtocol', pointer: '/authentication/citizens/protocol', line: 5 }],
    },
  ],
  notApplicable: [
    head + yaml`
      profile: { kinds: [case-system], users: [employees] }
    `,
    head + yaml`
      profile: { kinds: [self-service], users: [citizens], secureIdentification: false }
    `,
  ],
});
