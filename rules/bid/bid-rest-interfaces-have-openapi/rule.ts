/**
 * FDA R06: every REST interface is documented by an OpenAPI file per version. Each REST interface
 * the solution description declares points to a file in the bid that is an OpenAPI 3 document and can
 * be read: a REST interface without a named file, or whose file is not in the bid, has no OpenAPI
 * description the buyer can see.
 */
import { bidPath } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';
import { child } from '../../../src/location/pointer.js';

export default defineRule({
  id: 'bid-rest-interfaces-have-openapi',
  catalogueId: 'OAS-001',
  title: { da: 'Hver REST-snitflade har en læsbar OpenAPI 3-beskrivelse', en: 'Every REST interface has a readable OpenAPI 3 description' },
  architectureRules: ['AR 7.1', 'AR 1.3'],
  appliesTo: 'bid',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://arkitektur.digst.dk/metoder/arkitekturmetoder/retningslinjer-webservices/retningslinjer-webservices/bilag-1'],
  messages: {
    noSpec: { da: 'REST-snitfladen «{name}» henviser ikke til en OpenAPI-beskrivelse.', en: "The REST interface '{name}' does not refer to an OpenAPI description." },
    missingFile: { da: 'OpenAPI-beskrivelsen «{spec}» for snitfladen «{name}» findes ikke i buddet.', en: "The OpenAPI description '{spec}' of the interface '{name}' is not in the bid." },
    unparsable: { da: 'Specifikationen «{spec}» for snitfladen «{name}» kan ikke læses.', en: "The specification '{spec}' of the interface '{name}' cannot be parsed." },
    notOpenApi: { da: 'Filen «{spec}» for snitfladen «{name}» er ikke en OpenAPI-beskrivelse.', en: "The file '{spec}' of the interface '{name}' is not an OpenAPI description." },
    swagger2: { da: 'Snitfladen «{name}» er beskrevet i Swagger 2.0; brug OpenAPI 3.0 eller 3.1.', en: "The interface '{name}' is described in Swagger 2.0; use OpenAPI 3.0 or 3.1." },
  },
  fix: {
    da: 'Læg en OpenAPI 3.0- eller 3.1-fil for hver REST-snitflade i buddet, og henvis til den i interfaces[].spec.',
    en: 'Put an OpenAPI 3.0 or 3.1 file for every REST interface in the bid, and refer to it in interfaces[].spec.',
  },
  check(bid, context) {
    for (const solution of bid.solutions) {
      (solution.doc.interfaces ?? []).forEach((iface, i) => {
        if (iface?.type !== 'rest') return;
        const name = iface.name ?? `#${i + 1}`;
        if (typeof iface.spec !== 'string' || iface.spec.trim() === '') {
          context.report({ at: { file: solution.file, pointer: child('/interfaces', i) }, messageId: 'noSpec', data: { name } });
          return;
        }
        const spec = bidPath(iface.spec);
        const at = { file: solution.file, pointer: child('/interfaces', i, 'spec') };
        if (!solution.bidFiles.has(spec)) {
          context.report({ at, messageId: 'missingFile', data: { spec, name } });
          return;
        }
        const api = bid.openapis.find((o) => o.file === spec);
        if (bid.unparsable.has(spec)) context.report({ at, messageId: 'unparsable', data: { spec, name } });
        else if (!api) context.report({ at, messageId: 'notOpenApi', data: { spec, name } });
        else if (api.version === '2.0') context.report({ at, messageId: 'swagger2', data: { name } });
      });
    }
  },
});
