/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The page: an officer chooses or drops a bid (a folder, files, or a zip), the same `check()` as the
 * CLI runs on it in memory, and the report is shown in Danish or English with downloads. Nothing
 * is sent anywhere: the page's Content-Security-Policy forbids every connection.
 */
import { check } from '../check.js';
import type { Report } from '../assess/report.js';
import { memoryPath, sourceFromBytes, TooLarge, type InputFile } from '../artefacts/files.js';
import { DEFAULT_LIMITS } from '../core/limits.js';
import { UsageError } from '../core/errors.js';
import type { Lang, Localized } from '../core/text.js';
import { exitCode } from '../cli/exit.js';
import { FILE_NAMES, render, type Format } from '../reporters/formats.js';
import { isZip, zipFiles, ZipRefused } from './zip.js';

/** Every text the page shows; the HTML holds the Danish ones, so the page reads right before this runs. */
const TEXTS = {
  title: { da: 'rammetjek – tjek et bud mod rammearkitekturen', en: 'rammetjek – check a bid against the framework architecture' },
  intro: {
    da: 'Vælg eller træk et bud hertil – mappen, filerne eller en zip-fil med dem – så tjekker siden det mod den fælleskommunale rammearkitektur, som rammetjek gør på kommandolinjen.',
    en: 'Choose or drop a bid here – its folder, its files or a zip of them – and the page checks it against the joint municipal framework architecture, as rammetjek does on the command line.',
  },
  privacy: {
    da: 'Intet forlader din computer: siden kører helt i din browser, henter intet fra nettet og sender intet – heller ikke skrifttyper eller statistik. Den virker også uden netværk.',
    en: 'Nothing leaves your computer: the page runs entirely in your browser, fetches nothing from the network and sends nothing – no fonts or analytics either. It works without a network too.',
  },
  chooseHeading: { da: 'Vælg buddet', en: 'Choose the bid' },
  folderLabel: { da: 'Buddets mappe', en: 'The bid folder' },
  filesLabel: { da: 'Buddets filer eller en zip-fil', en: 'The bid files or a zip file' },
  dropHint: { da: 'Eller træk mappen, filerne eller zip-filen hen på dette felt.', en: 'Or drag the folder, the files or the zip file onto this area.' },
  resultHeading: { da: 'Rapport', en: 'Report' },
  downloads: { da: 'Hent rapporten', en: 'Download the report' },
  downloadHtml: { da: 'som HTML (til at læse og udskrive)', en: 'as HTML (to read and print)' },
  downloadJson: { da: 'som JSON (rapportmodellen)', en: 'as JSON (the report model)' },
  downloadMd: { da: 'som Markdown', en: 'as Markdown' },
  downloadSarif: { da: 'som SARIF (til udviklingsværktøjer)', en: 'as SARIF (for development tools)' },
  downloadText: { da: 'som tekst', en: 'as text' },
  reportLabel: { da: 'Rapporten', en: 'The report' },
  language: { da: 'English', en: 'Dansk' },
  languageLabel: { da: 'Read the page in English', en: 'Læs siden på dansk' },
} satisfies Record<string, Localized>;

type TextKey = keyof typeof TEXTS;

const STATUS = {
  reading: { da: 'Læser buddet …', en: 'Reading the bid …' },
  checking: { da: 'Tjekker {n} filer …', en: 'Checking {n} files …' },
  done: { da: 'Buddet er tjekket: {n} filer på {s} sekunder.', en: 'The bid has been checked: {n} files in {s} seconds.' },
  doneNamed: { da: 'Buddet {name} er tjekket: {n} filer på {s} sekunder.', en: 'The bid {name} has been checked: {n} files in {s} seconds.' },
  empty: { da: 'Der var ingen filer at tjekke.', en: 'There were no files to check.' },
  failed: { da: 'Buddet kunne ikke tjekkes: {reason}', en: 'The bid could not be checked: {reason}' },
} satisfies Record<string, Localized>;

