/**
 * Metadata made from a template must not carry the template's example hosts or placeholders into
 * registration: the entityID and every endpoint are the service's own.
 */
import { looksLikePlaceholder } from '../../../src/artefacts/xml/saml.js';
import { defineRule } from '../../../src/core/rule.js';

const ENDPOINTS = new Set(['AssertionConsumerService', 'SingleLogoutService', 'ArtifactResolutionService']);

export default defineRule({
  id: 'saml-placeholders',
  catalogueId: 'SAML-011',
  title: { da: 'Metadata indeholder ingen pladsholdere fra en skabelon', en: 'The metadata holds no template placeholders' },
  architectureRules: ['AR 4.2'],
  appliesTo: 'saml',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'ours',
  sources: ['https://tu.nemlog-in.dk/oprettelse-og-administration-af-tjenester/login/dokumentation-og-guides/'],
  messages: {
    placeholder: { da: '«{value}» ligner en pladsholder fra en skabelon.', en: "'{value}' looks like a placeholder from a template." },
  },
  fix: {
    da: 'Erstat pladsholderne med tjenestens rigtige EntityID og adresser.',
    en: 'Replace the placeholders with the service’s real EntityID and addresses.',
  },
  check(saml, context) {
    if (saml.entityId && looksLikePlaceholder(saml.entityId)) context.report({ at: saml.root, messageId: 'placeholder', data: { value: saml.entityId } });
    for (const sp of saml.sps) {
      for (const el of sp.children) {
        const location = el.attributes['Location'];
        if (ENDPOINTS.has(el.local) && location && looksLikePlaceholder(location)) context.report({ at: el, messageId: 'placeholder', data: { value: location } });
      }
    }
  },
});
