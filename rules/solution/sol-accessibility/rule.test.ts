import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Byggesagsportal, description: Ansøgning om byggetilladelse., vendor: { name: Digitale Løsninger A/S, cvr: "12345678" } }
  profile: { kinds: [self-service], users: [citizens] }
`;

ruleTester(rule, {
  valid: [
    head + yaml`
      accessibility: { standard: en-301-549, statementUrl: "https://www.was.digst.dk/byggesag-vejle-dk" }
    `,
    {
      name: 'the standardised address <domain>/was, which redirects to was.digst.dk',
      doc: head + yaml`
        accessibility: { standard: en-301-549, statementUrl: "https://byggesag.vejle.dk/was" }
      `,
    },
  ],
  invalid: [
    { name: 'nothing said', doc: head, errors: [{ messageId: 'noStandard', pointer: '', line: 1 }, { messageId: 'noStatement', pointer: '', line: 1 }] },
    {
      name: 'statement on the vendor site',
      doc: head + yaml`
        accessibility:
          standard: none
          statementUrl: "https://byggesag.example.dk/tilgaengelighed"
      `,
      errors: [
        { messageId: 'noStandard', pointer: '/accessibility/standard', line: 5 },
        { messageId: 'notWas', pointer: '/accessibility/statementUrl', line: 6, message: 'The accessibility statement is on byggesag.example.dk, neither on was.digst.dk, where it must be made and published, nor at the standardised address <domain>/was.' },
      ],
    },
  ],
  notApplicable: [yaml`
    schemaVersion: 1
    solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
    profile: { kinds: [case-system], users: [employees] }
  `],
});
