import { createHash } from 'node:crypto';
import { RULES, RULESET_VERSION } from '../rules/index.js';
import { loadBid, type Bid, type BidFile } from './artefacts/bid.js';
import { readdir, lstat } from 'node:fs/promises';
import path from 'node:path';
import {
  bidRoot,
  formatOf,
  attachmentFromBytes,
  identities,
  leftOut,
  listBidFiles,
  memoryPath,
  readInside,
  readRegular,
  relativePath,
  sourceFromBytes,
  sourceText,
  TooLarge,
  Unreadable,
  type EncodingProblem,
  type InputDocument,
  type InputFile,
  type SkippedFile,
  type SkipReason,
  type SourceText,
} from './artefacts/files.js';
import { CHECKED_KINDS, isRammetjekReport } from './artefacts/kinds.js';
import { declaredDeviations } from './assess/deviations.js';
import { buildReport, type Report } from './assess/report.js';
import { planTender, tenderRules } from './assess/tender.js';
import { loadAssessment, loadTender, type Assessment, type InputSource, type Tender } from './tender/load.js';
import { diagnostic } from './core/diagnostics.js';
import { locateFindings, runRules } from './core/engine.js';
import { UsageError } from './core/errors.js';
import { compareFindings, type Finding } from './core/finding.js';
import type { AnyRule } from './core/rule.js';
import { limitText, resolveLimits, type Limits } from './core/limits.js';
import type { Localized } from './core/text.js';
import { VERSION } from './version.js';

/** What to check and how. Give `paths` (files and folders that together form one bid), `files` or `documents`. */
export interface CheckOptions {
  /** Files and folders on disk that together make up one bid. */
  readonly paths?: readonly string[];
  /** Documents in memory (path relative to the bid root, and text); nothing is read from disk. */
  readonly documents?: readonly InputDocument[];
  /**
   * Files in memory, read as bytes only when within the limits (a folder dropped in a browser, the
   * entries of a zip): decoded, hashed and sorted as files on disk are; paths that leave the bid are refused.
   */
  readonly files?: readonly InputFile[];
  /** With `files`: the bid folder as reports name it (the folder dropped in a browser, say). Default `.`. */
  readonly root?: string;
  /**
   * The date the bid is judged at (YYYY-MM-DD): ages of certificates and reports count from it.
   * Default: the `date` of the solution description, else today (UTC). Fix it for reproducible reports.
   */
  readonly asOf?: string;
  /** The rules to run. Default: every rule of rammetjek. */
  readonly rules?: readonly AnyRule[];
  /** Bounds on untrusted input (bytes per file, files per bid, nesting depth, …); defaults in `DEFAULT_LIMITS`. */
  readonly limits?: Partial<Limits>;
  /**
   * Hosts that remote `$ref`s may be fetched from. Default: none — a bid is checked offline, and a
   * remote reference is reported, not followed.
   */
  readonly allowRemoteRefs?: readonly string[];
  /** Files not to read although they are under `paths`: the report being written into the bid folder. */
  readonly exclude?: readonly string[];
  /**
   * The tender profile (udbudsprofil) to judge the bid by: a path, `{ file, text }`, or a profile
   * loaded once with `loadTender` (for many bids). It decides which rules run and how severe they
   * are, and adds `report.tender`: mindstekrav per requirement, award score, open items.
   */
  readonly tender?: InputSource | Tender;
  /** The evaluators' assessment of this bid (vurdering): decisions on declared and manual items, deviations, scores, waivers. Needs `tender`. */
  readonly assessment?: InputSource | Assessment;
  /** Receives where the time went (per phase and per rule); kept out of the report so reports stay reproducible. */
  readonly onTiming?: (timing: Timing) => void;
}

/** Milliseconds per phase of a check, and per rule. */
export interface Timing {
  readonly phases: readonly { readonly phase: 'read' | 'load' | 'rules' | 'locate' | 'assess'; readonly ms: number }[];
  readonly rules: readonly { readonly ruleId: string; readonly ms: number }[];
}

