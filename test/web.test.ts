/**
 * The browser page (dist/web/index.html) in headless Chromium, opened from disk: the fixture bids
 * give the same report as the library on the same folder, no request leaves the page, zips are read
 * within the limits, and axe finds no WCAG 2.1 A/AA violation. The zip reader and the browser
 * replacements of Node's crypto are also held to Node's own here.
 */
import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import type { Report } from '../src/assess/report.js';
import { sourceFromBytes, Unreadable, type InputFile } from '../src/artefacts/files.js';
import { Buffer as BrowserBuffer } from '../src/web/node/buffer.js';
import { createHash as browserHash, X509Certificate as BrowserCertificate } from '../src/web/node/crypto.js';
import { ARCHIVE_BYTES, zipFiles, ZipRefused } from '../src/web/zip.js';
import { exitCode } from '../src/cli/exit.js';
import { renderHtml } from '../src/reporters/html.js';
import { renderMarkdown } from '../src/reporters/markdown.js';
import { renderSarif } from '../src/reporters/sarif.js';
import { cert } from './certs.js';
import { REPO } from './rule-docs.js';

const PAGE = path.join(REPO, 'dist', 'web', 'index.html');
/** Every fixture bid (the three of the demo and those the tender comparison uses). */
const BIDS = readdirSync(path.join(REPO, 'fixtures', 'bids')).sort();
const bidFolder = (bid: string) => path.join(REPO, 'fixtures', 'bids', bid);

let context: BrowserContext;
let profile: string;
/** Requests the pages made after they had loaded, other than downloads of what the page itself made (blob:). */
const requests: string[] = [];
let loaded = false;
/** Why requests failed, by URL. */
const blocked = new Map<string, string>();

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(REPO, 'scripts', 'build-web.mjs'), '--silent']);
  profile = mkdtempSync(path.join(os.tmpdir(), 'rammetjek-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context.on('request', (request) => {
    if (loaded && !request.url().startsWith('blob:')) requests.push(request.url());
  });
  context.on('requestfailed', (request) => blocked.set(request.url(), request.failure()?.errorText ?? ''));
}, 60_000);

