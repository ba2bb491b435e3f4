/**
 * Fælles krav #12: dates in agreed formats. A property named as a date or a time (dato, date,
 * tidspunkt, createdAt, …) that is a string says so with format: date or date-time (ISO 8601).
 */
import { schemaType } from '../../../src/artefacts/openapi/facts.js';
import { defineRule } from '../../../src/core/rule.js';

const DATE_NAME = /(dato|date|tidspunkt|timestamp|datetime|(^|[a-z_])time$|Time$|_at$|[a-z]At$|^(oprettet|opdateret|aendret|ændret|modtaget|afsendt|udloeb|udløb|gyldigFra|gyldigTil)$)/;

export default defineRule({
  id: 'oas-date-formats',
  catalogueId: 'OAS-014',
  title: { da: 'Datoer og tidspunkter har et standardformat', en: 'Dates and times have a standard format' },
  architectureRules: ['AR 6.2'],
  appliesTo: 'openapi',
  severity: 'info',
  level: 'MAY',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://arkitektur.digst.dk/node/722'],
  messages: {
    noFormat: { da: 'Egenskaben «{name}» ligner en dato eller et tidspunkt, men har ikke format: date eller date-time.', en: "The property '{name}' looks like a date or time but has no format: date or date-time." },
  },
  fix: {
    da: 'Giv egenskaben format: date (ÅÅÅÅ-MM-DD) eller format: date-time (ISO 8601 med tidszone).',
    en: 'Give the property format: date (YYYY-MM-DD) or format: date-time (ISO 8601 with time zone).',
  },
  check(api, context) {
    const seen = new Set<object>();
    for (const p of api.properties) {
      const s = p.schema.value;
      if (seen.has(s) || schemaType(s) !== 'string' || typeof s['format'] === 'string' || 'enum' in s || !DATE_NAME.test(p.name)) continue;
      seen.add(s);
      context.report({ at: p.schema, messageId: 'noFormat', data: { name: p.name } });
    }
  },
});
