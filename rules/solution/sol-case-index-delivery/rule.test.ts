import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Ydelsessystem, description: Bevilling af tilskud., vendor: { name: Omsorg A/S, cvr: "87654321" } }
  profile: { kinds: [case-system], users: [employees], caseBearing: true, grantsBenefits: true }
`;

ruleTester(rule, {
  valid: [
    head + yaml`
      components: [ydelsesindeks]
      integrations:
        - { sf: SF1470, name: Sags- og Dokumentindeks, direction: consume, protocol: soap }
    `,
    head + yaml`
      integrations:
        - { sf: SF1470, direction: consume }
        - { sf: SF1500, name: Aflevering til Ydelsesindeks via fagsystemets kø, direction: consume }
    `,
  ],
  invalid: [
    {
      doc: head,
      errors: [
        { messageId: 'noCaseIndex', pointer: '/profile', line: 3, message: 'The solution is case-bearing but does not deliver to the case and document index (SF1470).' },
        { messageId: 'noBenefitIndex', pointer: '/profile', line: 3 },
      ],
    },
  ],
  notApplicable: [
    yaml`
      schemaVersion: 1
      solution: { name: Byggesagsportal, description: Ansøgning om byggetilladelse., vendor: { name: Digitale Løsninger A/S, cvr: "12345678" } }
      profile: { kinds: [self-service], users: [citizens], caseBearing: false }
    `,
  ],
});
