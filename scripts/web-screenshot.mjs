// docs/web.png: the page (dist/web/index.html, from npm run build) with the report of an example bid,
// taken in headless Chromium (CHROMIUM_PATH, else /usr/bin/chromium) with a Danish browser.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const profile = mkdtempSync(path.join(os.tmpdir(), 'rammetjek-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  locale: 'da-DK',
  viewport: { width: 1100, height: 1400 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--lang=da', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await context.newPage();
  await page.goto(pathToFileURL(path.join(root, 'dist', 'web', 'index.html')).href);
  await page.waitForSelector('body[data-ready]');
  await page.setInputFiles('#folder', path.join(root, 'fixtures', 'bids', 'sagssystem-med-afvigelser'));
  await page.waitForFunction(() => document.getElementById('status').dataset.ms !== undefined);
  await page.evaluate(() => document.activeElement?.blur());
  await page.waitForTimeout(1000); // the report's frame renders after the status line
  await page.screenshot({ path: path.join(root, 'docs', 'web.png') });
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
