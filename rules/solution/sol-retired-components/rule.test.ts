import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Byggesagsportal, description: Ansøgning om byggetilladelse., vendor: { name: Digitale Løsninger A/S, cvr: "12345678" } }
`;

ruleTester(rule, {
  valid: [
    head + yaml`
      components: [nemlog-in, digital-post, mit-overblik]
      authentication:
        citizens: { provider: nemlog-in, protocol: oiosaml-3 }
    `,
    {
      name: 'Borgerblikket is the service behind Mit Overblik, not a retired component',
      doc: head + yaml`
        components: [Borgerblikket, sags-og-dokumentindeks]
      `,
    },
    {
      name: 'the Context Handler still accepts OIOSAML 2',
      doc: head + yaml`
        authentication:
          employees: { provider: fk-adgangsstyring, protocol: oiosaml-2 }
      `,
    },
  ],
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
    {
      name: 'e-Boks as the Digital Post provider',
      doc: head + yaml`
        components: [e-Boks, nemlog-in]
      `,
      errors: [
        { messageId: 'retired', pointer: '/components/0', line: 3, message: 'e-Boks is retired; use Digital Post (the next-generation Digital Post, which replaced e-Boks as the provider) directly or through KOMBIT’s post component (SF1601).' },
      ],
    },
  ],
});
