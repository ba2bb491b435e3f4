/**
 * OIOSAML 3: the identity provider posts its response to an AssertionConsumerService with the
 * HTTP-POST binding, over https.
 */
import { BINDING } from '../../../src/artefacts/xml/saml.js';
import { childrenOf, NS } from '../../../src/artefacts/xml/parse.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'saml-acs',
  catalogueId: 'SAML-005',
  title: { da: 'Svar modtages med HTTP-POST over HTTPS', en: 'Responses are received with HTTP-POST over HTTPS' },
  architectureRules: ['AR 4.1', 'AR 4.2'],
  appliesTo: 'saml',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'secondary',
  sources: ['https://digst.dk/it-loesninger/standarder/oiosaml-profiler/'],
  messages: {
    noPost: { da: 'Der er ingen AssertionConsumerService med HTTP-POST-binding.', en: 'There is no AssertionConsumerService with the HTTP-POST binding.' },
    notHttps: { da: 'AssertionConsumerService «{location}» bruger ikke HTTPS.', en: "The AssertionConsumerService '{location}' does not use HTTPS." },
  },
  fix: {
    da: 'Angiv en AssertionConsumerService med Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" og en https-adresse.',
    en: 'Give an AssertionConsumerService with Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" and an https address.',
  },
  check(saml, context) {
    const sp = saml.sps[0];
    if (!sp) return;
    const services = childrenOf(sp, NS.md, 'AssertionConsumerService');
    if (!services.some((s) => s.attributes['Binding'] === BINDING.post)) context.report({ at: sp, messageId: 'noPost' });
    for (const s of services) {
      const location = s.attributes['Location'] ?? '';
      if (!/^https:\/\//i.test(location)) context.report({ at: s, messageId: 'notHttps', data: { location } });
    }
  },
});
