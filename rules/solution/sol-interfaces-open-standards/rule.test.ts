import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
`;

ruleTester(rule, {
  valid: [
    {
      files: ['api/besoeg.yaml'],
      doc: head + yaml`
        interfaces:
          - { name: Besøg, type: rest, standard: OpenAPI 3.1, spec: ./api/besoeg.yaml }
          - { name: Besøgshændelser, type: events, standard: Beskedkuvert 2.0 }
      `,
    },
  ],
  invalid: [
    {
      files: ['api/besoeg.yaml'],
      doc: head + yaml`
        interfaces:
          - { name: Dataudtræk, type: proprietary }
          - { name: Borgeropslag, type: soap }
          - name: Besøg
            type: rest
            spec: api/visits.yaml
      `,
      errors: [
        { messageId: 'proprietary', pointer: '/interfaces/0/type', line: 4, message: "The interface 'Dataudtræk' is proprietary." },
        { messageId: 'noSpec', pointer: '/interfaces/1', line: 5, message: "The interface 'Borgeropslag' (SOAP) has no specification (OpenAPI or WSDL)." },
        { messageId: 'specNotInBid', pointer: '/interfaces/2/spec', line: 8 },
      ],
    },
  ],
});
