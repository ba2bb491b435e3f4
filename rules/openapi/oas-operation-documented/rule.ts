/**
 * Every operation has a unique operationId that clients and gateways can refer to, and a summary or
 * description saying what it does (FDA R06: documentation for people and machines).
 */
import { label } from '../../../src/artefacts/openapi/facts.js';
import { defineRule } from '../../../src/core/rule.js';
import { child } from '../../../src/location/pointer.js';

export default defineRule({
  id: 'oas-operation-documented',
  catalogueId: 'OAS-012',
  title: { da: 'Operationerne har et id og en beskrivelse', en: 'Operations have an id and a description' },
  architectureRules: ['AR 7.1'],
  appliesTo: 'openapi',
  severity: 'warning',
  level: 'SHOULD',
  mode: 'automatic',
  sourceKind: 'primary',
  sources: ['https://arkitektur.digst.dk/metoder/arkitekturmetoder/retningslinjer-webservices/retningslinjer-webservices/bilag-1'],
  messages: {
    noId: { da: '{operation} har intet operationId.', en: '{operation} has no operationId.' },
    duplicateId: { da: 'operationId «{id}» bruges også af {other}.', en: "operationId '{id}' is also used by {other}." },
    undocumented: { da: '{operation} har hverken summary eller description.', en: '{operation} has neither a summary nor a description.' },
  },
  fix: {
    da: 'Giv hver operation et unikt operationId og en summary (kort) eller description (uddybende).',
    en: 'Give every operation a unique operationId and a summary (short) or description (longer).',
  },
  check(api, context) {
    const byId = new Map<string, string>();
    for (const op of api.operations) {
      const id = op.value['operationId'];
      if (typeof id !== 'string' || id.trim() === '') context.report({ at: op, messageId: 'noId', data: { operation: label(op) } });
      else if (byId.has(id)) context.report({ at: { file: op.file, pointer: child(op.pointer, 'operationId') }, messageId: 'duplicateId', data: { id, other: byId.get(id) ?? '' } });
      else byId.set(id, label(op));
      const text = (k: string) => typeof op.value[k] === 'string' && (op.value[k] as string).trim() !== '';
      if (!text('summary') && !text('description')) context.report({ at: op, messageId: 'undocumented', data: { operation: label(op) } });
    }
  },
});
