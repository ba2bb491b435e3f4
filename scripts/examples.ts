/**
 * Renders the HTML report of every fixture bid into docs/examples/, with a PNG of its first page
 * (screen view, A4 proportions) made in Chromium: `npm run examples`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { check } from '../src/check.js';
import { renderHtml } from '../src/reporters/html.js';

const BIDS = ['borgerservice-selvbetjening', 'sagssystem-med-afvigelser', 'svagt-bud'];
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
  for (const bid of BIDS) {
    const report = await check({ paths: [path.join('fixtures', 'bids', bid)] });
    const html = renderHtml(report, { lang: 'da' });
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
