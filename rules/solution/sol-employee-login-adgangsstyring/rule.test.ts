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
    `,
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
            protocol: oiosaml-2
      `,
      errors: [
        { messageId: 'noRoles', pointer: '/authentication/employees', line: 5 },
        { messageId: 'wrongProtocol', pointer: '/authentication/employees/protocol', line: 7 },
      ],
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
