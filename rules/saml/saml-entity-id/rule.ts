/**
 * The EntityID of a NemLog-in service is conventionally a URI starting with https://saml. (OIOSAML 3
 * OIO-GE-03; 3.0.3 also allows http://saml.). The sources disagree on how binding that is: FoxIDs says
 * it "can optionally" start so, Safewhere that it should, OIOSAML.Java's own example is
 * http://saml.serviceprovider.com. Hence a warning, and none for Context Handler SPs, which KOMBIT names.
 */
import { defineRule } from '../../../src/core/rule.js';
import { isContextHandlerSp } from '../profile.js';

export default defineRule({
  id: 'saml-entity-id',
  catalogueId: 'SAML-002',
  title: { da: 'EntityID følger OIOSAML 3', en: 'The EntityID follows OIOSAML 3' },
  architectureRules: ['AR 4.2'],
  appliesTo: 'saml',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'secondary',
  sources: [
    'https://digst.dk/it-loesninger/standarder/oiosaml-profiler/',
    'https://www.foxids.com/docs/auth-method-howto-saml-2.0-nemlogin',
    'https://github.com/digst/OIOSAML.Java',
  ],
  messages: {
    missing: { da: 'EntityDescriptor har intet entityID.', en: 'EntityDescriptor has no entityID.' },
    form: { da: 'EntityID «{entityId}» begynder ikke med https://saml., som er NemLog-ins navnekonvention.', en: "The EntityID '{entityId}' does not start with https://saml., NemLog-in's naming convention." },
  },
  fix: {
    da: 'Giv tjenesten et EntityID på formen https://saml.<jeres domæne>, fx https://saml.byggesag.kommune.dk.',
    en: 'Give the service an EntityID of the form https://saml.<your domain>, e.g. https://saml.buildings.municipality.dk.',
  },
  applies: (saml) => !isContextHandlerSp(saml),
  check(saml, context) {
    if (!saml.entityId) context.report({ at: saml.root, messageId: 'missing' });
    else if (!/^https?:\/\/saml\./i.test(saml.entityId)) context.report({ at: saml.root, messageId: 'form', data: { entityId: saml.entityId } });
  },
});
