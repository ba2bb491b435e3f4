import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
  profile: { kinds: [case-system], users: [employees], usesOrganisationData: true }
`;

ruleTester(rule, {
  valid: [
    head + yaml`
      integrations:
        - { sf: SF1500, name: Organisation, direction: consume, protocol: soap }
    `,
  ],
  invalid: [
    { name: 'no integrations at all', doc: head, errors: [{ messageId: 'missing', pointer: '/profile/usesOrganisationData', line: 3 }] },
    {
      name: 'other integrations only',
      doc: head + yaml`
        integrations:
          - { sf: SF1520, direction: consume }
      `,
      errors: [{ messageId: 'missing', pointer: '/integrations', line: 4 }],
    },
  ],
  notApplicable: [
    yaml`
      schemaVersion: 1
      solution: { name: Byggesagsportal, description: Ansøgning om byggetilladelse., vendor: { name: Digitale Løsninger A/S, cvr: "12345678" } }
      profile: { kinds: [self-service], users: [citizens], usesOrganisationData: false }
    `,
  ],
});