afterAll(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function openPage(): Promise<Page> {
  loaded = false;
  const page = await context.newPage();
  await page.goto(`file://${PAGE}`);
  await page.waitForSelector('body[data-ready]');
  loaded = true;
  return page;
}

/** Chooses files on one of the page's inputs and waits for the check to end; returns the status line. */
async function choose(page: Page, input: '#folder' | '#files', files: string | string[] | { name: string; mimeType: string; buffer: Buffer }): Promise<string> {
  await page.setInputFiles(input, files);
  await page.waitForFunction(() => {
    const status = document.getElementById('status')!;
    return status.dataset['ms'] !== undefined || /kunne ikke|could not/.test(status.textContent ?? '');
  }, null, { timeout: 60_000 });
  return (await page.textContent('#status')) ?? '';
}

/** The report the page offers as JSON, read from the download as an officer would get it. */
async function downloaded(page: Page, id: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#${id}`)]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

async function downloadedJson(page: Page): Promise<Report> {
  return JSON.parse((await downloaded(page, 'download-json')).text) as Report;
}

/** The lines the CLI's HTML report shows beside findings: the files with located findings, read again (as `check` does) and kept while their hash matches. */
async function sourcesFor(report: Report, fileOf: (path: string) => string): Promise<Map<string, string>> {
  const wanted = new Set(report.findings.filter((f) => f.location.range && f.location.file).map((f) => f.location.file));
  const sources = new Map<string, string>();
  for (const input of report.inputs.filter((i) => wanted.has(i.path))) {
    const source = sourceFromBytes(input.path, readFileSync(fileOf(input.path)));
    if (source.sha256 === input.sha256) sources.set(input.path, source.text);
  }
  return sources;
}

async function axeViolations(page: Page): Promise<{ id: string; nodes: number }[]> {
  // evaluated by the test driver, not as a page script: the page's policy allows only its own script
  await page.evaluate(readFileSync(path.join(REPO, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.length }));
}

describe('the page checks a bid as the CLI does', () => {
  for (const bid of BIDS) {
    it(`${bid}: the same report as check() on the folder`, async () => {
      const page = await openPage();
      const status = await choose(page, '#folder', bidFolder(bid));
      expect(status).toMatch(new RegExp(`^Buddet ${bid} er tjekket: \\d+ filer på \\d+,\\d\\d sekunder\\.$`));
      const inPage = await downloadedJson(page);
      const cli = await check({ paths: [bidFolder(bid)] });
      // the verdicts first, so a difference reads clearly, then everything but the root as given
      expect(inPage.rules.map((r) => [r.ruleId, r.status])).toEqual(cli.rules.map((r) => [r.ruleId, r.status]));
      expect(inPage.summary.mindstekrav).toEqual(cli.summary.mindstekrav);
      expect(inPage.findings.map((f) => [f.ruleId, f.location.file, f.location.range?.start.line])).toEqual(cli.findings.map((f) => [f.ruleId, f.location.file, f.location.range?.start.line]));
      expect({ ...inPage, root: cli.root }).toEqual(JSON.parse(JSON.stringify(cli)));
      expect(inPage.root).toBe(bid);
      // the HTML report shown and offered is the library's renderer on the same report; so is SARIF
      const html = await downloaded(page, 'download-html');
      expect(html.name).toBe(`rammetjek-${bid}.html`);
      const sources = await sourcesFor(cli, (file) => path.join(bidFolder(bid), file));
      if (cli.findings.some((f) => f.location.range)) expect(sources.size).toBeGreaterThan(0);
      expect(html.text).toBe(renderHtml(inPage, { lang: 'da', sources }));
      const markdown = await downloaded(page, 'download-md');
      expect(markdown.name).toBe(`rammetjek-${bid}.md`);
      expect(markdown.text).toBe(renderMarkdown(inPage, { lang: 'da' }));
      expect(await page.getAttribute('#report-frame', 'sandbox')).toBe('');
      expect(await page.evaluate(() => (document.getElementById('report-frame') as HTMLIFrameElement).srcdoc)).toBe(html.text);
      const sarif = await downloaded(page, 'download-sarif');
      expect(sarif.name).toBe(`rammetjek-${bid}.sarif`);
      expect(sarif.text).toBe(renderSarif(inPage, { lang: 'da', exitCode: exitCode(cli, 'error') }));
      await page.close();
    }, 60_000);
  }

  it('takes files chosen one by one (by their names, as the picker gives them), and switches to English', async () => {
    const page = await openPage();
    const folder = bidFolder('svagt-bud');
    const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
    const status = await choose(page, '#files', files);
    expect(status).toMatch(/^Buddet er tjekket: 5 filer på \d+,\d\d sekunder\.$/);
    const inPage = await downloadedJson(page);
    // the picker gives names without folders, so the library gets the same
    const library = await check({ files: files.map((f) => ({ path: path.basename(f), size: 0, read: async () => readFileSync(f) })) });
    expect({ ...inPage, root: library.root }).toEqual(JSON.parse(JSON.stringify(library)));
    expect(inPage.inputs.map((i) => i.path)).toEqual(['borgerdata.yaml', 'brev.xml', 'BorgerService.wsdl', 'loesningsbeskrivelse.yaml', 'sp-metadata.xml'].sort());
    expect((await downloaded(page, 'download-text')).text.split('\n')[0]).toBe('rammetjek 0.1.0 · Konformitetsrapport');
    await page.click('#language');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect((await downloaded(page, 'download-text')).text.split('\n')[0]).toBe('rammetjek 0.1.0 · Conformance report');
    const html = await page.evaluate(() => (document.getElementById('report-frame') as HTMLIFrameElement).srcdoc);
    const byName = new Map(files.map((f) => [path.basename(f), f]));
    const sources = await sourcesFor(library, (file) => byName.get(file)!);
    expect([...sources.keys()].sort()).toEqual(['BorgerService.wsdl', 'borgerdata.yaml', 'brev.xml', 'loesningsbeskrivelse.yaml', 'sp-metadata.xml']);
    expect(html).toBe(renderHtml(inPage, { lang: 'en', sources }));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(await page.getAttribute('#report-frame', 'title')).toBe('The report');
    expect(await page.textContent('#status')).toMatch(/^The bid has been checked: 5 files in \d+\.\d\d seconds\.$/);
    expect(await page.textContent('h1')).toBe('rammetjek – check a bid against the framework architecture');
    await page.close();
  }, 60_000);
});

describe('from a static host', () => {
  it('works served over HTTP as from disk, and asks the host for nothing but the page', async () => {
    const served: string[] = [];
    const server = http.createServer((request, response) => {
      served.push(request.url ?? '');
      if (request.url === '/index.html') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(PAGE));
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as net.AddressInfo).port}/index.html`);
      await page.waitForSelector('body[data-ready]');
      await choose(page, '#folder', bidFolder('svagt-bud'));
      const inPage = await downloadedJson(page);
      const cli = await check({ paths: [bidFolder('svagt-bud')] });
      expect(inPage.rules.map((r) => [r.ruleId, r.status])).toEqual(cli.rules.map((r) => [r.ruleId, r.status]));
      expect(served).toEqual(['/index.html']);
      await page.close();
    } finally {
      server.close();
    }
  }, 60_000);
});

describe('what the page cannot check', () => {
  it('says so in the status line, in Danish and English, and takes away the report of the bid before', async () => {
    const page = await openPage();
    await choose(page, '#folder', bidFolder('svagt-bud'));
    expect(await page.isVisible('#result')).toBe(true);
    const status = await choose(page, '#folder', path.join(REPO, 'fixtures', 'bids'));
    expect(status).toMatch(new RegExp(`^Buddet kunne ikke tjekkes: der er ${BIDS.length} løsningsbeskrivelser i ét tjek \\(bids/${BIDS[0]}/loesningsbeskrivelse\\.yaml, `));
    expect(await page.isHidden('#result')).toBe(true);
    await page.click('#language');
    expect(await page.textContent('#status')).toMatch(new RegExp(`^The bid could not be checked: there are ${BIDS.length} solution descriptions in one check`));
    await page.close();
  }, 60_000);
});

describe('nothing leaves the page', () => {
  it('works with the network off', async () => {
    await context.setOffline(true);
    try {
      const page = await openPage();
      await choose(page, '#folder', bidFolder('svagt-bud'));
      const inPage = await downloadedJson(page);
      const cli = await check({ paths: [bidFolder('svagt-bud')] });
      expect(inPage.rules.map((r) => [r.ruleId, r.status])).toEqual(cli.rules.map((r) => [r.ruleId, r.status]));
      await page.close();
    } finally {
      await context.setOffline(false);
    }
  }, 60_000);

  it('makes no request after it has loaded, and its policy blocks any connection it would try', async () => {
    const before = requests.length;
    const page = await openPage();
    await choose(page, '#folder', bidFolder('borgerservice-selvbetjening'));
    await downloadedJson(page);
    expect(requests.slice(before)).toEqual([]);
    // a server that counts connections, and the page trying to reach it the ways a script could
    let connections = 0;
    const server = net.createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const probe = await page.evaluate(async (port) => {
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
        const url = `http://127.0.0.1:${port}`;
        const fetched = await fetch(`${url}/fetch`).then(() => 'fetched', () => 'refused');
        navigator.sendBeacon(`${url}/beacon`, 'x');
        new WebSocket(`ws://127.0.0.1:${port}/socket`);
        const image = new Image();
        image.src = `${url}/pixel.png`;
        const script = document.createElement('script');
        script.src = `${url}/script.js`;
        const style = document.createElement('link');
        style.rel = 'stylesheet';
        style.href = `${url}/style.css`;
        const font = document.createElement('style');
        font.textContent = `@font-face { font-family: probe; src: url(${url}/font.woff2) } body { font-family: probe }`;
        document.head.append(script, style, font);
        await new Promise((resolve) => setTimeout(resolve, 500));
        return { fetched, violations: [...new Set(violations)].sort() };
      }, port);
      expect(probe).toEqual({ fetched: 'refused', violations: ['connect-src', 'font-src', 'img-src', 'script-src-elem', 'style-src-elem'] });
      expect(connections).toBe(0);
      const tried = requests.slice(before);
      expect(tried.every((url) => url.includes(`127.0.0.1:${port}/`))).toBe(true);
      expect(tried.map((url) => blocked.get(url))).toEqual(tried.map(() => 'csp'));
    } finally {
      server.close();
    }
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toMatch(/default-src 'none'.*connect-src 'none'/);
    expect(await page.textContent('.privacy')).toMatch(/^Intet forlader din computer/);
    await page.close();
  }, 60_000);
});

