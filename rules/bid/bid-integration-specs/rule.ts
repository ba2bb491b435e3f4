/**
 * An integration the solution description declares with a specification points to a contract in the
 * bid that matches its protocol: a WSDL for SOAP (Serviceplatformen's services), an OpenAPI file for
 * REST (AR 7.1).
 */
import { bidPath } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';
import { child } from '../../../src/location/pointer.js';

export default defineRule({
  id: 'bid-integration-specs',
  catalogueId: 'WSDL-005',
  title: { da: 'Integrationernes kontrakter ligger i buddet og passer til protokollen', en: 'The integrations’ contracts are in the bid and match the protocol' },
  architectureRules: ['AR 7.1'],
  appliesTo: 'bid',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://digitaliseringskataloget.dk/', 'https://arkitektur.digst.dk/metoder/arkitekturmetoder/retningslinjer-webservices/retningslinjer-webservices/bilag-1'],
  messages: {
    missing: { da: 'Kontrakten «{spec}» for {sf} findes ikke i buddet.', en: "The contract '{spec}' of {sf} is not in the bid." },
    wrongKind: { da: 'Kontrakten «{spec}» for {sf} er ikke en {expected}.', en: "The contract '{spec}' of {sf} is not {expectedEn}." },
  },
  fix: {
    da: 'Læg integrationens kontrakt i buddet – WSDL for SOAP, OpenAPI for REST – og henvis til den i integrations[].spec.',
    en: 'Put the integration’s contract in the bid — WSDL for SOAP, OpenAPI for REST — and refer to it in integrations[].spec.',
  },
  applies: (bid) => bid.solutions.some((s) => (s.doc.integrations ?? []).some((i) => typeof i?.spec === 'string')),
  check(bid, context) {
    for (const solution of bid.solutions) {
      (solution.doc.integrations ?? []).forEach((integration, i) => {
        if (typeof integration?.spec !== 'string') return;
        const spec = bidPath(integration.spec);
        const at = { file: solution.file, pointer: child('/integrations', i, 'spec') };
        const data = { spec, sf: integration.sf ?? `#${i + 1}` };
        if (!solution.bidFiles.has(spec)) {
          context.report({ at, messageId: 'missing', data });
          return;
        }
        if (integration.protocol === 'soap' && !bid.wsdls.some((w) => w.file === spec)) context.report({ at, messageId: 'wrongKind', data: { ...data, expected: 'WSDL-fil', expectedEn: 'a WSDL file' } });
        if (integration.protocol === 'rest' && !bid.openapis.some((o) => o.file === spec)) context.report({ at, messageId: 'wrongKind', data: { ...data, expected: 'OpenAPI-fil', expectedEn: 'an OpenAPI file' } });
      });
    }
  },
});
