/**
 * The pathological inputs of test/hostile-input.test.ts at the sizes that once hung or crashed the
 * checker, each checked by the CLI in a process of its own with a 60-second cap. Prints a Markdown
 * table: seconds, peak memory, exit code and the findings that matter.
 *
 *   npm run hostile                      # every case
 *   npm run hostile -- yaml json         # the cases whose name has one of these words
 *   RAMMETJEK_ROOT=/other/checkout npm run hostile   # the CLI of another checkout
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as h from '../test/hostile-inputs.js';

const root = process.env['RAMMETJEK_ROOT'] ?? path.resolve(import.meta.dirname, '..');
const compact = (file: h.HostileFile): h.HostileFile => ({ ...file, text: JSON.stringify(JSON.parse(file.text)) });

const cases: h.HostileCase[] = [
  ...h.REGEX_BOMBS.map((pattern) => ({ name: `regex ${pattern.length > 20 ? 'e-mail' : pattern}, 60 a's and '!'`, files: () => [h.regexBomb(pattern, 60)] })),
  { name: 'ref fan-out, 30 levels, one file', files: () => h.refFanOut(30, false) },
  { name: 'ref fan-out, 30 levels, across files', files: () => h.refFanOut(30, true) },
  { name: 'deep schema, 1,000 properties', files: () => [h.deepSchema(1_000, 'properties')] },
  { name: 'deep schema, 1,000 allOf', files: () => [h.deepSchema(1_000, 'allOf')] },
  { name: 'deep description, 10,000 levels', files: () => [h.deepDescription(10_000)] },
  { name: 'ref chain, 10,000 files', files: () => h.refChain(10_000) },
  { name: 'deep across files, 50 files of 60 levels', files: () => h.deepAcrossFiles(50, 60) },
  { name: 'yaml, 10,000 operations', files: () => [h.manyOperations(10_000, 'yaml')] },
  { name: 'yaml, 50,000 operations', files: () => [h.manyOperations(50_000, 'yaml')] },
  { name: 'yaml, 110,000 operations (60 MB)', files: () => [h.manyOperations(110_000, 'yaml')] },
  { name: 'yaml, 60 MB of data (700,000 records)', files: () => [h.bigData(700_000)] },
  { name: 'yaml, three files of 20 MB', files: () => [1, 2, 3].map((n) => h.bigData(233_000, `api/data${n}.yaml`)) },
  { name: 'json, 50,000 operations', files: () => [h.manyOperations(50_000, 'json')] },
  { name: 'json, 200,000 operations (63 MB, compact)', files: () => [compact(h.manyOperations(200_000, 'json'))] },
  {
    name: 'json, 20,000 operations with two structural errors each',
    files: () => {
      const file = h.manyOperations(20_000, 'json');
      return [{ ...file, text: file.text.replaceAll('"description": "Sagen",', '"beskrivelse": "Sagen",') }];
    },
  },
  { name: 'xml, 1,000,000 attributes', files: () => [h.manyAttributes(1_000_000)] },
  { name: 'xml, 2,000,000 attributes', files: () => [h.manyAttributes(2_000_000)] },
  { name: 'xml, 300,000 children', files: () => [h.manyChildren(300_000)] },
  { name: 'xml, 40,000 namespace declarations over 40,000 elements', files: () => [h.manyNamespaces(40_000)] },
];

const wanted = process.argv.slice(2);
const chosen = cases.filter((c) => wanted.length === 0 || wanted.some((w) => c.name.includes(w)));

// runs the CLI in-process in the child and reports its own exit code and peak memory
const runner = `const { main } = await import(${JSON.stringify(path.join(root, 'src/cli/main.ts'))});
const code = await main(process.argv.slice(2));
process.stderr.write('\\n@@' + JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }) + '\\n');
process.exitCode = code;`;

const runnerFile = path.join(mkdtempSync(path.join(tmpdir(), 'rammetjek-runner-')), 'run.mjs');
writeFileSync(runnerFile, runner);

console.log('| case | seconds | peak MiB | exit | findings (rule id × count) |');
console.log('| --- | ---: | ---: | ---: | --- |');
for (const c of chosen) {
  const dir = mkdtempSync(path.join(tmpdir(), 'rammetjek-hostile-'));
  for (const file of c.files()) {
    mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    writeFileSync(path.join(dir, file.path), file.text);
  }
  // the report goes to a file: a report of 400,000 findings through a pipe would measure the pipe
  const output = path.join(path.dirname(runnerFile), 'report.json');
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', runnerFile, 'check', dir, '-f', 'json', '--lang', 'en', '-o', output], { cwd: root, timeout: 60_000, encoding: 'utf8' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const stats = /@@(\{.*\})/.exec(run.stderr ?? '');
  const maxRssKb = stats ? (JSON.parse(stats[1] as string) as { maxRssKb: number }).maxRssKb : Number.NaN;
  const code = run.status ?? 'killed';
  let summary = run.error ? `not finished: ${run.error.message}` : (run.stderr ?? '').split('\n').find((l) => l.startsWith('rammetjek:') || l.includes('Error')) ?? '';
  try {
    const report = JSON.parse(readFileSync(output, 'utf8')) as { findings: { ruleId: string }[] };
    const counts = new Map<string, number>();
    for (const f of report.findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    const shown = [...counts].filter(([id]) => !/^oas-(contact|info-complete|error-responses|operations-secured|operation-documented|bulk-export|versioning|servers-https)$/.test(id));
    summary = shown.map(([id, n]) => (n > 1 ? `${id} × ${n}` : id)).join(', ') || `${report.findings.length} ordinary findings`;
  } catch {
    // no report: the summary says why
  }
  console.log(`| ${c.name} | ${run.error ? '> 60' : seconds} | ${Number.isNaN(maxRssKb) ? '–' : Math.round(maxRssKb / 1024)} | ${String(code)} | ${summary.replace(/\|/g, '\\|')} |`);
  rmSync(dir, { recursive: true, force: true });
  rmSync(output, { force: true });
}
