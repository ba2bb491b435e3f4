/**
 * Interfaces the solution offers are described in open standards — OpenAPI for REST, WSDL for SOAP —
 * and the description is handed in, so other vendors can integrate (AR 2.2, AR 2.3, AR 7.1).
 */
import { bidPath, filled } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';
import { child } from '../../../src/location/pointer.js';

export default defineRule({
  id: 'sol-interfaces-open-standards',
  catalogueId: 'SD-019',
  title: { da: 'Snitflader er beskrevet med åbne standarder og vedlagt', en: 'Interfaces are described in open standards and attached' },
  architectureRules: ['AR 2.2', 'AR 2.3', 'AR 7.1'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://rammearkitektur.kl.dk/principper-og-regler/faelleskommunale-arkitekturprincipper-og-regler/arkitekturprincip-7-it-loesninger-samarbejder-effektivt/ar-71-design-og-udstil-snitflader-efter-faelles-integrationsmoenstre-og-tekniske-standarder/', 'https://arkitektur.digst.dk/metoder/arkitekturmetoder/retningslinjer-webservices/retningslinjer-webservices/bilag-1'],
  messages: {
    proprietary: { da: 'Snitfladen «{name}» er proprietær.', en: "The interface '{name}' is proprietary." },
    noSpec: { da: 'Snitfladen «{name}» ({type}) har ingen specifikation (OpenAPI eller WSDL).', en: "The interface '{name}' ({type}) has no specification (OpenAPI or WSDL)." },
    specNotInBid: { da: 'Specifikationen «{spec}» for snitfladen «{name}» findes ikke i buddet.', en: "The specification '{spec}' of the interface '{name}' is not in the bid." },
  },
  fix: {
    da: 'Beskriv REST-snitflader med OpenAPI og SOAP-snitflader med WSDL, læg filerne ved buddet, og henvis til dem i interfaces[].spec. Erstat proprietære snitflader med åbne.',
    en: 'Describe REST interfaces with OpenAPI and SOAP interfaces with WSDL, attach the files to the bid, and refer to them in interfaces[].spec. Replace proprietary interfaces with open ones.',
  },
  check({ doc, bidFiles }, context) {
    (doc.interfaces ?? []).forEach((iface, i) => {
      if (!iface) return;
      const name = iface.name ?? `#${i + 1}`;
      if (iface.type === 'proprietary') {
        context.report({ at: child('/interfaces', i, 'type'), messageId: 'proprietary', data: { name } });
      } else if ((iface.type === 'rest' || iface.type === 'soap') && !filled(iface.spec)) {
        context.report({ at: child('/interfaces', i), messageId: 'noSpec', data: { name, type: iface.type.toUpperCase() } });
      } else if (filled(iface.spec) && !bidFiles.has(bidPath(iface.spec))) {
        context.report({ at: child('/interfaces', i, 'spec'), messageId: 'specNotInBid', data: { name, spec: iface.spec } });
      }
    });
  },
});
