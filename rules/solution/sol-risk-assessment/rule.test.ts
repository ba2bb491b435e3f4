import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
`;

ruleTester(rule, {
  valid: [
    head + yaml`
      personalData:
        categories: ["1", "2"]
        riskAssessment: risikovurdering
        dpia: dpia-2026
    `,
    head + yaml`
      profile: { kinds: [integration], users: [employees], criticality: forretningskritisk }
      personalData:
        categories: ["1"]
        riskAssessment: risikovurdering
    `,
  ],
  invalid: [
    {
      name: 'sensitive data without either',
      doc: head + yaml`
        personalData:
          categories: ["1", "2"]
      `,
      errors: [
        { messageId: 'noDpia', pointer: '/personalData', line: 3 },
        { messageId: 'noRiskAssessment', pointer: '/personalData', line: 3, message: 'No risk assessment is referred to, although the solution processes CPR numbers, criminal offences or sensitive data.' },
      ],
    },
    {
      name: 'critical solution without risk assessment',
      doc: head + yaml`
        profile: { kinds: [integration], users: [employees], criticality: samfundskritisk }
      `,
      errors: [{ messageId: 'noRiskAssessment', pointer: '', line: 1, message: 'No risk assessment is referred to, although the solution is critical to society.' }],
    },
  ],
  notApplicable: [
    head + yaml`
      profile: { kinds: [other], users: [employees], criticality: ikke-kritisk }
      personalData: { categories: ["1"] }
    `,
  ],
});
