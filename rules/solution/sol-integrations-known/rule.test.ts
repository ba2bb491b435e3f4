import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
`;

ruleTester(rule, {
  valid: [
    head + yaml`
      integrations:
        - { sf: SF1500, direction: consume }
        - { sf: SF1601_A, direction: consume }
    `,
  ],
  invalid: [
    {
      doc: head + yaml`
        integrations:
          - { sf: SF1460, direction: consume }
          - { sf: SF9999, direction: provide }
          - { sf: SF1600, direction: consume, purpose: Fjernprint af breve }
      `,
      errors: [
        { messageId: 'superseded', pointer: '/integrations/0/sf', line: 4, message: 'SF1460 (Beskedfordeler (gammel version)) is phased out in Digitaliseringskataloget (2026-11); use SF1461.' },
        { messageId: 'unknown', pointer: '/integrations/1/sf', line: 5, message: 'SF9999 is not a known integration in Digitaliseringskataloget (rammetjek’s list as of 2026-11).' },
        { messageId: 'superseded', pointer: '/integrations/2/sf', line: 6, message: 'SF1600 (Print) is phased out in Digitaliseringskataloget (2023-11-30); use SF1601.' },
      ],
    },
  ],
});
