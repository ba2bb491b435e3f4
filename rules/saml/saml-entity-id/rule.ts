/**
 * OIOSAML 3 [OIO-GE-03]: the EntityID of a service is a URI starting with https://saml. (3.0.3 also
 * allows http://saml.), which is how NemLog-in expects services to be named.
 */
import { defineRule } from '../../../src/core/rule.js';

export default defineRule({
  id: 'saml-entity-id',
  catalogueId: 'SAML-002',
  title: { da: 'EntityID følger OIOSAML 3', en: 'The EntityID follows OIOSAML 3' },
  architectureRules: ['AR 4.2'],
  appliesTo: 'saml',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'secondary',
  sources: ['https://digst.dk/it-loesninger/standarder/oiosaml-profiler/', 'https://www.foxids.com/docs/up-party-howto-saml-2.0-nemlogin'],
  messages: {
    missing: { da: 'EntityDescriptor har intet entityID.', en: 'EntityDescriptor has no entityID.' },
    form: { da: 'EntityID «{entityId}» begynder ikke med https://saml.', en: "The EntityID '{entityId}' does not start with https://saml." },
  },
  fix: {
    da: 'Giv tjenesten et EntityID på formen https://saml.<jeres domæne>, fx https://saml.byggesag.kommune.dk.',
    en: 'Give the service an EntityID of the form https://saml.<your domain>, e.g. https://saml.buildings.municipality.dk.',
  },
  check(saml, context) {
    if (!saml.entityId) context.report({ at: saml.root, messageId: 'missing' });
    else if (!/^https?:\/\/saml\./i.test(saml.entityId)) context.report({ at: saml.root, messageId: 'form', data: { entityId: saml.entityId } });
  },
});
