/**
 * AR 4.1: the buyer's privacy assessment rests on the declared categories of personal data. If the
 * bid's APIs carry CPR numbers or names and addresses, the description must declare them: CPR needs
 * category 1.1, other personal data any category but 3.
 */
import { CPR_NAME } from '../../../src/artefacts/openapi/facts.js';
import { defineRule } from '../../../src/core/rule.js';

const PERSONAL = /^(navn|fornavn|efternavn|mellemnavn|fulde?navn|name|fullname|firstname|first_name|lastname|last_name|surname|givenname|familyname|adresse|address|bopael|bopæl|email|e-?mail|emailadresse|telefon|telefonnummer|mobil|phone|phonenumber|mobile|foedselsdato|fødselsdato|birthdate|dateofbirth)$/i;

export default defineRule({
  id: 'bid-personal-data-declared',
  catalogueId: 'OAS-019',
  title: { da: 'Personoplysninger i snitfladerne er erklæret i løsningsbeskrivelsen', en: 'Personal data in the interfaces is declared in the solution description' },
  architectureRules: ['AR 4.1'],
  appliesTo: 'bid',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['http://info.rammearkitektur.dk/index.php/AR_4.1:_Opfyld_krav_til_informationssikkerhed_og_privatlivsbeskyttelse', 'https://github.com/digst/IT-System-AP'],
  messages: {
    cpr: { da: 'Egenskaben «{name}» indeholder CPR-numre, men løsningsbeskrivelsen angiver ikke kategori 1.1 (personnummer).', en: "The property '{name}' holds CPR numbers, but the solution description does not declare category 1.1 (CPR numbers)." },
    personal: { da: 'Egenskaben «{name}» indeholder personoplysninger, men løsningsbeskrivelsen angiver, at løsningen ingen behandler.', en: "The property '{name}' holds personal data, but the solution description says the solution processes none." },
  },
  fix: {
    da: 'Ret personalData.categories i løsningsbeskrivelsen, så den passer med de data, snitfladerne udveksler – eller fjern oplysningerne fra snitfladen, hvis de ikke er nødvendige.',
    en: 'Correct personalData.categories in the solution description to match the data the interfaces exchange — or remove the data from the interface if it is not needed.',
  },
  applies: (bid) => bid.openapis.length > 0 && bid.solutions.some((s) => (s.doc.personalData?.categories ?? []).length > 0),
  check(bid, context) {
    const categories = new Set(bid.solutions.flatMap((s) => s.doc.personalData?.categories ?? []));
    const anyPersonal = [...categories].some((c) => c !== '3');
    for (const api of bid.openapis) {
      const seen = new Set<string>();
      for (const p of api.properties) {
        const kind = CPR_NAME.test(p.name) ? (categories.has('1.1') ? undefined : 'cpr') : PERSONAL.test(p.name) && !anyPersonal ? 'personal' : undefined;
        if (!kind || seen.has(`${kind}:${p.name}`)) continue;
        seen.add(`${kind}:${p.name}`);
        context.report({ at: { file: p.schema.file, pointer: p.schema.pointer }, messageId: kind, data: { name: p.name } });
      }
    }
  },
});
