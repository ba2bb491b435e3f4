import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Kompas Omsorg, description: Omsorgssystem til hjemmeplejen., vendor: { name: Kompas Velfærd A/S, cvr: "27364859" } }
`;

ruleTester(rule, {
  valid: [
    head + yaml`
      integrations:
        - { sf: SF1470, direction: provide, protocol: soap, security: oioidws, initialLoad: true, updateLatencyMinutes: 5 }
        - { sf: SF1462, direction: provide, protocol: amqp, messageTypes: [VisitationÆndret] }
    `,
  ],
  invalid: [
    {
      doc: head + yaml`
        integrations:
          - { sf: SF1470, direction: provide, protocol: soap, updateLatencyMinutes: 1440 }
          - { sf: SF9001, name: Ydelsesindeks – aflevér ydelser, direction: provide }
          - { sf: SF1461, direction: consume, protocol: amqp }
      `,
      errors: [
        { messageId: 'noInitialLoad', pointer: '/integrations/0', line: 4 },
        { messageId: 'slow', pointer: '/integrations/0/updateLatencyMinutes', line: 4, message: "Changes reach the case and document index only after 1440 minutes; the terms say 'within a few minutes'." },
        { messageId: 'noInitialLoad', pointer: '/integrations/1', line: 5, message: 'The delivery to the benefit index does not say that the existing data is delivered on connecting (initialLoad: true).' },
        { messageId: 'noLatency', pointer: '/integrations/1', line: 5 },
        { messageId: 'noMessageTypes', pointer: '/integrations/2', line: 6 },
      ],
    },
  ],
  notApplicable: [head + yaml`
    integrations:
      - { sf: SF1520, direction: consume }
  `],
});
