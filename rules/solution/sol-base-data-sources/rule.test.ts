import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
`;

ruleTester(rule, {
  valid: [
    head + yaml`
      baseData:
        - { register: cpr, source: serviceplatformen, integration: SF1520 }
        - { register: dar, source: datafordeleren }
        - register: bbr
          source: local-copy
          justification: Natlig kopi til offline-brug i hjemmeplejens app; slettes efter 24 timer.
    `,
  ],
  invalid: [
    {
      doc: head + yaml`
        baseData:
          - { register: cpr, source: local-copy }
          - { register: cvr, source: other }
      `,
      errors: [
        { messageId: 'localCopy', pointer: '/baseData/0/source', line: 4, message: 'The solution keeps a local copy of CPR without a justification.' },
        { messageId: 'otherSource', pointer: '/baseData/1/source', line: 5 },
      ],
    },
  ],
});
