/**
 * NemLog-in and the Context Handler read exactly one service provider from the metadata, speaking
 * SAML 2.0 (OIOSAML 3 builds on it). Metadata with several SP descriptors, or none that names the
 * SAML 2.0 protocol, cannot be registered as intended.
 */
import { SAML2_PROTOCOL } from '../../../src/artefacts/xml/saml.js';
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'saml-sp-descriptor',
  catalogueId: 'SAML-001',
  title: { da: 'Metadata beskriver én SAML 2.0-tjenesteudbyder', en: 'The metadata describes one SAML 2.0 service provider' },
  architectureRules: ['AR 4.2', 'AR 2.1'],
  appliesTo: 'saml',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://digst.dk/it-loesninger/standarder/oiosaml-profiler/', 'https://docs.oasis-open.org/security/saml/v2.0/saml-metadata-2.0-os.pdf'],
  messages: {
    several: { da: 'Metadata har {count} SPSSODescriptor-elementer; der må kun være ét.', en: 'The metadata has {count} SPSSODescriptor elements; there must be exactly one.' },
    protocol: { da: 'SPSSODescriptor angiver ikke SAML 2.0-protokollen i protocolSupportEnumeration.', en: 'SPSSODescriptor does not name the SAML 2.0 protocol in protocolSupportEnumeration.' },
  },
  fix: {
    da: 'Lav én EntityDescriptor med ét SPSSODescriptor, og sæt protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol".',
    en: 'Make one EntityDescriptor with one SPSSODescriptor, and set protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol".',
  },
  check(saml, context) {
    if (saml.sps.length > 1) context.report({ at: saml.sps[1]!, messageId: 'several', data: { count: saml.sps.length } });
    const sp = saml.sps[0];
    if (sp && !(sp.attributes['protocolSupportEnumeration'] ?? '').split(/\s+/).includes(SAML2_PROTOCOL)) context.report({ at: sp, messageId: 'protocol' });
  },
});
