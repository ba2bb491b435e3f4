import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Byggesagsportal, description: Ansøgning om byggetilladelse., vendor: { name: Digitale Løsninger A/S, cvr: "12345678" } }
`;

ruleTester(rule, {
  valid: [head + yaml`
    components: [nemlog-in, digital-post, mit-overblik]
    authentication:
      citizens: { provider: nemlog-in, protocol: oiosaml-3 }
  `],
  invalid: [
    {
      doc: head + yaml`
        components: [NemID, Dokumentboks, borger.dk]
        authentication:
          citizens:
            provider: nemid
            protocol: oiosaml-2
      `,
      errors: [
        { messageId: 'retired', pointer: '/components/0', line: 3, message: 'NemID is retired; use MitID through NemLog-in (citizens) and MitID Erhverv (businesses and staff).' },
        { messageId: 'retired', pointer: '/components/1', line: 3, message: 'Dokumentboks is retired; use Digital Post with messages in MeMo.' },
        { messageId: 'retired', pointer: '/authentication/citizens/provider', line: 6 },
        { messageId: 'retired', pointer: '/authentication/citizens/protocol', line: 7 },
      ],
    },
  ],
});
