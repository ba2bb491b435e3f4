/**
 * Signed assertions let the service trust the login it receives, and NemLog-in signs them. No source
 * says NemLog-in rejects metadata without WantAssertionsSigned="true", so saying so is a SHOULD.
 */
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'saml-want-assertions-signed',
  catalogueId: 'SAML-015',
  title: { da: 'Tjenesten beder om signerede assertions', en: 'The service asks for signed assertions' },
  architectureRules: ['AR 4.1', 'AR 4.2'],
  appliesTo: 'saml',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'secondary',
  sources: ['https://www.foxids.com/docs/auth-method-howto-saml-2.0-nemlogin', 'https://github.com/digst/OIOSAML.Java'],
  messages: {
    missing: { da: 'SPSSODescriptor har ikke WantAssertionsSigned="true".', en: 'SPSSODescriptor does not have WantAssertionsSigned="true".' },
  },
  fix: {
    da: 'Sæt WantAssertionsSigned="true" på SPSSODescriptor, og afvis assertions uden gyldig signatur.',
    en: 'Set WantAssertionsSigned="true" on SPSSODescriptor, and reject assertions without a valid signature.',
  },
  check(saml, context) {
    const sp = saml.sps[0];
    if (sp && sp.attributes['WantAssertionsSigned'] !== 'true') context.report({ at: sp, messageId: 'missing' });
  },
});