let lang: Lang = 'da';
let shown: { report: Report; name: string; sources: ReadonlyMap<string, string> } | undefined;
type StatusData = Record<string, string | number | Localized>;
let lastStatus: { text: Localized; data: StatusData } | undefined;
const urls: string[] = [];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Sets the status line, again in the other language when it is switched; numbers as the language writes them (0,25 or 0.25). */
function say(text: Localized, data: StatusData = {}): void {
  lastStatus = { text, data };
  const shown = (value: string | number | Localized) => (typeof value === 'number' ? value.toFixed(2).replace('.', lang === 'da' ? ',' : '.') : typeof value === 'string' ? value : value[lang]);
  $('status').textContent = text[lang].replace(/\{(\w+)\}/g, (whole, key: string) => (data[key] === undefined ? whole : shown(data[key])));
}

/** A file of the bid as `check()` reads it: by its path in the bid, read only when within the limits. */
function inputFile(file: File, path: string): InputFile {
  return {
    path,
    size: file.size,
    read: async (maxBytes) => {
      if (file.size > maxBytes) throw new TooLarge(file.size);
      return new Uint8Array(await file.arrayBuffer());
    },
  };
}

/** The name of the folder every path starts in, which is then the bid root (as the folder given to the CLI is). */
function commonFolder(paths: readonly string[]): string | undefined {
  const first = paths[0]?.split('/')[0];
  return first !== undefined && paths.every((p) => p.startsWith(`${first}/`)) ? first : undefined;
}

function withoutFolder(items: readonly { file: File; path: string }[]): { files: InputFile[]; name: string | undefined } {
  const folder = commonFolder(items.map((i) => i.path));
  return {
    files: items.map((i) => inputFile(i.file, folder ? i.path.slice(folder.length + 1) : i.path)),
    name: folder,
  };
}

/**
 * A zip chosen alone is the bid, and the folder all its safe entries share is its root. Entry names
 * go to `check()` as written otherwise, so a name with `../` is refused there, with a finding.
 */
async function fromZip(file: File): Promise<{ files: InputFile[]; name: string }> {
  const entries = zipFiles(new Uint8Array(await file.arrayBuffer()));
  const folder = commonFolder(entries.map((e) => e.path).filter((p) => memoryPath(p) !== undefined));
  return {
    files: folder ? entries.map((e) => (e.path.startsWith(`${folder}/`) ? { ...e, path: e.path.slice(folder.length + 1) } : e)) : entries,
    name: file.name.replace(/\.zip$/i, ''),
  };
}

async function oneZip(items: readonly { file: File; path: string }[]): Promise<File | undefined> {
  const only = items.length === 1 ? items[0]!.file : undefined;
  if (!only) return undefined;
  if (/\.zip$/i.test(only.name)) return only;
  return isZip(new Uint8Array(await only.slice(0, 4).arrayBuffer())) ? only : undefined;
}

async function run(items: readonly { file: File; path: string }[]): Promise<void> {
  // a new bid replaces the report shown, also when it cannot be checked
  shown = undefined;
  $('result').hidden = true;
  delete $('status').dataset['ms'];
  try {
    say(STATUS.reading);
    const zip = await oneZip(items);
    const { files, name } = zip ? await fromZip(zip) : withoutFolder(items);
    if (files.length === 0) {
      say(STATUS.empty);
      return;
    }
    say(STATUS.checking, { n: String(files.length) });
    await new Promise((resolve) => setTimeout(resolve, 0)); // let the status show before the work starts
    const started = performance.now();
    // The tender profile and the evaluators' assessment go here beside the bid (check({ tender, assessment })
    // takes them as { file, text }) once the tender schemas are precompiled: see docs/web.md.
    const report = await check({ files, ...(name ? { root: name } : {}) });
    const seconds = (performance.now() - started) / 1000;
    shown = { report, name: name ?? 'rapport', sources: await sourcesOf(report, files) };
    $('status').dataset['ms'] = String(Math.round(seconds * 1000));
    say(name ? STATUS.doneNamed : STATUS.done, { name: shown.name, n: String(report.inputs.length), s: seconds });
    showReport();
    $('result-heading').focus();
  } catch (error) {
    const reason = error instanceof ZipRefused ? error.reason : error instanceof UsageError ? error.text : { da: String(error), en: String(error) };
    say(STATUS.failed, { reason });
  }
}

/**
 * The text of the files with findings, for the lines the HTML report shows beside them, as the CLI
 * gives them: read and decoded as the check read them, and kept only while the bytes are the ones
 * the report hashed.
 */
