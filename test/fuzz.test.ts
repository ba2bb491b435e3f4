/**
 * Property-based tests over the whole check: arbitrary mutations of the fixture bids' documents never
 * throw out of check(), always give a report that validates against the report schema, and the same
 * input always gives the same report. The default run uses a fixed seed and few runs; a longer run:
 *
 *   FUZZ_RUNS=2000 FUZZ_SEED=$RANDOM npx vitest run test/fuzz.test.ts
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../src/assess/report-schema.js';
import { check } from '../src/check.js';
import type { InputDocument } from '../src/artefacts/files.js';
import { renderJson } from '../src/reporters/json.js';
import { renderText } from '../src/reporters/text.js';
import { REPO } from './rule-docs.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 30);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261202);
const asOf = '2026-11-01';
const validateReport = new Ajv2020({ strict: true, allErrors: true }).compile(reportSchema);

/** A fixture bid's text documents, as a browser or a library caller would hand them in. */
function documentsOf(bid: string): InputDocument[] {
  const root = path.join(REPO, 'fixtures', 'bids', bid);
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(path.join(dir, name)).isDirectory() ? walk(path.join(dir, name)) : [path.join(dir, name)]));
  return walk(root)
    .filter((file) => /\.(ya?ml|json|xml|wsdl)$/.test(file))
    .sort()
    .map((file) => ({ path: path.relative(root, file).split(path.sep).join('/'), text: readFileSync(file, 'utf8') }));
}

/** Text that breaks parsers and rules: syntax characters of each format, control characters, odd Unicode, big numbers. */
const nasty = fc.oneof(
  fc.constantFrom('{', '}', '[', ']', ':', '- ', '&a', '*a', '<<: *a', '!!js/function', '---', '\t', '"', "'", '#', '|', '>', '$ref: "#/x"', '$ref: "../../etc/passwd"', '<', '>', '</a>', '<!DOCTYPE x>', '&amp;', '<![CDATA[', '\u0000', '\u001b[2J', '\r', '\n', '\uFEFF', '\uD800', 'æøå', '𝔘', '1e400', '-0', 'null', '~', 'true', '__proto__', 'constructor'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

/** One edit of one document: insert, delete, replace, duplicate or drop a line, or cut the text short. */
const mutation = (documents: readonly InputDocument[]) =>
  fc.record({
    doc: fc.nat({ max: documents.length - 1 }),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    op: fc.constantFrom('insert', 'delete', 'replace', 'duplicate-line', 'drop-line', 'truncate'),
    text: nasty,
    length: fc.nat({ max: 40 }),
  });

function apply(documents: readonly InputDocument[], edits: readonly { doc: number; at: number; op: string; text: string; length: number }[]): InputDocument[] {
  const out = documents.map((d) => ({ ...d }));
  for (const { doc, at, op, text, length } of edits) {
    const d = out[doc] as InputDocument & { text: string };
    const i = Math.floor(at * d.text.length);
    if (op === 'insert') d.text = d.text.slice(0, i) + text + d.text.slice(i);
    else if (op === 'delete') d.text = d.text.slice(0, i) + d.text.slice(i + length);
    else if (op === 'replace') d.text = d.text.slice(0, i) + text + d.text.slice(i + Math.max(1, text.length));
    else if (op === 'truncate') d.text = d.text.slice(0, i);
    else {
      const lines = d.text.split('\n');
      const n = Math.floor(at * lines.length);
      if (op === 'duplicate-line') lines.splice(n, 0, lines[n] ?? '');
      else lines.splice(n, 1);
      d.text = lines.join('\n');
    }
  }
  return out;
}

describe.each(['borgerservice-selvbetjening', 'sagssystem-med-afvigelser', 'svagt-bud'])('mutations of %s', (bid) => {
  const documents = documentsOf(bid);

  it('never throw, always validate against the report schema, and give the same report twice', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation(documents), { minLength: 1, maxLength: 4 }), async (edits) => {
        const mutated = apply(documents, edits);
        const report = await check({ documents: mutated, asOf });
        if (!validateReport(report)) throw new Error(`the report does not match its schema: ${JSON.stringify(validateReport.errors?.slice(0, 3))}`);
        // no rule may crash on what a vendor can write
        expect(report.findings.filter((f) => f.ruleId === 'rule-error').map((f) => f.message.en)).toEqual([]);
        const again = await check({ documents: mutated, asOf });
        expect(renderJson(again)).toBe(renderJson(report));
        // the renderers are total too
        expect(renderText(report, { lang: 'da', color: false }).length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS, seed: SEED + bid.length, endOnFailure: true },
    );
  }, 60_000);
});