/**
 * Checks one bid against the framework architecture and returns the report: a verdict for every
 * rule, architecture rule, principle and goal, with the findings behind them. Never throws for bad
 * input (that becomes findings); throws {@link UsageError} for wrong options or missing paths.
 */
export async function check(options: CheckOptions): Promise<Report> {
  const allRules = options.rules ?? RULES;
  const tender = options.tender === undefined ? undefined : isLoaded<Tender>(options.tender, 'tender') ? options.tender : await loadTender(options.tender, allRules);
  if (options.assessment !== undefined && !tender) {
    throw new UsageError({ da: 'en vurdering kræver en udbudsprofil (--tender)', en: 'an assessment needs a tender profile (--tender)' });
  }
  const assessment = options.assessment === undefined ? undefined : isLoaded<Assessment>(options.assessment, 'assessment') ? options.assessment : await loadAssessment(options.assessment, allRules);
  if (assessment?.tender !== undefined && tender && assessment.tender !== tender.reference) {
    throw new UsageError({ da: `vurderingen ${assessment.file} hører til udbud ${assessment.tender}, ikke ${tender.reference}`, en: `assessment ${assessment.file} belongs to tender ${assessment.tender}, not ${tender.reference}` });
  }
  const rules = tender ? tenderRules(tender, allRules) : allRules;
  if (options.asOf !== undefined && !isDate(options.asOf)) {
    throw new UsageError({ da: `asOf skal være en dato som ÅÅÅÅ-MM-DD, ikke ${options.asOf}`, en: `asOf must be a date as YYYY-MM-DD, not ${options.asOf}` });
  }
  const limits = resolveLimits(options.limits);
  const clock = stopwatch();
  const gathered = await gather(options, limits);
  const { root, sources, attachments, failures, readMore } = gathered;
  clock.lap('read');
  const loaded = await loadBid(sources, attachments, failures, {
    limits,
    ...(options.allowRemoteRefs ? { allowRemoteRefs: options.allowRemoteRefs } : {}),
    ...(readMore ? { readMore } : {}),
  });
  clock.lap('load');
  const descriptions = loaded.bid.solutions.map((s) => s.file);
  if (descriptions.length > 1) {
    const list = descriptions.map((f) => joinRoot(root, f)).join(', ');
    throw new UsageError({
      da: `der er ${descriptions.length} løsningsbeskrivelser i ét tjek (${list}); tjek ét bud ad gangen, eller sammenlign buddene med «rammetjek compare»`,
      en: `there are ${descriptions.length} solution descriptions in one check (${list}); check one bid at a time, or compare the bids with 'rammetjek compare'`,
    });
  }
  const wholeBid = options.paths && !gathered.folderGiven ? await descriptionFolder(gathered, descriptions[0]) : undefined;
  if (wholeBid) return check({ ...options, paths: [wholeBid], ...(tender ? { tender } : {}), ...(assessment ? { assessment } : {}) });

  // nothing to check says it all; otherwise each named file of no known kind says so itself
  const nothing = nothingToCheck(loaded.bid, gathered);
  const problems = [...loaded.findings, ...(nothing.length > 0 ? nothing : namedFileProblems(loaded.bid.files, gathered.named))];
  const asOf = options.asOf ?? documentDate(loaded.bid.solutions[0]?.doc.date) ?? new Date().toISOString().slice(0, 10);
  const runs = runRules(loaded.bid, rules, asOf, rules, limits.ruleSeconds * 1000);
  const unrun = runs.filter((r) => r.timedOut).length;
  if (unrun > 0) {
    const limit = limitText('ruleSeconds', limits.ruleSeconds);
    problems.push(diagnostic('limit-exceeded', { da: `${unrun} regler er ikke kørt og er ikke vurderet: ${limit.da}.`, en: `${unrun} rules were not run and are not assessed: ${limit.en}.` }, { file: '', pointer: '' }));
  }
  clock.lap('rules');
  const findings = locateFindings([...problems, ...runs.flatMap((r) => r.findings)], loaded.texts).sort(compareFindings);
  clock.lap('locate');
  const claims = declaredDeviations(loaded.bid.solutions, rules);
  const plan = tender
    ? planTender({ tender, ...(assessment ? { assessment } : {}), asOf, rules, files: loaded.bid.files, findings, deviations: claims, bidKinds: loaded.bid.solutions[0]?.doc.profile?.kinds ?? [] })
    : undefined;
  const built = buildReport({
    root,
    asOf,
    version: VERSION,
    ruleset: rulesetOf(rules),
    files: loaded.bid.files,
    solutions: loaded.bid.solutions,
    unreadableSolutions: loaded.bid.unreadableSolutions,
    unreadableDocuments: loaded.bid.unreadableDocuments,
    runs,
    findings,
    deviations: plan?.deviations ?? claims,
    ...(plan ? { waive: plan.waive, decisions: plan.decisions } : {}),
  });
  const report = plan ? { ...built, tender: plan.finish(built) } : built;
  clock.lap('assess');
  options.onTiming?.({ phases: clock.phases, rules: runs.map((r) => ({ ruleId: r.rule.id, ms: r.ms })) });
  return report;
}

