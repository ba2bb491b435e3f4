/**
 * Base data is referred to by its own identifiers, typed so they can be checked (AR 6.1): DAR
 * addresses by UUID, CVR numbers as eight digits, KLE numbers in their dotted form.
 */
import { schemaType } from '../../../src/artefacts/openapi/facts.js';
import { defineRule } from '../../../src/core/rule.js';

const KINDS = [
  { name: /^(adresse|address|adgangsadresse|husnummer|dar)[-_]?(id|uuid)$/i, ok: (s: Record<string, unknown>) => s['format'] === 'uuid' || /[0-9a-f]\{8\}-/i.test(String(s['pattern'] ?? '')), da: 'et DAR-id (format: uuid)', en: 'a DAR id (format: uuid)' },
  { name: /^(cvr|cvr[-_]?(nummer|nr|no|number))$/i, ok: (s: Record<string, unknown>) => typeof s['pattern'] === 'string' || s['maxLength'] === 8 || schemaType(s) === 'integer', da: 'et CVR-nummer (otte cifre, fx pattern: "^\\\\d{8}$")', en: 'a CVR number (eight digits, e.g. pattern: "^\\\\d{8}$")' },
  { name: /^(kle|kle[-_]?(nummer|nr|no|number|kode|code))$/i, ok: (s: Record<string, unknown>) => typeof s['pattern'] === 'string' || Array.isArray(s['enum']), da: 'et KLE-nummer (fx pattern: "^\\\\d{2}(\\\\.\\\\d{2}){0,2}$")', en: 'a KLE number (e.g. pattern: "^\\\\d{2}(\\\\.\\\\d{2}){0,2}$")' },
];

export default defineRule({
  id: 'oas-base-data-identifiers',
  catalogueId: 'OAS-020',
  title: { da: 'Grunddata-id’er har det rigtige format', en: 'Base data identifiers are typed as what they are' },
  architectureRules: ['AR 6.1', 'AR 6.2'],
  appliesTo: 'openapi',
  severity: 'info',
  level: 'MAY',
  mode: 'automatic',
  sourceKind: 'ours',
  sources: ['https://arkitektur.digst.dk/principper/princip-6-gode-data-deles-og-genbruges/arkitekturregel-61-del-og-genbrug-data', 'https://datafordeler.dk/faq/anvendelse/'],
  messages: {
    untyped: { da: 'Egenskaben «{name}» bør beskrives som {kind}.', en: "The property '{name}' should be described as {kindEn}." },
  },
  fix: {
    da: 'Giv grunddata-id’er deres format: DAR-id’er format: uuid, CVR-numre et mønster med otte cifre, KLE-numre et mønster eller en liste.',
    en: 'Give base data identifiers their format: DAR ids format: uuid, CVR numbers an eight-digit pattern, KLE numbers a pattern or a list.',
  },
  check(api, context) {
    const seen = new Set<object>();
    for (const p of api.properties) {
      const kind = KINDS.find((k) => k.name.test(p.name));
      if (!kind || seen.has(p.schema.value) || kind.ok(p.schema.value) || '$ref' in p.schema.value) continue;
      seen.add(p.schema.value);
      context.report({ at: p.schema, messageId: 'untyped', data: { name: p.name, kind: kind.da, kindEn: kind.en } });
    }
  },
});
