import { ruleTester, yaml } from '../../../test/rule-tester.js';
import rule from './rule.js';

const head = yaml`
  schemaVersion: 1
  solution: { name: Hjemmeplejen, description: Planlægning af hjemmepleje., vendor: { name: Omsorg A/S, cvr: "87654321" } }
`;

ruleTester(rule, {
  valid: [
    head + yaml`
      hosting: { model: saas, providers: [Nordisk Datacenter A/S], dataLocations: [DK, SE] }
    `,
    head + yaml`
      hosting:
        model: public-cloud
        dataLocations: [IE, US]
        transferMechanism: EU’s standardkontraktbestemmelser og EU-US Data Privacy Framework
    `,
  ],
  invalid: [
    { name: 'nothing said', doc: head, errors: [{ messageId: 'noLocations', pointer: '', line: 1 }, { messageId: 'noModel', pointer: '', line: 1 }] },
    {
      name: 'third country without transfer mechanism',
      doc: head + yaml`
        hosting:
          model: public-cloud
          dataLocations: [IE, US]
      `,
      errors: [{ messageId: 'thirdCountry', pointer: '/hosting/dataLocations/1', line: 5, message: 'Data is stored in US, outside the EU/EEA, but no transfer mechanism is given.' }],
    },
  ],
});
