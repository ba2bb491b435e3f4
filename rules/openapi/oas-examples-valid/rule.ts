/**
 * An example that does not follow its own schema misleads every developer who copies it, and shows
 * that the schema and the service have drifted apart (AR 6.2, AR 7.1). Every example — in media
 * types, parameters and schemas — is checked once against its schema.
 */
import { ExampleChecker } from '../../../src/artefacts/openapi/examples.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'oas-examples-valid',
  catalogueId: 'OAS-017',
  title: { da: 'Eksemplerne passer til deres skemaer', en: 'Examples match their schemas' },
  architectureRules: ['AR 6.2', 'AR 7.1'],
  appliesTo: 'openapi',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://spec.openapis.org/oas/v3.1.0#example-object', 'https://github.com/Faellesoffentlig-Digital-Arkitektur/Referencearkitektur-for-observation-og-maaling'],
  messages: {
    mismatch: { da: 'Eksemplet passer ikke til sit skema: {path} {da}.', en: 'The example does not match its schema: {path} {en}.' },
  },
  fix: {
    da: 'Ret eksemplet eller skemaet, så de passer sammen; et eksempel bør være et rigtigt svar fra servicen.',
    en: 'Correct the example or the schema so they agree; an example should be a real response from the service.',
  },
  check(api, context) {
    if (api.examples.length === 0) return;
    const checker = new ExampleChecker(api);
    const seen = new Set<unknown>();
    for (const example of api.examples) {
      const key = `${example.at.file}#${example.at.pointer}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const problem = checker.check(example.value, example.schema);
      if (problem) context.report({ at: { file: example.at.file, pointer: example.at.pointer }, messageId: 'mismatch', data: { path: problem.path, da: problem.message.da, en: problem.message.en } });
    }
  },
});
