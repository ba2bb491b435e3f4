/**
 * NemLog-in accepts only signed AuthnRequests and LogoutRequests ("NemLog-in requires all requests
 * (authn and logout) … to be signed", FoxIDs): the metadata says so with AuthnRequestsSigned="true".
 * WantAssertionsSigned is a separate, softer rule (saml-want-assertions-signed).
 */
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'saml-signed-requests',
  catalogueId: 'SAML-004',
  title: { da: 'Forespørgsler til NemLog-in er signerede', en: 'Requests to NemLog-in are signed' },
  architectureRules: ['AR 4.1', 'AR 4.2'],
  appliesTo: 'saml',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'secondary',
  sources: ['https://www.foxids.com/docs/auth-method-howto-saml-2.0-nemlogin', 'https://digst.dk/it-loesninger/standarder/oiosaml-profiler/'],
  messages: {
    requests: { da: 'SPSSODescriptor har ikke AuthnRequestsSigned="true"; NemLog-in afviser usignerede forespørgsler.', en: 'SPSSODescriptor does not have AuthnRequestsSigned="true"; NemLog-in rejects unsigned requests.' },
  },
  fix: {
    da: 'Sæt AuthnRequestsSigned="true" på SPSSODescriptor, og signér forespørgslerne med signeringscertifikatet.',
    en: 'Set AuthnRequestsSigned="true" on SPSSODescriptor, and sign the requests with the signing certificate.',
  },
  check(saml, context) {
    const sp = saml.sps[0];
    if (!sp) return;
    if (sp.attributes['AuthnRequestsSigned'] !== 'true') context.report({ at: sp, messageId: 'requests' });
  },
});
