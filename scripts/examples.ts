/**
 * Renders the HTML report of every fixture bid into docs/examples/, with a PNG of its first page
 * (screen view, A4 proportions) made in Chromium, and one bid judged by a tender profile with its
 * assessment: `npm run examples`.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { compare } from '../src/assess/compare.js';
import { check } from '../src/check.js';
import { renderComparisonHtml } from '../src/reporters/comparison-html.js';
import { renderHtml } from '../src/reporters/html.js';

const bids = readdirSync(path.join('fixtures', 'bids')).sort();
const examples: [name: string, options: Parameters<typeof check>[0]][] = [
  ...bids.map((bid): [string, Parameters<typeof check>[0]] => [bid, { paths: [path.join('fixtures', 'bids', bid)] }]),
  [
    'sagssystem-med-afvigelser-udbud',
    { paths: [path.join('fixtures', 'bids', 'sagssystem-med-afvigelser')], tender: 'fixtures/tenders/omsorgssystem/udbudsprofil.yaml', assessment: 'fixtures/tenders/omsorgssystem/vurderinger/sagssystem-med-afvigelser.yaml' },
  ],
];
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const out = path.join('docs', 'examples');
mkdirSync(out, { recursive: true });

const profile = mkdtempSync(path.join(tmpdir(), 'rammetjek-examples-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ARGS,
  headless: true,
  viewport: { width: 960, height: 1358 },
});
try {
  const tender = path.join('fixtures', 'tenders', 'byggeansoegning');
  const comparison = await compare({ bids: bids.filter((b) => b !== 'sagssystem-med-afvigelser').map((b) => path.join('fixtures', 'bids', b)), tender: path.join(tender, 'udbudsprofil.yaml'), assessments: path.join(tender, 'vurderinger'), workers: 1 });
  const pages: [string, string][] = [];
  for (const [bid, options] of examples) {
    const report = await check(options);
    // the lines each finding points at, as `rammetjek check --format html` shows them
    const sources = new Map(report.inputs.filter((i) => i.kind !== 'attachment').map((i) => [i.path, readFileSync(path.join(report.root, i.path), 'utf8')]));
    pages.push([bid, renderHtml(report, { lang: 'da', sources })]);
  }
  pages.push(['sammenligning-byggeansoegning', renderComparisonHtml(comparison, { lang: 'da' })]);
  for (const [bid, html] of pages) {
    writeFileSync(path.join(out, `${bid}.html`), html);
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    await page.screenshot({ path: path.join(out, `${bid}.png`) });
    await page.close();
    console.log(`${out}/${bid}.html, ${bid}.png`);
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
