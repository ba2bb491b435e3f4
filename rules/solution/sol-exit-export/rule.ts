/**
 * No lock-in (AR 2.3, goal "Flere leverandører"): the municipality can take all its data — records,
 * documents, metadata and logs — out in open, documented formats.
 */
import { defineRule } from '../../../src/core/rule.js';
import { child } from '../../../src/location/pointer.js';

/** Formats a municipality can read without the vendor's software. */
const OPEN_FORMATS = new Set(['json', 'csv', 'xml', 'pdf-a', 'pdfa', 'pdf/a', 'odf', 'odt', 'ods', 'ooxml', 'docx', 'xlsx', 'tiff', 'png', 'jpeg', 'jpg', 'txt', 'html', 'geojson', 'gml', 'sql-ansi']);
const FULL_SCOPE = ['data', 'documents', 'metadata', 'logs'] as const;

export default defineRule({
  id: 'sol-exit-export',
  catalogueId: 'SD-020',
  title: { da: 'Alle data kan trækkes ud i åbne formater', en: 'All data can be exported in open formats' },
  architectureRules: ['AR 2.3'],
  appliesTo: 'solution',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'declared',
  sourceKind: 'primary',
  sources: ['https://rammearkitektur.kl.dk/maal-og-principper/faelleskommunale-arkitekturprincipper-og-regler/arkitekturprincip-2-arkitektur-fremmer-sammenhaeng-innovation-og-effektivitet'],
  messages: {
    missing: { da: 'Det er ikke beskrevet, hvordan kommunen får sine data ud af løsningen.', en: 'The description does not say how the municipality gets its data out of the solution.' },
    closedFormat: { da: 'Udtræksformatet «{format}» er ikke et åbent format.', en: "The export format '{format}' is not an open format." },
    incompleteScope: { da: 'Udtrækket omfatter ikke {missing}.', en: 'The export does not cover {missingEn}.' },
    undocumented: { da: 'Udtrækkets struktur er ikke dokumenteret (fx med JSON Schema eller XSD).', en: 'The export’s structure is not documented (e.g. by JSON Schema or XSD).' },
  },
  fix: {
    da: 'Beskriv under exit.export et fuldt udtræk af data, dokumenter, metadata og logs i åbne formater (fx JSON, CSV, XML, PDF/A) med dokumenteret struktur.',
    en: 'Describe under exit.export a full export of data, documents, metadata and logs in open formats (e.g. JSON, CSV, XML, PDF/A) with a documented structure.',
  },
  check({ doc }, context) {
    const exp = doc.exit?.export;
    if (!exp || (exp.formats ?? []).length === 0) {
      context.report({ at: exp ? '/exit/export' : doc.exit ? '/exit' : '', messageId: 'missing' });
      return;
    }
    (exp.formats ?? []).forEach((format, i) => {
      if (!OPEN_FORMATS.has(String(format).toLowerCase().replace(/\s+/g, '-'))) {
        context.report({ at: child('/exit/export/formats', i), messageId: 'closedFormat', data: { format: String(format) } });
      }
    });
    const missing = FULL_SCOPE.filter((part) => !(exp.scope ?? []).includes(part));
    if (missing.length > 0) {
      const da = { data: 'data', documents: 'dokumenter', metadata: 'metadata', logs: 'logs' };
      context.report({ at: exp.scope ? '/exit/export/scope' : '/exit/export', messageId: 'incompleteScope', data: { missing: missing.map((m) => da[m]).join(', '), missingEn: missing.join(', ') } });
    }
    if (exp.schemaDocumented !== true) context.report({ at: '/exit/export', messageId: 'undocumented' });
  },
});
