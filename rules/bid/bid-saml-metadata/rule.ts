/**
 * A solution that logs users in through NemLog-in or the joint municipal access control registers SP
 * metadata there; the bid carries that metadata, and it is the metadata of the EntityID and file the
 * solution description names (AR 4.2).
 */
import { bidPath } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';

const FEDERATED = new Set(['nemlog-in', 'mitid-erhverv', 'fk-adgangsstyring']);

export default defineRule({
  id: 'bid-saml-metadata',
  catalogueId: 'SAML-012',
  title: { da: 'SAML-metadata for login ligger i buddet', en: 'The SAML metadata for login is in the bid' },
  architectureRules: ['AR 4.2', 'AR 2.1'],
  appliesTo: 'bid',
  severity: 'error',
  level: 'MUST',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://tu.nemlog-in.dk/oprettelse-og-administration-af-tjenester/login/dokumentation-og-guides/', 'https://digitaliseringskataloget.dk/tilslutningsguide-brugervendt-system'],
  messages: {
    none: { da: '{group} logger ind via {provider}, men buddet indeholder ingen SAML-metadata for tjenesten.', en: '{groupEn} log in through {provider}, but the bid holds no SAML metadata for the service.' },
    missingFile: { da: 'Løsningsbeskrivelsen henviser til SAML-metadata i «{file}», men filen findes ikke i buddet.', en: "The solution description refers to SAML metadata in '{file}', but the file is not in the bid." },
    notMetadata: { da: 'Filen «{file}» er ikke SAML-metadata for en tjenesteudbyder.', en: "The file '{file}' is not SAML service-provider metadata." },
    entityId: { da: 'EntityID «{entityId}» findes ikke i buddets SAML-metadata ({found}).', en: "The EntityID '{entityId}' is not in the bid’s SAML metadata ({found})." },
  },
  fix: {
    da: 'Læg tjenestens SP-metadata i buddet, henvis til filen i authentication.<gruppe>.metadata, og skriv det samme EntityID i entityId.',
    en: 'Put the service’s SP metadata in the bid, refer to the file in authentication.<group>.metadata, and write the same EntityID in entityId.',
  },
  applies: (bid) => bid.solutions.some((s) => Object.values(s.doc.authentication ?? {}).some((l) => l?.provider && FEDERATED.has(l.provider))),
  check(bid, context) {
    const names = { citizens: ['Borgere', 'Citizens'], businesses: ['Virksomheder', 'Businesses'], employees: ['Medarbejdere', 'Staff'] } as const;
    for (const solution of bid.solutions) {
      for (const group of ['citizens', 'businesses', 'employees'] as const) {
        const login = solution.doc.authentication?.[group];
        if (!login?.provider || !FEDERATED.has(login.provider)) continue;
        const at = (field: string) => ({ file: solution.file, pointer: `/authentication/${group}${field}` });
        if (login.metadata) {
          const file = bidPath(login.metadata);
          // a file the description names must be there: a missing one is no proof of registration
          if (!solution.bidFiles.has(file)) context.report({ at: at('/metadata'), messageId: 'missingFile', data: { file } });
          else if (!bid.samls.some((s) => s.file === file)) context.report({ at: at('/metadata'), messageId: 'notMetadata', data: { file } });
        } else if (bid.samls.length === 0) {
          context.report({ at: at('/provider'), messageId: 'none', data: { group: names[group][0], groupEn: names[group][1], provider: login.provider } });
        }
        if (login.entityId && bid.samls.length > 0 && !bid.samls.some((s) => s.entityId === login.entityId)) {
          context.report({ at: at('/entityId'), messageId: 'entityId', data: { entityId: login.entityId, found: bid.samls.map((s) => s.entityId ?? '–').join(', ') } });
        }
      }
    }
  },
});