function isLoaded<T extends { kind: string }>(value: unknown, kind: T['kind']): value is T {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === kind;
}

function joinRoot(root: string, file: string): string {
  return root === '.' ? file : `${root}/${file}`;
}

/**
 * When only files were named and one is the solution description, the bid is the description's
 * folder: checked alone, the description would miss the specs and metadata beside it and report
 * them missing. Returns that folder when it holds files that were not read.
 */
async function descriptionFolder(gathered: Gathered, description: string | undefined): Promise<string | undefined> {
  if (!description || !gathered.absoluteRoot) return undefined;
  const folder = path.dirname(path.join(gathered.absoluteRoot, description));
  const outside = gathered.named.some((f) => path.relative(folder, path.join(gathered.absoluteRoot as string, f)).startsWith('..'));
  if (outside) return undefined;
  const entries = await readdir(folder);
  const read = new Set(gathered.named.map((f) => path.join(gathered.absoluteRoot as string, f)));
  return entries.some((e) => !e.startsWith('.') && !read.has(path.join(folder, e))) ? folder : undefined;
}

/** A file named on its own that is none of the kinds rammetjek checks says so, so a wrong path cannot pass unnoticed. */
function namedFileProblems(files: readonly BidFile[], named: readonly string[]): Finding[] {
  const kinds = new Map(files.map((f) => [f.path, f.kind]));
  return named
    .filter((file) => {
      const kind = kinds.get(file);
      return kind === 'unknown' || kind === 'xml' || kind === 'attachment';
    })
    .map((file) =>
      diagnostic(
        'unknown-file',
        {
          da: 'Filen er hverken en løsningsbeskrivelse, en OpenAPI-specifikation, SAML-metadata, en WSDL eller en MeMo-besked, så den er ikke kontrolleret.',
          en: 'The file is not a solution description, an OpenAPI specification, SAML metadata, a WSDL or a MeMo message, so it was not checked.',
        },
        { file, pointer: '' },
      ),
    );
}

