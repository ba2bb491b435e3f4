import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
  interfaces:
    - { name: Besøgshændelser, type: events, standard: Beskedkuvert 2.0 }
`;

ruleTester(rule, {
  valid: [
    head + yaml`
      integrations:
        - { sf: SF1462, name: Beskedfordeler afsend, direction: consume, protocol: rest }
    `,
  ],
  invalid: [
    { doc: head, errors: [{ messageId: 'missing', pointer: '/interfaces', line: 3 }] },
  ],
  notApplicable: [
    yaml`
      schemaVersion: 1
      solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
      interfaces:
        - { name: Borgeropslag, type: rest, spec: api/borger.yaml }
    `,
  ],
});
