/**
 * AR 4.1 sets special requirements when cloud is used; the buyer must know where data lives. Data
 * outside the EU/EEA needs a transfer mechanism (GDPR chapter V).
 */
import { filled } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';
import { child } from '../../../src/location/pointer.js';

/** EU member states and the EEA countries Iceland, Liechtenstein and Norway. */
const EU_EEA = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(' '));

export default defineRule({
  id: 'sol-hosting-declared',
  catalogueId: 'SD-007',
  title: { da: 'Driftsform og dataplacering er angivet', en: 'Hosting model and data locations are declared' },
  architectureRules: ['AR 4.1'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'declared',
  sourceKind: 'primary',
  sources: ['http://info.rammearkitektur.dk/index.php/AR_4.1:_Opfyld_krav_til_informationssikkerhed_og_privatlivsbeskyttelse', 'https://eur-lex.europa.eu/eli/reg/2016/679/oj'],
  messages: {
    noModel: { da: 'Driftsformen (fx SaaS eller egen drift) er ikke angivet.', en: 'The hosting model (e.g. SaaS or on-premises) is not given.' },
    noLocations: { da: 'Det er ikke angivet, i hvilke lande data ligger.', en: 'The countries where data is stored are not given.' },
    thirdCountry: { da: 'Data ligger i {country}, som er uden for EU/EØS, men der er ikke angivet et overførselsgrundlag.', en: 'Data is stored in {country}, outside the EU/EEA, but no transfer mechanism is given.' },
  },
  fix: {
    da: 'Angiv hosting.model og hosting.dataLocations. Ligger data uden for EU/EØS, så angiv grundlaget for overførslen i hosting.transferMechanism, fx EU-Kommissionens standardkontraktbestemmelser.',
    en: 'Give hosting.model and hosting.dataLocations. If data is outside the EU/EEA, give the basis for the transfer in hosting.transferMechanism, e.g. the EU standard contractual clauses.',
  },
  check({ doc }, context) {
    const hosting = doc.hosting;
    const at = hosting ? '/hosting' : '';
    if (!hosting?.model) context.report({ at, messageId: 'noModel' });
    const locations = hosting?.dataLocations ?? [];
    if (locations.length === 0) context.report({ at, messageId: 'noLocations' });
    if (filled(hosting?.transferMechanism)) return;
    locations.forEach((country, i) => {
      if (!EU_EEA.has(country)) context.report({ at: child('/hosting/dataLocations', i), messageId: 'thirdCountry', data: { country } });
    });
  },
});