describe('accessibility', () => {
  it('has no WCAG 2.1 A/AA violation empty, and can be used by keyboard in a sensible order', async () => {
    const page = await openPage();
    expect(await axeViolations(page)).toEqual([]);
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect(order).toEqual(['language', 'folder', 'files']);
    expect(await page.getAttribute('#folder', 'id')).toBe('folder');
    expect(await page.locator('label[for="folder"]').textContent()).toBe('Buddets mappe');
    await page.close();
  }, 60_000);

  it('has no violation with a report shown, in either language, and moves focus to the report', async () => {
    const page = await openPage();
    await choose(page, '#folder', bidFolder('sagssystem-med-afvigelser'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('result-heading');
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect(order).toEqual(['download-html', 'download-json', 'download-md', 'download-sarif', 'download-text']);
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#language');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 60_000);
});

const text = (s: string) => new TextEncoder().encode(s);

/** The files of a fixture bid as zip entries under `folder/`. */
function bidEntries(bid: string, folder: string): Record<string, Uint8Array> {
  const root = bidFolder(bid);
  const out: Record<string, Uint8Array> = {};
  for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out[`${folder}/${path.relative(root, path.join(e.parentPath, e.name))}`] = readFileSync(path.join(e.parentPath, e.name));
  }
  return out;
}

/** Sets the sizes the central directory declares for one entry (the local header is not read for sizes). */
function declare(zip: Uint8Array, name: string, size: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = new TextEncoder().encode(name);
  for (let at = 0; at + 46 < zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== wanted.length) continue;
    if (Buffer.from(zip.subarray(at + 46, at + 46 + wanted.length)).equals(wanted)) {
      view.setUint32(at + 24, size, true);
      return zip;
    }
  }
  throw new Error(`no entry ${name}`);
}

describe('a zip of a bid', () => {
  it('in the page: the same verdicts as the folder; ../ entries, files over the limit and lying sizes are findings, nothing is unpacked past them', async () => {
    const bomb = new Uint8Array(65 * 1024 * 1024); // zeros: 65 MB, a few dozen KB packed, over the 64 MB per file
    const liar = new Uint8Array(8 * 1024 * 1024);
    const entries = { ...bidEntries('svagt-bud', 'svagt-bud'), '../udenfor.yaml': new TextEncoder().encode('openapi: 3.0.3\n'), 'svagt-bud/bilag/bombe.pdf': bomb, 'svagt-bud/bilag/lille.pdf': liar };
    const zip = declare(zipSync(entries, { level: 9 }), 'svagt-bud/bilag/lille.pdf', 1000);
    expect(zip.length).toBeLessThan(1024 * 1024);
    const before = requests.length;
    const page = await openPage();
    const status = await choose(page, '#files', { name: 'svagt-bud.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    expect(status).toMatch(/^Buddet svagt-bud er tjekket: 5 filer på /);
    const inPage = await downloadedJson(page);
    const cli = await check({ paths: [bidFolder('svagt-bud')] });
    const extra = inPage.findings.filter((f) => !cli.findings.some((c) => c.ruleId === f.ruleId && c.location.file === f.location.file && c.message.en === f.message.en));
    expect(extra.map((f) => [f.ruleId, f.location.file, f.message.en])).toEqual([
      ['skipped-file', '../udenfor.yaml', 'The file has a path that leads out of the bid folder (with ../ or as an absolute path) and was not read.'],
      ['limit-exceeded', 'bilag/bombe.pdf', 'The file is 68157440 bytes and was not read: the limit of bytes per file is 67108864 (fileBytes).'],
      ['load-error', 'bilag/lille.pdf', 'The file cannot be loaded: the zip entry is damaged (it holds more than the 1000 bytes the zip declares).'],
    ]);
    // PDFs that could not be read would only have been attachments; the YAML file out of the bid may have been an
    // OpenAPI spec: the OpenAPI rules that found nothing are not assessed, naming it; every other verdict is the folder's
    const folder = new Map(cli.rules.map((r) => [r.ruleId, r.status]));
    const changed = inPage.rules.filter((r) => r.status !== folder.get(r.ruleId));
    expect(changed.length).toBeGreaterThan(0);
    for (const r of changed) {
      expect([r.ruleId, r.appliesTo, folder.get(r.ruleId), r.status, r.reason?.en]).toEqual([r.ruleId, 'openapi', expect.stringMatching(/^(pass|not-applicable)$/), 'not-assessed', '../udenfor.yaml could not be read, and the rule may apply to it.']);
    }
    expect(inPage.inputs.map((i) => i.path)).toEqual(cli.inputs.map((i) => i.path));
    // and the page's report is the library's on the same zip
    const library = await check({ root: 'svagt-bud', files: zipFiles(zip).map((f) => (f.path.startsWith('svagt-bud/') ? { ...f, path: f.path.slice('svagt-bud/'.length) } : f)) });
    expect(inPage).toEqual(JSON.parse(JSON.stringify(library)));
    expect(requests.slice(before)).toEqual([]);
    await page.close();
  }, 60_000);

  it('dropped on the field: the same verdicts as the folder', async () => {
    const zip = zipSync(bidEntries('borgerservice-selvbetjening', 'borgerservice-selvbetjening'));
    const page = await openPage();
    await page.evaluate((base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'borgerservice-selvbetjening.zip', { type: 'application/zip' }));
      document.getElementById('choose')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, Buffer.from(zip).toString('base64'));
    await page.waitForFunction(() => document.getElementById('status')!.dataset['ms'] !== undefined, null, { timeout: 60_000 });
    const inPage = await downloadedJson(page);
    const cli = await check({ paths: [bidFolder('borgerservice-selvbetjening')] });
    expect(await page.textContent('#status')).toMatch(new RegExp(`^Buddet borgerservice-selvbetjening er tjekket: ${cli.inputs.length} filer på `));
    expect({ ...inPage, root: cli.root }).toEqual(JSON.parse(JSON.stringify(cli)));
    expect(inPage.root).toBe('borgerservice-selvbetjening');
    await page.close();
  }, 60_000);

  it('in the page: a zip that unpacks to more than the page can hold is refused whole', async () => {
    const zip = zipSync({ 'a/x.yaml': new TextEncoder().encode('a: 1\n'), 'a/y.yaml': new TextEncoder().encode('b: 2\n') });
    declare(zip, 'a/x.yaml', ARCHIVE_BYTES);
    declare(zip, 'a/y.yaml', 1);
    const page = await openPage();
    const status = await choose(page, '#files', { name: 'bud.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    expect(status).toBe('Buddet kunne ikke tjekkes: Zip-filen pakker ud til 513 MB, mere end de 512 MB, siden kan rumme. Pak den ud, og vælg mappen, eller brug rammetjek på kommandolinjen.');
    expect(await page.isHidden('#result')).toBe(true);
    await page.close();
  }, 60_000);

  const reason = async (file: InputFile) => file.read(1 << 20).then(() => 'read', (e: unknown) => (e instanceof Unreadable ? e.reason.en : String(e)));

  it('refuses entries that share their data, and what is not a zip', () => {
    const zip = zipSync({ 'a.yaml': text('a: 1\n'), 'b.yaml': text('b: 2\n') }, { level: 0 });
    const view = new DataView(zip.buffer);
    // point b's directory entry at a's local header: two names for one piece of data
    let seen = 0;
    for (let at = 0; at < zip.length - 4; at++) if (view.getUint32(at, true) === 0x02014b50 && seen++ === 1) view.setUint32(at + 42, 0, true);
    expect(() => zipFiles(zip)).toThrow(ZipRefused);
    expect(() => zipFiles(zip)).toThrow('The files in the zip share their data (as in a zip bomb), so it was not unpacked.');
    expect(() => zipFiles(text('not a zip at all'))).toThrow('The file is not a zip file that can be read (it is damaged or incomplete).');
  });

  it('reads names, checksums, methods and links as a careful unzipper does', async () => {
    const zip = zipSync({ 'bud/løsningsbeskrivelse.yaml': text('schemaVersion: 1\n'), 'bud/b.yaml': text('b: 2\n') }, { level: 0 });
    const [description, other] = zipFiles(zip);
    expect(description?.path).toBe('bud/løsningsbeskrivelse.yaml');
    expect(new TextDecoder().decode(await description!.read(1 << 20))).toBe('schemaVersion: 1\n');
    // a flipped byte in stored data fails the checksum
    const at = Buffer.from(zip).indexOf('b: 2');
    zip[at] = 'c'.charCodeAt(0);
    expect(await reason(other!)).toBe('the zip entry is damaged (its checksum does not match)');
    const view = new DataView(zip.buffer);
    const directory = Buffer.from(zip).lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    view.setUint16(directory + 10, 12, true); // bzip2
    expect(await reason(zipFiles(zip)[1]!)).toBe('the zip uses a compression the page does not know (method 12)');
    view.setUint16(directory + 8, 1, true); // encrypted
    expect(await reason(zipFiles(zip)[1]!)).toBe('it is encrypted in the zip');
    view.setUint8(directory + 5, 3); // made on Unix, mode lrwxrwxrwx
    view.setUint32(directory + 38, (0o120777 << 16) >>> 0, true);
    expect(zipFiles(zip)[1]?.symlink).toBe(true);
    const report = await check({ files: zipFiles(zip).map((f) => ({ ...f, path: f.path.slice('bud/'.length) })) });
    expect(report.findings.filter((f) => f.ruleId === 'skipped-file').map((f) => [f.location.file, f.message.en])).toEqual([['b.yaml', 'The file is a symbolic link and was not read: rammetjek never follows links, so a bid cannot point outside its folder.']]);
  });
});

describe('check({ files }) reads a bid in memory as a folder on disk', () => {
  it('names a second file with the same path instead of dropping it silently', async () => {
    const spec = (title: string) => new TextEncoder().encode(`openapi: 3.0.3\ninfo: { title: ${title}, version: "1" }\npaths: {}\n`);
    const entry = (p: string, bytes: Uint8Array) => ({ path: p, size: bytes.length, read: async () => bytes });
    const report = await check({ files: [entry('api/a.yaml', spec('Første')), entry('api/./a.yaml', spec('Anden'))], asOf: '2026-11-01' });
    expect(report.inputs.map((i) => i.path)).toEqual(['api/a.yaml']);
    expect(report.findings.filter((f) => f.ruleId === 'skipped-file').map((f) => [f.location.file, f.message.da])).toEqual([['api/a.yaml', 'Buddet indeholder to filer med denne sti (fx to gange i samme zip-fil); kun den første er læst.']]);
  });

  it('gives the same report for odd encodings, binaries, earlier reports, hidden files and the limits', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rammetjek-memory-'));
    const utf16 = (text: string, le: boolean, bom: boolean) => {
      const body = Buffer.from(text, 'utf16le');
      if (!le) body.swap16();
      return Buffer.concat([bom ? Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]) : Buffer.alloc(0), body]);
    };
    const files: Record<string, Buffer> = {
      'loesningsbeskrivelse.yaml': readFileSync(path.join(bidFolder('svagt-bud'), 'loesningsbeskrivelse.yaml')),
      'api/borgerdata.yaml': utf16(readFileSync(path.join(bidFolder('svagt-bud'), 'api', 'borgerdata.yaml'), 'utf8'), true, true),
      'api/be.yaml': utf16('openapi: 3.0.3\ninfo: { title: Æblekage, version: "1" }\npaths: {}\n', false, false),
      'api/latin1.yaml': Buffer.from('openapi: 3.0.3\ninfo: { title: "Rådhus \xe6\xf8\xe5", version: "1" }\npaths: {}\n', 'latin1'),
      'memo/brev.xml': readFileSync(path.join(bidFolder('svagt-bud'), 'memo', 'brev.xml')),
      'saml/latin1.xml': Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?>\n<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://k\xf8ge.dk"/>\n', 'latin1'),
      'nul.yaml': Buffer.from('a: 1\n\u0000b: 2\n'),
      'bilag/tegning.pdf': Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0xff, 0xfe, 0x80]),
      'bilag/tom.pdf': Buffer.alloc(0),
      'bilag/stor.pdf': Buffer.alloc(5000, 0x41),
      'rapport.json': Buffer.from(JSON.stringify({ reportVersion: 1, tool: { name: 'rammetjek', version: '0.1.0' } })),
      '.skjult.yaml': Buffer.from('openapi: 3.0.3\n'),
      'node_modules/x/openapi.yaml': Buffer.from('openapi: 3.0.3\n'),
      'zz/sidste.yaml': Buffer.from('openapi: 3.0.3\n'),
    };
    try {
      for (const [file, bytes] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), bytes);
      }
      const limits = { fileBytes: 4096, files: 11 };
      const onDisk = await check({ paths: [dir], limits, asOf: '2026-11-01' });
      const inMemory = await check({ files: Object.entries(files).map(([file, bytes]) => ({ path: file, size: bytes.length, read: async () => bytes })), limits, asOf: '2026-11-01' });
      expect({ ...inMemory, root: onDisk.root }).toEqual(onDisk);
      // the cases are what they say: each odd file gave its finding
      expect(onDisk.findings.filter((f) => ['encoding-error', 'limit-exceeded'].includes(f.ruleId)).map((f) => [f.ruleId, f.location.file])).toEqual([
        ['encoding-error', 'api/latin1.yaml'],
        ['limit-exceeded', 'bilag/stor.pdf'],
        ['encoding-error', 'nul.yaml'],
        ['limit-exceeded', 'zz/sidste.yaml'],
      ]);
      expect(onDisk.inputs.find((i) => i.path === 'rapport.json')?.kind).toBe('report');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the browser replacements of Node built-ins', () => {
  it('read every certificate of the project as Node does', () => {
    const names = ['sp-system', 'sp-expiring', 'sp-expired-weak', 'sp-oces3-test', 'sp-pss-weak', 'sp-sha1', 'sp-lookalike'] as const;
    const inBids = BIDS.flatMap((bid) => {
      const saml = path.join(bidFolder(bid), 'saml', 'sp-metadata.xml');
      try {
        return [...readFileSync(saml, 'utf8').matchAll(/<ds:X509Certificate>([^<]+)</g)].map((m) => m[1]!.replace(/\s+/g, ''));
      } catch {
        return [];
      }
    });
    // and the real ones in the shared corpus (NemLog-in, KOMBIT and DigSt metadata), where it is beside the project
    const corpus = path.join(REPO, '..', 'shared', 'corpus', 'saml');
    const real = existsSync(corpus) ? readdirSync(corpus).flatMap((f) => [...readFileSync(path.join(corpus, f), 'utf8').matchAll(/<(?:\w+:)?X509Certificate>([^<]+)</g)].map((m) => m[1]!.replace(/\s+/g, ''))) : [];
    const all = [...names.map((n) => cert(n)), ...inBids, ...real];
    expect(inBids.length).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThan(names.length + inBids.length + (existsSync(corpus) ? 5 : -1));
    for (const base64 of all) {
      const node = new X509Certificate(Buffer.from(base64, 'base64'));
      const browser = new BrowserCertificate(BrowserBuffer.from(base64, 'base64'));
      expect({ subject: browser.subject, issuer: browser.issuer, from: Date.parse(browser.validFrom), to: Date.parse(browser.validTo) }).toEqual({ subject: node.subject, issuer: node.issuer, from: Date.parse(node.validFrom), to: Date.parse(node.validTo) });
      expect(browser.publicKey.asymmetricKeyType).toBe(node.publicKey.asymmetricKeyType);
      expect(browser.publicKey.asymmetricKeyDetails?.modulusLength).toBe(node.publicKey.asymmetricKeyDetails?.modulusLength);
      expect(browser.publicKey.asymmetricKeyDetails?.namedCurve).toBe(node.publicKey.asymmetricKeyDetails?.namedCurve);
      expect(Buffer.from(browser.raw).equals(node.raw)).toBe(true);
    }
    expect(() => new BrowserCertificate(BrowserBuffer.from('MIIBkjCCATigAwIBAgIU', 'base64'))).toThrow();
  });

  it('decode base64 and hash as Node does', () => {
    for (const s of ['QQ==QQ==', 'QUJD', 'QU$JD', 'QUJ', 'Q', 'QUJDRA', 'QU-_', 'QU JD\n', '=QUJD', 'QUJD=RA', 'QQ=Q', '']) {
      expect(Buffer.from(BrowserBuffer.from(s, 'base64')).toString('hex')).toBe(Buffer.from(s, 'base64').toString('hex'));
    }
    const node = execFileSync('sha256sum', { input: 'løsning' }).toString().split(' ')[0];
    expect(browserHash('sha256').update('løs').update(text('ning')).digest('hex')).toBe(node);
  });
});

it('the build writes the page with the policy hash of its script', () => {
  const html = readFileSync(PAGE, 'utf8');
  const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
  const hash = createHash('sha256').update(script).digest('base64');
  expect(html).toContain(`script-src 'sha256-${hash}'`);
});