/** A run that found nothing of a kind the rules read must not look like a clean bid. */
function nothingToCheck(bid: Bid, gathered: Gathered): Finding[] {
  if (bid.files.some((f) => CHECKED_KINDS.has(f.kind)) || bid.unparsable.size > 0) return [];
  const read = bid.files.filter((f) => f.kind !== 'report');
  const where = gathered.shown === '.' ? '' : ` (${gathered.shown})`;
  const only = read.length === 1 ? read[0] : undefined;
  return [
    diagnostic(
      'nothing-to-check',
      read.length === 0
        ? { da: `Der er ingen filer at kontrollere${where}.`, en: `There are no files to check${where}.` }
        : only?.bytes === 0
        ? { da: `Den eneste fil, ${only.path}, er tom.`, en: `The only file, ${only.path}, is empty.` }
        : only
        ? {
            da: `Den eneste fil, ${only.path}, er hverken en løsningsbeskrivelse, en OpenAPI-specifikation, SAML-metadata til en tjenesteudbyder, en WSDL eller en MeMo-besked.`,
            en: `The only file, ${only.path}, is not a solution description, an OpenAPI specification, service-provider SAML metadata, a WSDL or a MeMo message.`,
          }
        : {
            da: `Ingen af de ${read.length} filer${where} er en løsningsbeskrivelse, en OpenAPI-specifikation, SAML-metadata til en tjenesteudbyder, en WSDL eller en MeMo-besked.`,
            en: `None of the ${read.length} files${where} is a solution description, an OpenAPI specification, service-provider SAML metadata, a WSDL or a MeMo message.`,
          },
      { file: only?.path ?? '', pointer: '' },
    ),
  ];
}

function stopwatch() {
  const phases: { phase: Timing['phases'][number]['phase']; ms: number }[] = [];
  let last = performance.now();
  return {
    phases,
    lap(phase: Timing['phases'][number]['phase']) {
      const now = performance.now();
      phases.push({ phase, ms: now - last });
      last = now;
    },
  };
}

interface Gathered {
  /** The bid root as reports show it: relative to the working folder. */
  readonly root: string;
  /** The bid as the user wrote it, for messages. */
  readonly shown: string;
  readonly absoluteRoot?: string;
  /** A folder was among the paths (so the bid is that folder, not a file picked from it). */
  readonly folderGiven: boolean;
  /** Files named on their own (relative to the root): their content decides their kind, and an unknown kind is reported. */
  readonly named: readonly string[];
  readonly sources: SourceText[];
  readonly attachments: BidFile[];
  readonly failures: Finding[];
  readonly readMore?: (path: string) => Promise<SourceText | undefined>;
}

async function gather(options: CheckOptions, limits: Limits): Promise<Gathered> {
  if (options.documents) {
    const sources = options.documents.filter((d) => formatOf(d.path)).map((d) => sourceText(d));
    const attachments = options.documents.filter((d) => !formatOf(d.path)).map((d) => ({ ...sourceText(d), kind: 'attachment' as const }));
    return {
      root: '.',
      shown: '.',
      folderGiven: true,
      named: [],
      sources: sources.filter((s) => !isRammetjekReport(s.text)),
      attachments: [
        ...attachments.map((a) => ({ path: a.path, kind: isRammetjekReport(a.text) ? ('report' as const) : a.kind, sha256: a.sha256, bytes: a.bytes })),
        ...sources.filter((s) => isRammetjekReport(s.text)).map((s) => ({ path: s.path, kind: 'report' as const, sha256: s.sha256, bytes: s.bytes })),
      ],
      failures: [],
    };
  }
  if (options.files) return gatherInMemory(options.files, limits, options.root ?? '.');
  if (!options.paths || options.paths.length === 0) {
    throw new UsageError({ da: 'angiv mindst én fil eller mappe at tjekke', en: 'give at least one file or folder to check' });
  }
  const root = await bidRoot(options.paths);
  const excluded = await identities(options.exclude ?? []);
  const { files, skipped } = await listBidFiles(root, options.paths, { excluded, maxFiles: limits.files });
  const sources: SourceText[] = [];
  const attachments: BidFile[] = [];
  const failures: Finding[] = skipped.filter((s) => s.reason !== 'excluded').map((s) => skippedFinding(s, limits));
  const maxBytes = limits.fileBytes;
  const named: string[] = [];
  for (const { absolute, named: isNamed } of files) {
    const file = relativePath(root, absolute);
    if (isNamed) named.push(file);
    try {
      sort(file, await readRegular(absolute, maxBytes), isNamed, { sources, attachments, failures });
    } catch (error) {
      failures.push(loadFailure(file, error, limits));
    }
  }
  return {
    root: relativePath(process.cwd(), root) || '.',
    shown: options.paths.length === 1 ? (options.paths[0] as string) : relativePath(process.cwd(), root) || '.',
    absoluteRoot: root,
    folderGiven: await anyFolder(options.paths),
    named,
    sources,
    attachments,
    failures,
    readMore: (file) => readInside(root, file, maxBytes),
  };
}

