import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
  profile: { kinds: [case-system], users: [employees] }
`;

ruleTester(rule, {
  valid: [
    head + yaml`
      authentication:
        employees:
          provider: fk-adgangsstyring
          protocol: oiosaml-3
          userSystemRoles: [Visitator, Planlægger, Læser]
          administrationsmodulet: true
    `,
    {
      name: 'the Context Handler is connected with OIOSAML 2 as well as 3',
      doc: head + yaml`
        authentication:
          employees: { provider: fk-adgangsstyring, protocol: oiosaml-2, userSystemRoles: [Visitator], administrationsmodulet: true }
      `,
    },
  ],
  invalid: [
    { name: 'not described', doc: head, errors: [{ messageId: 'missing', pointer: '', line: 1 }] },
    {
      name: 'own login',
      doc: head + yaml`
        authentication:
          employees: { provider: own-login }
      `,
      errors: [{ messageId: 'notAdgangsstyring', pointer: '/authentication/employees/provider', line: 5, message: "Staff log in with 'own-login', not through the joint municipal access control." }],
    },
    {
      name: 'Adgangsstyring with the wrong protocol and no roles',
      doc: head + yaml`
        authentication:
          employees:
            provider: fk-adgangsstyring
            protocol: oidc
      `,
      errors: [
        { messageId: 'noRoles', pointer: '/authentication/employees', line: 5 },
        { messageId: 'notRegistered', pointer: '/authentication/employees', line: 5, message: 'The description does not say that the solution is registered as a user-facing system in Administrationsmodulet, where the municipality grants the rights.' },
        { messageId: 'wrongProtocol', pointer: '/authentication/employees/protocol', line: 7, message: "Access control uses 'oidc'; the Context Handler is connected with OIOSAML 2 or 3." },
      ],
    },
    {
      name: 'OIOSAML 4, which KOMBIT does not name for the Context Handler yet',
      doc: head + yaml`
        authentication:
          employees: { provider: fk-adgangsstyring, protocol: oiosaml-4, userSystemRoles: [Visitator], administrationsmodulet: true }
      `,
      errors: [{ messageId: 'protocolUnconfirmed', pointer: '/authentication/employees/protocol', line: 5 }],
    },
  ],
  notApplicable: [
    yaml`
      schemaVersion: 1
      solution: { name: Byggesagsportal, description: Ansøgning om byggetilladelse., vendor: { name: Digitale Løsninger A/S, cvr: "12345678" } }
      profile: { kinds: [self-service], users: [citizens] }
    `,
  ],
});
