/**
 * AR 4.1: only necessary personal data. A service that asks NemLog-in for the CPR number must have
 * declared that it processes CPR numbers (category 1.1); otherwise cprUuid identifies the person.
 */
import { childrenOf, descendantsOf, NS } from '../../../src/artefacts/xml/parse.js';
import { defineRule } from '../../../src/core/rule.js';

const CPR = 'https://data.gov.dk/model/core/eid/cprNumber';

export default defineRule({
  id: 'bid-saml-minimal-attributes',
  catalogueId: 'SAML-013',
  title: { da: 'Login beder kun om CPR-nummeret, når det er erklæret', en: 'Login asks for the CPR number only when it is declared' },
  architectureRules: ['AR 4.1'],
  appliesTo: 'bid',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['http://info.rammearkitektur.dk/index.php/AR_4.1:_Opfyld_krav_til_informationssikkerhed_og_privatlivsbeskyttelse', 'https://www.digitaliser.dk/resource/4390927'],
  messages: {
    cpr: { da: 'Metadata beder om CPR-nummeret, men løsningsbeskrivelsen angiver ikke kategori 1.1 (personnummer).', en: 'The metadata requests the CPR number, but the solution description does not declare category 1.1 (CPR numbers).' },
  },
  fix: {
    da: 'Brug cprUuid til at genkende brugeren, og bed kun om cprNumber, hvis løsningen har brug for det – så angiv kategori 1.1 i personalData.categories.',
    en: 'Use cprUuid to recognise the user, and request cprNumber only if the solution needs it — then declare category 1.1 in personalData.categories.',
  },
  applies: (bid) => bid.samls.length > 0 && bid.solutions.some((s) => (s.doc.personalData?.categories ?? []).length > 0),
  check(bid, context) {
    if (bid.solutions.some((s) => (s.doc.personalData?.categories ?? []).includes('1.1'))) return;
    for (const saml of bid.samls) {
      for (const sp of saml.sps) {
        for (const service of childrenOf(sp, NS.md, 'AttributeConsumingService')) {
          const requested = descendantsOf(service, NS.md, 'RequestedAttribute').find((a) => a.attributes['Name'] === CPR);
          if (requested) context.report({ at: { file: saml.file, pointer: requested.path, range: requested.range }, messageId: 'cpr' });
        }
      }
    }
  },
});
