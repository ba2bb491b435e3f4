/**
 * OIOSAML 3 (and 4.0.0) names attributes as URIs under https://data.gov.dk/ (specVersion, NSIS level,
 * cprUuid, …), with NameFormat uri. OIOSAML 2's names (urn:oid:…, dk:gov:saml:attribute:…) are retired
 * at NemLog-in; the finding names the successor where there is one. KOMBIT's Context Handler still
 * takes OIOSAML 2 and issues its own KombitSpecVer, so neither is flagged in a Context Handler SP.
 */
import { URI_FORMAT } from '../../../src/artefacts/xml/saml.js';
import { childOf, childrenOf, NS } from '../../../src/artefacts/xml/parse.js';
import { defineRule } from '../../../src/core/rule.js';
import { isContextHandlerSp, KOMBIT_SPEC_VER } from '../profile.js';

const EID = 'https://data.gov.dk/model/core/eid/';

/** OIOSAML 3 names that are themselves deprecated, and what to ask for instead. */
const DEPRECATED: Record<string, string> = {
  [`${EID}professional/rid`]: `${EID}professional/uuid/persistent`,
};

const SPEC_VERSION = 'https://data.gov.dk/model/core/specVersion';
const LOA = 'https://data.gov.dk/concept/core/nsis/loa';
/** The same two in OIOSAML 2 form, as a Context Handler SP may ask for them. */
const OIOSAML2_FORM: Record<string, string> = { [SPEC_VERSION]: 'dk:gov:saml:attribute:SpecVer', [LOA]: 'dk:gov:saml:attribute:AssuranceLevel' };

/** OIOSAML 2 attribute names and their OIOSAML 3 successors, where one exists. */
const SUCCESSORS: Record<string, string> = {
  'dk:gov:saml:attribute:specver': 'https://data.gov.dk/model/core/specVersion',
  'dk:gov:saml:attribute:assurancelevel': 'https://data.gov.dk/concept/core/nsis/loa',
  'dk:gov:saml:attribute:cprnumberidentifier': `${EID}cprNumber`,
  'dk:gov:saml:attribute:cvrnumberidentifier': `${EID}professional/cvr`,
  // professional/rid is itself deprecated: the lasting successor is the persistent professional UUID
  'dk:gov:saml:attribute:ridnumberidentifier': `${EID}professional/uuid/persistent`,
  // the legacy PID, deprecated but the successor of PidNumberIdentifier; cprUuid replaces the CPR number
  'dk:gov:saml:attribute:pidnumberidentifier': `${EID}person/pid`,
  'dk:gov:saml:attribute:privileges_intermediate': `${EID}privilegesIntermediate`,
  'urn:oid:2.5.4.3': `${EID}fullName`,
  'urn:oid:2.5.4.4': `${EID}lastName`,
  'urn:oid:2.5.4.10': `${EID}professional/orgName`,
  'urn:oid:0.9.2342.19200300.100.1.3': `${EID}email`,
  'urn:oid:0.9.2342.19200300.100.1.1': `${EID}professional/uuid/persistent`,
};