/**
 * Sorts one file's bytes as the loaders need them: a document to parse, an attachment to hash, or
 * an earlier report of rammetjek (listed, never checked). `named`: a file named on its own, read by
 * its content whatever its name.
 */
function sort(file: string, bytes: Uint8Array, named: boolean, into: Pick<Gathered, 'sources' | 'attachments' | 'failures'>): void {
  if (!formatOf(file) && !named) {
    const { head, ...attachment } = attachmentFromBytes(file, bytes);
    into.attachments.push(isRammetjekReport(head) ? { ...attachment, kind: 'report' } : attachment);
    return;
  }
  const source = sourceFromBytes(file, bytes);
  if (isRammetjekReport(source.text)) into.attachments.push({ path: file, kind: 'report', sha256: source.sha256, bytes: source.bytes });
  else if (source.encodingProblem === 'binary') {
    into.attachments.push({ path: file, kind: named ? 'unknown' : 'attachment', sha256: source.sha256, bytes: source.bytes });
    if (formatOf(file)) into.failures.push(encodingFinding(file, 'binary'));
  } else {
    into.sources.push(source);
    if (source.encodingProblem) into.failures.push(encodingFinding(file, source.encodingProblem));
  }
}

/**
 * A bid handed over in memory (a folder dropped in a browser, a zip read there) is gathered as a
 * folder on disk is: hidden files left out, paths that leave the bid refused, the same limits on
 * files and bytes, each file read only when it is within them.
 */
async function gatherInMemory(input: readonly InputFile[], limits: Limits, root: string): Promise<Gathered> {
  const failures: Finding[] = [];
  const byPath = new Map<string, InputFile>();
  for (const entry of input) {
    const file = memoryPath(entry.path);
    if (file === undefined) failures.push(skippedFinding({ path: entry.path, reason: 'outside' }, limits));
    else if (entry.symlink) failures.push(skippedFinding({ path: file, reason: 'symlink' }, limits));
    else if (file.split('/').some(leftOut)) continue;
    // two entries for one path (a zip can hold that): the first is read, the second said so, never silently dropped
    else if (byPath.has(file)) failures.push(skippedFinding({ path: file, reason: 'duplicate' }, limits));
    else byPath.set(file, entry);
  }
  const listed = [...byPath].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [file] of listed.splice(limits.files)) failures.push(skippedFinding({ path: file, reason: 'too-many' }, limits));
  const sources: SourceText[] = [];
  const attachments: BidFile[] = [];
  for (const [file, entry] of listed) {
    try {
      if (entry.size > limits.fileBytes) throw new TooLarge(entry.size);
      const bytes = await entry.read(limits.fileBytes);
      if (bytes.length > limits.fileBytes) throw new TooLarge(bytes.length);
      sort(file, bytes, false, { sources, attachments, failures });
    } catch (error) {
      failures.push(loadFailure(file, error, limits));
    }
  }
  return { root, shown: root, folderGiven: true, named: [], sources, attachments, failures };
}

async function anyFolder(paths: readonly string[]): Promise<boolean> {
  for (const p of paths) if ((await lstat(p)).isDirectory()) return true;
  return false;
}

