/**
 * Digital Post shows only some file types to the recipient ("tilladte filtyper"); a letter attached in
 * another format may not open. The list here covers the common document, office and image formats;
 * Digital Post's own list is authoritative, so the rule is a warning.
 */
import { descendantsOf, NS } from '../../../src/artefacts/xml/parse.js';
import { defineRule } from '../../../src/core/rule.js';

// documents and images a recipient can open; archives, executables and unnamed binaries are not among them
const ALLOWED = new Set([
  'application/pdf', 'text/plain', 'text/html', 'text/xml', 'application/xml', 'text/csv', 'application/rtf',
  'image/jpeg', 'image/png', 'image/tiff', 'image/gif',
  'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.spreadsheet',
]);

export default defineRule({
  id: 'memo-file-types',
  catalogueId: 'MEMO-004',
  title: { da: 'Dokumenterne har filtyper, Digital Post kan vise', en: 'Documents have file types Digital Post can show' },
  architectureRules: ['AR 2.2', 'AR 5.1'],
  appliesTo: 'memo',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://digst.dk/it-loesninger/digital-post/anvendelse/forstaa-digital-post/memo/'],
  messages: {
    type: { da: 'Filen «{file}» har formatet {format}, som Digital Post ikke viser.', en: "The file '{file}' has the format {format}, which Digital Post does not show." },
    noType: { da: 'Filen «{file}» angiver ikke sit format (encodingFormat).', en: "The file '{file}' does not state its format (encodingFormat)." },
  },
  fix: {
    da: 'Send breve som PDF (gerne PDF/A) og billeder som JPEG eller PNG, og angiv encodingFormat for hver fil.',
    en: 'Send letters as PDF (preferably PDF/A) and images as JPEG or PNG, and give encodingFormat for every file.',
  },
  check(memo, context) {
    for (const file of descendantsOf(memo.root, NS.memo, 'File')) {
      const name = descendantsOf(file, NS.memo, 'filename')[0]?.text ?? '';
      const format = descendantsOf(file, NS.memo, 'encodingFormat')[0];
      if (!format) context.report({ at: file, messageId: 'noType', data: { file: name } });
      else if (!ALLOWED.has(format.text.toLowerCase())) context.report({ at: format, messageId: 'type', data: { file: name, format: format.text } });
    }
  },
});
