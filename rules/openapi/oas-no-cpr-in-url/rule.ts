/**
 * AR 4.1: only necessary sensitive data is exchanged, and CPR numbers in a URL end up in logs and
 * caches. Identify persons by a UUID (as OIOSAML 3's cprUuid does) or send the number in the body.
 * Parameters are found by name, by a CPR pattern, and by example values (ten digits without the dash
 * only for parameters about a person: a phone number looks the same).
 */
import { CPR_DASHED, CPR_NAME, CPR_VALUE, label, sampleValues } from '../../../src/artefacts/openapi/facts.js';
import { defineRule } from '../../../src/core/rule.js';

/** Ten digits alone count as a CPR number only where the parameter is about a person. */
const PERSON = /person|borger|citizen|individ/i;

export default defineRule({
  id: 'oas-no-cpr-in-url',
  catalogueId: 'OAS-007',
  title: { da: 'CPR-numre sendes ikke i URL’en', en: 'CPR numbers are not sent in the URL' },
  architectureRules: ['AR 4.1'],
  appliesTo: 'openapi',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'ours',
  sources: ['http://info.rammearkitektur.dk/index.php/AR_4.1:_Opfyld_krav_til_informationssikkerhed_og_privatlivsbeskyttelse', 'https://www.digitaliser.dk/resource/4390927'],
  messages: {
    cprParameter: { da: '{operation} tager CPR-nummeret i {where} (parameteren «{name}»).', en: "{operation} takes the CPR number in the {whereEn} (parameter '{name}')." },
  },
  fix: {
    da: 'Identificér personen med et UUID (fx cprUuid fra NemLog-in eller jeres eget id), eller send CPR-nummeret i en POST-forespørgsels body.',
    en: 'Identify the person by a UUID (e.g. NemLog-in’s cprUuid or your own id), or send the CPR number in the body of a POST request.',
  },
  check(api, context) {
    const seen = new Set<object>();
    for (const op of api.operations) {
      for (const p of op.parameters) {
        if ((p.in !== 'query' && p.in !== 'path') || seen.has(p.value)) continue;
        const schema = p.schema?.value ?? {};
        const pattern = typeof schema['pattern'] === 'string' ? schema['pattern'] : '';
        const looksLikeCpr =
          CPR_NAME.test(p.name) ||
          /\\d\{6\}-?\??\\d\{4\}|\[0-9\]\{6\}-?\??\[0-9\]\{4\}/.test(pattern) ||
          [...sampleValues(p.value), ...sampleValues(schema)].some(
            (v) => typeof v === 'string' && (CPR_DASHED.test(v) || (CPR_VALUE.test(v) && PERSON.test(p.name))),
          );
        if (!looksLikeCpr) continue;
        seen.add(p.value);
        context.report({ at: p, messageId: 'cprParameter', data: { operation: label(op), name: p.name, where: p.in === 'query' ? 'forespørgslen' : 'stien', whereEn: p.in } });
      }
    }
  },
});