async function sourcesOf(report: Report, files: readonly InputFile[]): Promise<Map<string, string>> {
  const wanted = new Set(report.findings.filter((f) => f.location.range && f.location.file).map((f) => f.location.file));
  const byPath = new Map(files.map((f) => [memoryPath(f.path), f]));
  const sources = new Map<string, string>();
  for (const input of report.inputs.filter((i) => wanted.has(i.path))) {
    try {
      const source = sourceFromBytes(input.path, (await byPath.get(input.path)?.read(DEFAULT_LIMITS.fileBytes)) ?? new Uint8Array());
      if (source.sha256 === input.sha256) sources.set(input.path, source.text);
    } catch {
      // unreadable now: the report shows the place without the lines
    }
  }
  return sources;
}

/** The formats offered for download, by the id of their link. */
const DOWNLOADS: readonly [id: string, format: Format, type: string][] = [
  ['download-html', 'html', 'text/html;charset=utf-8'],
  ['download-json', 'json', 'application/json'],
  ['download-md', 'md', 'text/markdown;charset=utf-8'],
  ['download-sarif', 'sarif', 'application/sarif+json'],
  ['download-text', 'text', 'text/plain;charset=utf-8'],
];

function showReport(): void {
  if (!shown) return;
  for (const url of urls.splice(0)) URL.revokeObjectURL(url);
  const { report, name, sources } = shown;
  // the exit code the CLI would give with its default --fail-on error, which SARIF records
  const options = { lang, color: false, quiet: false, exitCode: exitCode(report, 'error'), sources };
  const html = render('html', report, options);
  // the report's own page, in a frame that may run nothing and reach nothing (the page's policy applies in it too)
  $<HTMLIFrameElement>('report-frame').srcdoc = html;
  for (const [id, format, type] of DOWNLOADS) {
    const url = URL.createObjectURL(new Blob([format === 'html' ? html : render(format, report, options)], { type }));
    urls.push(url);
    const link = $<HTMLAnchorElement>(id);
    link.href = url;
    link.download = FILE_NAMES[format].replace('rammetjek', `rammetjek-${name}`);
  }
  $('result').hidden = false;
}

function applyLanguage(): void {
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    element.textContent = TEXTS[element.dataset['text'] as TextKey][lang];
  }
  const button = $('language');
  button.lang = lang === 'da' ? 'en' : 'da';
  button.setAttribute('aria-label', TEXTS.languageLabel[lang]);
  document.title = TEXTS.title[lang];
  $('report-frame').title = TEXTS.reportLabel[lang];
  if (lastStatus) say(lastStatus.text, lastStatus.data);
  showReport();
}

/** Every file under the dropped entries, with its path from the drop (a folder's name first). */
async function dropped(transfer: DataTransfer): Promise<{ file: File; path: string }[]> {
  const out: { file: File; path: string }[] = [];
  const entries: FileSystemEntry[] = [];
  for (const item of transfer.items) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry();
    const file = entry ? undefined : item.getAsFile();
    // a browser without entries for this drop still gives the files themselves
    if (entry) entries.push(entry);
    else if (file) out.push({ file, path: file.name });
  }
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      out.push({ file, path: entry.fullPath.replace(/^\//, '') });
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      // readEntries gives at most 100 entries a call, until it gives none
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) break;
        for (const child of batch) await walk(child);
      }
    }
  };
  for (const entry of entries) await walk(entry);
  return out;
}

function picked(input: HTMLInputElement): { file: File; path: string }[] {
  return [...(input.files ?? [])].map((file) => ({ file, path: file.webkitRelativePath || file.name }));
}

function start(): void {
  for (const id of ['folder', 'files']) {
    const input = $<HTMLInputElement>(id);
    input.addEventListener('change', () => {
      void run(picked(input)).finally(() => (input.value = ''));
    });
  }
  const zone = $('choose');
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    if (event.dataTransfer) void dropped(event.dataTransfer).then(run);
  });
  $('language').addEventListener('click', () => {
    lang = lang === 'da' ? 'en' : 'da';
    applyLanguage();
  });
  document.body.dataset['ready'] = 'true';
}

start();
