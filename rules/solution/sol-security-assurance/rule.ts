/**
 * AR 4.1: the vendor documents its information security with an ISO 27001 certificate or an ISAE
 * 3402/3000 auditor's report; a report older than twelve months no longer says much about today.
 */
import { monthsBetween } from '../../../src/artefacts/solution/facts.js';
import { defineRule } from '../../../src/core/rule.js';
import { child } from '../../../src/location/pointer.js';

const RECOGNISED = new Set(['iso27001', 'isae3402', 'isae3000']);
const MAX_AGE_MONTHS = 12;

export default defineRule({
  id: 'sol-security-assurance',
  catalogueId: 'SD-008',
  title: { da: 'Informationssikkerheden er dokumenteret med en gældende erklæring', en: 'Information security is documented by a current assurance report' },
  architectureRules: ['AR 4.1'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'declared',
  sourceKind: 'primary',
  sources: ['http://info.rammearkitektur.dk/index.php/AR_4.1:_Opfyld_krav_til_informationssikkerhed_og_privatlivsbeskyttelse'],
  messages: {
    missing: { da: 'Der er hverken et ISO 27001-certifikat eller en ISAE 3402- eller 3000-erklæring.', en: 'There is neither an ISO 27001 certificate nor an ISAE 3402 or 3000 report.' },
    outdated: { da: 'Erklæringen ({type}) er fra {issued} og dermed {months} måneder gammel; den må højst være {max} måneder.', en: 'The report ({type}) is from {issued}, {months} months old; it may be at most {max} months old.' },
  },
  fix: {
    da: 'Vedlæg den seneste ISO 27001-certificering eller ISAE 3402/3000-erklæring, og angiv den under assurance med type og udstedelsesdato.',
    en: 'Attach the latest ISO 27001 certificate or ISAE 3402/3000 report, and list it under assurance with its type and date of issue.',
  },
  check({ doc }, context) {
    const recognised = (doc.assurance ?? []).map((a, i) => ({ a, i })).filter(({ a }) => a?.type && RECOGNISED.has(a.type));
    if (recognised.length === 0) {
      context.report({ at: doc.assurance ? '/assurance' : '', messageId: 'missing' });
      return;
    }
    for (const { a, i } of recognised) {
      if (!a.issued || !/^\d{4}-\d{2}-\d{2}$/.test(a.issued)) continue;
      const months = monthsBetween(a.issued, context.asOf);
      if (months > MAX_AGE_MONTHS) {
        context.report({ at: child('/assurance', i, 'issued'), messageId: 'outdated', data: { type: a.type ?? '', issued: a.issued, months, max: MAX_AGE_MONTHS } });
      }
    }
  },
});
