import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/assess/report.js';
import { compare } from '../src/assess/compare.js';
import { renderComparisonHtml } from '../src/reporters/comparison-html.js';
import { renderHtml } from '../src/reporters/html.js';
import { SHOWN, shownStatus } from '../src/reporters/labels.js';
import { fixtureReport, FIXTURE_BIDS, hostileReport, tenderReport } from './report-fixtures.js';

/** Chromium from the Debian package (or CHROMIUM_PATH); CI installs it, so there a missing browser fails. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const available = existsSync(CHROMIUM);
if (!available && process.env['CI']) throw new Error(`Chromium is missing at ${CHROMIUM}: .ci/run installs the Debian package chromium`);

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Loaded {
  readonly page: Page;
  readonly requests: string[];
  readonly errors: string[];
}

describe.skipIf(!available)('the HTML report in Chromium', { timeout: 120_000 }, () => {
  let context: BrowserContext;
  let profile: string;
  const reports = new Map<string, Report>();

  beforeAll(async () => {
    profile = mkdtempSync(path.join(tmpdir(), 'rammetjek-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, viewport: { width: 1280, height: 900 } });
    for (const name of FIXTURE_BIDS) reports.set(name, await fixtureReport(name));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  /** Opens a report with every request refused and counted, and every console error and page error kept. */
  async function open(html: string): Promise<Loaded> {
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return { page, requests, errors };
  }

  it.each(FIXTURE_BIDS)('%s: renders with no console error and no request, with its headings and verdict tables', async (name) => {
    const report = reports.get(name)!;
    const { page, requests, errors } = await open(renderHtml(report, { lang: 'da' }));
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator('h1').textContent()).toBe([report.solution?.name, report.solution?.version].filter(Boolean).join(' '));
    expect(await page.locator('main h2').allTextContents()).toEqual(['Sammenfatning', 'Vurdering pr. mål, princip og arkitekturregel', 'Fælles infrastruktur', 'Leverandørbinding og exit', 'Sikkerhed og privatliv', 'Snitfladernes kvalitet', 'Fund pr. regel', 'Afvigelsesregister', 'Dokumentationsregister', 'Til manuel vurdering', 'Sporbarhed']);
    // goals, then the architecture rules of every principle, each with its verdict
    expect(await page.locator('table.verdicts tbody tr').count()).toBe(5);
    expect(await page.locator('details.ar').count()).toBe(report.architectureRules.length);
    // a failure on SHOULD rules only reads "met with remarks"
    expect(await page.locator('details.ar summary .v').allTextContents()).toEqual(report.architectureRules.map((ar) => expect.stringMatching(new RegExp(` ${SHOWN[shownStatus(report, ar.status, [ar.id])].da}$`))));
    // a closed architecture rule opens on a click, without any script of ours
    const id = await page.locator('details.ar:not([open])').first().getAttribute('id');
    const closed = page.locator(`details#${id}`);
    expect(await closed.locator('table, p').first().isVisible()).toBe(false);
    await closed.locator('summary').click();
    expect(await closed.getAttribute('open')).toBe('');
    expect(await closed.locator('table, p').first().isVisible()).toBe(true);
    await page.close();
  });

  it.each(FIXTURE_BIDS)('%s: prints to A4 PDF, with table rows kept whole and table headers repeated', async (name) => {
    const { page } = await open(renderHtml(reports.get(name)!, { lang: 'da' }));
    await page.emulateMedia({ media: 'print' });
    // evaluated as text in the page: the project's types know no DOM
    const style = await page.evaluate(`(() => {
      const css = (selector) => getComputedStyle(document.querySelector(selector));
      return { row: css('tbody tr').breakInside, head: css('thead').display, section: css('main > section + section').breakBefore, nav: css('nav').display };
    })()`);
    expect(style).toEqual({ row: 'avoid', head: 'table-header-group', section: 'page', nav: 'none' });
    // what is folded on screen is printed
    const id = await page.locator('details.ar:not([open])').first().getAttribute('id');
    expect(await page.locator(`details#${id} > :not(summary)`).first().isVisible()).toBe(true);
    // every printed page carries the bid and the date at the top, and its number at the bottom
    const report = reports.get(name)!;
    const pageRule = (await page.evaluate(`[...document.styleSheets[0].cssRules].filter((r) => r instanceof CSSPageRule).map((r) => r.cssText).join()`)) as string;
    expect(pageRule).toContain(`size: a4;`);
    expect(pageRule).toContain(`@top-left { content: "Konformitetsrapport · ${[report.solution?.name, report.solution?.version].filter(Boolean).join(' ')} · ${report.asOf}";`);
    expect(pageRule).toContain('@bottom-right { content: "Side " counter(page) " / " counter(pages);');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    // the summary under the masthead, then every other section on a page of its own
    expect(pages).toBeGreaterThanOrEqual(10);
    await page.close();
  });

  /** WCAG 2.1 A and AA violations axe-core finds, as `rule: [targets]`. */
  async function violations(html: string): Promise<string[]> {
    const { page } = await open(html);
    // evaluated through the driver, so the report's own CSP (no script) stays as it is
    await page.evaluate(axeSource);
    const result = (await page.evaluate(`axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })`)) as { violations: { id: string; nodes: { target: unknown }[] }[] };
    await page.close();
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  }

  it('axe-core is really run: it finds the violations of a page that has them', async () => {
    const found = await violations('<!DOCTYPE html><html><head><title>x</title></head><body><main><p style="color:#bbb">grå</p><a href="#x"></a></main></body></html>');
    expect(found.map((v) => v.split(':')[0]).sort()).toEqual(['color-contrast', 'html-has-lang', 'link-name']);
  });

  it.each(FIXTURE_BIDS)('%s: axe-core finds no WCAG 2.1 A or AA violation, in Danish and English', async (name) => {
    for (const lang of ['da', 'en'] as const) expect(await violations(renderHtml(reports.get(name)!, { lang }))).toEqual([]);
  });

  it('with the lines of each finding shown, still no WCAG 2.1 A or AA violation', async () => {
    const report = reports.get('svagt-bud')!;
    const sources = new Map(report.inputs.filter((i) => i.kind !== 'attachment').map((i) => [i.path, readFileSync(path.join(report.root, i.path), 'utf8')]));
    const html = renderHtml(report, { lang: 'da', sources });
    expect(html).toContain('<pre class="snippet">');
    expect(await violations(html)).toEqual([]);
  });

  it('a report with a tender (requirements, award, decisions, waivers) has no WCAG 2.1 A or AA violation either', async () => {
    expect(await violations(renderHtml(await tenderReport('sagssystem-med-afvigelser', 'omsorgssystem'), { lang: 'da' }))).toEqual([]);
    expect(await violations(renderHtml(await tenderReport('svagt-bud', 'byggeansoegning'), { lang: 'en' }))).toEqual([]);
  });

  it('the comparison of five bids renders with no request and no WCAG 2.1 A or AA violation', async () => {
    const dir = path.join('fixtures', 'tenders', 'byggeansoegning');
    const bids = ['borgerservice-selvbetjening', 'selvbetjening-kvikform', 'selvbetjening-borgerflow', 'selvbetjening-digitalt-hus', 'svagt-bud'].map((b) => path.join('fixtures', 'bids', b));
    const html = renderComparisonHtml(await compare({ bids, tender: path.join(dir, 'udbudsprofil.yaml'), assessments: path.join(dir, 'vurderinger'), workers: 1 }), { lang: 'da' });
    const { page, requests, errors } = await open(html);
    expect({ requests, errors }).toEqual({ requests: [], errors: [] });
    expect(await page.locator('table.compare').count()).toBe(4);
    await page.close();
    expect(await violations(html)).toEqual([]);
  });

  it('runs nothing a bid puts in it: hostile strings render as text, and no request is made', async () => {
    const { page, requests, errors } = await open(renderHtml(await hostileReport(), { lang: 'da' }));
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator('script, img, iframe, main b').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toBe('Portal\\x1B[2J\\x1B]0;pwned\\x07<script>alert(1)</script> "><img src=x onerror=alert(1)>');
    await page.close();
  });
});