function loadFailure(file: string, error: unknown, limits: Limits): Finding {
  if (error instanceof TooLarge) {
    const limit = limitText('fileBytes', limits.fileBytes);
    return diagnostic('limit-exceeded', { da: `Filen er ${error.bytes} bytes og er ikke læst: ${limit.da}.`, en: `The file is ${error.bytes} bytes and was not read: ${limit.en}.` }, { file, pointer: '' });
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    error instanceof Unreadable ? error.reason :
    code === 'EACCES' || code === 'EPERM' ? { da: 'rammetjek har ikke adgang til at læse den', en: 'rammetjek is not allowed to read it' }
    : code === 'ELOOP' ? { da: 'den er et symbolsk link', en: 'it is a symbolic link' }
    : code === 'EISDIR' ? { da: 'den er en mappe', en: 'it is a folder' }
    : { da: `læsningen fejlede (${code ?? (error instanceof Error ? error.message : String(error))})`, en: `reading failed (${code ?? (error instanceof Error ? error.message : String(error))})` };
  return diagnostic('load-error', { da: `Filen kan ikke indlæses: ${reason.da}.`, en: `The file cannot be loaded: ${reason.en}.` }, { file, pointer: '' });
}

function skippedFinding(skipped: SkippedFile, limits: Limits): Finding {
  const message: Record<SkipReason, Localized> = {
    symlink: { da: 'Filen er et symbolsk link og er ikke læst: rammetjek følger aldrig links, så et bud ikke kan pege ud af sin mappe.', en: 'The file is a symbolic link and was not read: rammetjek never follows links, so a bid cannot point outside its folder.' },
    special: { da: 'Filen er ikke en almindelig fil (men fx en FIFO, en socket eller en enhed) og er ikke læst.', en: 'The file is not a regular file (but, say, a FIFO, a socket or a device) and was not read.' },
    excluded: { da: 'Filen er rapporten, der skrives, og er ikke læst.', en: 'The file is the report being written and was not read.' },
    outside: { da: 'Filen har en sti, der peger ud af buddets mappe (med ../ eller som absolut sti), og er ikke læst.', en: 'The file has a path that leads out of the bid folder (with ../ or as an absolute path) and was not read.' },
    duplicate: { da: 'Buddet indeholder to filer med denne sti (fx to gange i samme zip-fil); kun den første er læst.', en: 'The bid holds two files with this path (twice in the same zip file, say); only the first was read.' },
    'too-many': { da: `Filen er ikke læst: ${limitText('files', limits.files).da}.`, en: `The file was not read: ${limitText('files', limits.files).en}.` },
  };
  return diagnostic(skipped.reason === 'too-many' ? 'limit-exceeded' : 'skipped-file', message[skipped.reason], { file: skipped.path, pointer: '' });
}

function encodingFinding(file: string, problem: EncodingProblem): Finding {
  return diagnostic(
    'encoding-error',
    problem === 'binary'
      ? { da: 'Filen indeholder binære data (NUL-tegn), ikke tekst, og er ikke kontrolleret.', en: 'The file holds binary data (NUL characters), not text, and was not checked.' }
      : { da: 'Filen er ikke gyldig UTF-8 (måske Latin-1 eller Windows-1252); tegn, der ikke kunne læses, er vist som �.', en: 'The file is not valid UTF-8 (Latin-1 or Windows-1252, perhaps); characters that could not be read show as �.' },
    { file, pointer: '' },
  );
}

function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}

function documentDate(value: unknown): string | undefined {
  return typeof value === 'string' && isDate(value) ? value : undefined;
}

/** Version and fingerprint of the rules that ran, so a report shows exactly which rule texts judged the bid. */
function rulesetOf(rules: readonly AnyRule[]): { version: string; sha256: string; rules: number } {
  const hash = createHash('sha256');
  for (const r of rules) {
    hash.update(JSON.stringify([r.id, r.catalogueId, r.severity, r.level, r.mode, r.architectureRules, r.title, r.messages, r.fix]));
  }
  return { version: RULESET_VERSION, sha256: hash.digest('hex'), rules: rules.length };
}