export default defineRule({
  id: 'saml-oiosaml3-attributes',
  catalogueId: 'SAML-008',
  title: { da: 'De ønskede attributter følger OIOSAML 3', en: 'The requested attributes follow OIOSAML 3' },
  architectureRules: ['AR 4.2', 'AR 2.1'],
  appliesTo: 'saml',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'secondary',
  sources: [
    'https://www.digitaliser.dk/resource/4390927',
    'https://digst.dk/it-loesninger/standarder/oiosaml-profiler/',
    'https://github.com/ITfoxtec/ITfoxtec.Identity.Saml2/blob/main/test/TestWebAppCoreNemLogin3Sp/Identity/OioSaml3ClaimTypes.cs',
    'https://github.com/digst/OIOSAML.Java',
    'https://www.foxids.com/docs/howto-saml-2.0-context-handler',
  ],
  messages: {
    noService: { da: 'Der er ingen AttributeConsumingService, der siger, hvilke attributter tjenesten skal have.', en: 'There is no AttributeConsumingService saying which attributes the service needs.' },
    retired: { da: 'Attributten «{name}» er et OIOSAML 2-navn; brug OIOSAML 3-navnet under https://data.gov.dk/.', en: "The attribute '{name}' is an OIOSAML 2 name; use the OIOSAML 3 name under https://data.gov.dk/." },
    retiredWithSuccessor: { da: 'Attributten «{name}» er et OIOSAML 2-navn; i OIOSAML 3 hedder den {successor}.', en: "The attribute '{name}' is an OIOSAML 2 name; in OIOSAML 3 it is {successor}." },
    noLoa: { da: 'Tjenesten beder ikke om NSIS-sikringsniveauet (https://data.gov.dk/concept/core/nsis/loa).', en: 'The service does not request the NSIS assurance level (https://data.gov.dk/concept/core/nsis/loa).' },
    deprecated: { da: 'Attributten «{name}» er forældet; bed om {successor} i stedet.', en: "The attribute '{name}' is deprecated; request {successor} instead." },
    unknown: { da: 'Attributten «{name}» er ikke et OIOSAML 3-navn (https://data.gov.dk/…).', en: "The attribute '{name}' is not an OIOSAML 3 name (https://data.gov.dk/…)." },
    noSpecVersion: { da: 'Tjenesten beder ikke om specVersion (https://data.gov.dk/model/core/specVersion).', en: 'The service does not request specVersion (https://data.gov.dk/model/core/specVersion).' },
    nameFormat: { da: 'Attributten «{name}» har ikke NameFormat {format}.', en: "The attribute '{name}' does not have NameFormat {format}." },
  },
  fix: {
    da: 'Beskriv de ønskede attributter i en AttributeConsumingService med OIOSAML 3-navne, fx https://data.gov.dk/model/core/eid/cprUuid, og NameFormat urn:oasis:names:tc:SAML:2.0:attrname-format:uri.',
    en: 'List the requested attributes in an AttributeConsumingService with OIOSAML 3 names, e.g. https://data.gov.dk/model/core/eid/cprUuid, and NameFormat urn:oasis:names:tc:SAML:2.0:attrname-format:uri.',
  },
  check(saml, context) {
    const sp = saml.sps[0];
    if (!sp) return;
    const service = childOf(sp, NS.md, 'AttributeConsumingService');
    if (!service) {
      context.report({ at: sp, messageId: 'noService' });
      return;
    }
    const attributes = childrenOf(service, NS.md, 'RequestedAttribute');
    const contextHandler = isContextHandlerSp(saml);
    for (const a of attributes) {
      const name = a.attributes['Name'] ?? '';
      if ((KOMBIT_SPEC_VER as readonly string[]).includes(name)) continue;
      const oiosaml2 = /^(urn:oid:|dk:gov:saml:attribute:)/i.test(name);
      // the Context Handler can be connected with OIOSAML 2: its names are not retired there
      if (oiosaml2 && contextHandler) continue;
      const successor = SUCCESSORS[name.toLowerCase()];
      if (successor) context.report({ at: a, messageId: 'retiredWithSuccessor', data: { name, successor } });
      else if (oiosaml2) context.report({ at: a, messageId: 'retired', data: { name } });
      else if (!name.startsWith('https://data.gov.dk/')) context.report({ at: a, messageId: 'unknown', data: { name } });
      else if (a.attributes['NameFormat'] !== URI_FORMAT) context.report({ at: a, messageId: 'nameFormat', data: { name, format: URI_FORMAT } });
      else if (DEPRECATED[name]) context.report({ at: a, messageId: 'deprecated', data: { name, successor: DEPRECATED[name]! } });
    }
    const names = new Set(attributes.map((a) => a.attributes['Name'] ?? ''));
    const asks = (name: string) => names.has(name) || (contextHandler && names.has(OIOSAML2_FORM[name]!));
    if (!asks(SPEC_VERSION)) context.report({ at: service, messageId: 'noSpecVersion' });
    if (!asks(LOA)) context.report({ at: service, messageId: 'noLoa' });
  },
});
