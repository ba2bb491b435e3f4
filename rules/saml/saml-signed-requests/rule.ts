/**
 * NemLog-in accepts only signed AuthnRequests and LogoutRequests, and assertions are signed too:
 * the metadata says so with AuthnRequestsSigned="true" and WantAssertionsSigned="true".
 */
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'saml-signed-requests',
  catalogueId: 'SAML-004',
  title: { da: 'Forespørgsler og svar er signerede', en: 'Requests and responses are signed' },
  architectureRules: ['AR 4.1', 'AR 4.2'],
  appliesTo: 'saml',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'secondary',
  sources: ['https://www.foxids.com/docs/up-party-howto-saml-2.0-nemlogin', 'https://digst.dk/it-loesninger/standarder/oiosaml-profiler/'],
  messages: {
    requests: { da: 'SPSSODescriptor har ikke AuthnRequestsSigned="true"; NemLog-in afviser usignerede forespørgsler.', en: 'SPSSODescriptor does not have AuthnRequestsSigned="true"; NemLog-in rejects unsigned requests.' },
    assertions: { da: 'SPSSODescriptor har ikke WantAssertionsSigned="true".', en: 'SPSSODescriptor does not have WantAssertionsSigned="true".' },
  },
  fix: {
    da: 'Sæt AuthnRequestsSigned="true" og WantAssertionsSigned="true" på SPSSODescriptor, og signér forespørgslerne med signeringscertifikatet.',
    en: 'Set AuthnRequestsSigned="true" and WantAssertionsSigned="true" on SPSSODescriptor, and sign the requests with the signing certificate.',
  },
  check(saml, context) {
    const sp = saml.sps[0];
    if (!sp) return;
    if (sp.attributes['AuthnRequestsSigned'] !== 'true') context.report({ at: sp, messageId: 'requests' });
    if (sp.attributes['WantAssertionsSigned'] !== 'true') context.report({ at: sp, messageId: 'assertions' });
  },
});
