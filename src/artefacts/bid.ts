import { diagnostic } from '../core/diagnostics.js';
import type { Finding } from '../core/finding.js';
import { DEFAULT_LIMITS, LimitExceeded, limitText, type Limits } from '../core/limits.js';
import type { SourceText } from './files.js';
import { detectDataKind, looksLikeSolution, mayHaveBeen, type ArtefactKind, type DocumentKind, type TextFormat } from './kinds.js';
import { explainParseFailure } from './parse-messages.js';
import { memoModel, samlModel, wsdlModel, xmlKind, type MemoModel, type SamlModel, type WsdlModel } from './xml/model.js';
import { parseXml, type XmlElement } from './xml/parse.js';
import { xmlReferenceFindings } from './xml/references.js';
import { ParseFailure, parseData } from './parse.js';
import { buildSolutionModel, type SolutionModel } from './solution/model.js';
import { validateSolution } from './solution/validate.js';
import { buildOpenApiModel, type OpenApiModel } from './openapi/model.js';
import { collectSpecFiles, findRefs, refTarget } from './openapi/refs.js';
import { unrunnablePatternFindings } from './openapi/patterns.js';
import { oasVersion, validateStructure } from './openapi/structure.js';

/** One file of the bid as the report lists it. */
export interface BidFile {
  readonly path: string;
  readonly kind: ArtefactKind;
  readonly sha256: string;
  readonly bytes: number;
}

/** Everything rules can see of one bid. */
export interface Bid {
  readonly files: readonly BidFile[];
  readonly solutions: readonly SolutionModel[];
  readonly openapis: readonly OpenApiModel[];
  readonly samls: readonly SamlModel[];
  readonly wsdls: readonly WsdlModel[];
  readonly memos: readonly MemoModel[];
  /** Files that could not be read or parsed (each has a load-error, limit-exceeded or parse-error finding). */
  readonly unparsable: ReadonlySet<string>;
  /** Unparsable files that are meant as the solution description (by name or content): its rules are not assessed, and the report says why. */
  readonly unreadableSolutions: readonly string[];
  /** Other unparsable files, by the kinds they may have been: the rules of a kind with no readable document are then not assessed. */
  readonly unreadableDocuments: ReadonlyMap<DocumentKind, readonly string[]>;
}

/** Options for loading. */
export interface LoadOptions {
  /** Bounds on untrusted input; the defaults when not given. */
  readonly limits?: Limits;
  /** Hosts remote `$ref`s may be fetched from (none by default). */
  readonly allowRemoteRefs?: readonly string[];
  /**
   * Reads a file of the bid folder that was not among the sources (a spec checked on its own, whose
   * `$ref`s lead to files beside it). Returns undefined when the file is not a readable regular file
   * inside the bid folder.
   */
  readonly readMore?: (path: string) => Promise<SourceText | undefined>;
}

/** What loading produced: the models, plus findings for files that could not be read or parsed. */
export interface LoadedBid {
  readonly bid: Bid;
  readonly findings: readonly Finding[];
  /** Original text by path, for computing positions of findings later. */
  readonly texts: ReadonlyMap<string, string>;
}

/**
 * Parses every source once, detects its kind by content and builds the models. A file that cannot
 * be parsed becomes a parse-error finding and the rest of the bid is still loaded.
 */
export async function loadBid(
  sources: readonly SourceText[],
  attachments: readonly BidFile[] = [],
  failures: readonly Finding[] = [],
  options: LoadOptions = {},
): Promise<LoadedBid> {
  const findings: Finding[] = [...failures];
  const files: BidFile[] = [];
  const texts = new Map<string, string>();
  const documents = new Map<string, unknown>();
  const unparsable = new Set<string>();
  const roots: { path: string; kind: 'solution' | 'openapi' }[] = [];
  // files that are in the bid but could not be read (too large, no access) count as there and unreadable, never as missing
  const unread = failures.filter((f) => f.ruleId === 'load-error' || f.ruleId === 'limit-exceeded').map((f) => f.location.file).filter(Boolean);
  // and any file found but not parsed (binary, a link, a FIFO, a path out of the bid) may have been a document
  const parsed = new Set(sources.map((s) => s.path));
  const notRead = [...new Set(failures.map((f) => f.location.file).filter((file) => file !== '' && !parsed.has(file)))];
  for (const file of unread) unparsable.add(file);
  const bidFiles = new Set([...sources.map((s) => s.path), ...attachments.map((a) => a.path), ...unread]);
  const xml = new Map<string, XmlElement>();
  const unreadableSolutions: string[] = unread.filter((file) => looksLikeSolution(file, ''));
  const limits = options.limits ?? DEFAULT_LIMITS;
  const failed = (source: SourceText, error: unknown) => {
    unparsable.add(source.path);
    const description = source.format !== 'xml' && looksLikeSolution(source.path, source.text);
    if (description) unreadableSolutions.push(source.path);
    const limit = error instanceof LimitExceeded ? error : stackOverflow(error, limits);
    findings.push(limit ? limitFinding(source.path, limit) : parseErrorFinding(source.path, error, source.format, description));
  };

  for (const source of sources) {
    texts.set(source.path, source.text);
    let kind: ArtefactKind = 'unknown';
    if (source.format === 'xml') {
      try {
        const root = parseXml(source.text, limits);
        xml.set(source.path, root);
        kind = xmlKind(root);
        findings.push(...xmlReferenceFindings(source.path, root));
      } catch (error) {
        failed(source, error);
      }
    } else {
      try {
        const data = parseData(source.text, source.format, limits.depth);
        documents.set(source.path, data);
        kind = detectDataKind(data);
        if (kind === 'solution' || kind === 'openapi') roots.push({ path: source.path, kind });
      } catch (error) {
        failed(source, error);
      }
    }
    files.push({ path: source.path, kind, sha256: source.sha256, bytes: source.bytes });
  }

  const solutions: SolutionModel[] = [];
  for (const { path } of roots.filter((r) => r.kind === 'solution')) {
    const data = documents.get(path);
    try {
      solutions.push(stackSafe(limits, () => buildSolutionModel(path, data, validateSolution(data), bidFiles)));
    } catch (error) {
      if (!(error instanceof LimitExceeded)) throw error;
      unparsable.add(path);
      unreadableSolutions.push(path);
      findings.push(limitFinding(path, error));
    }
  }

  const openapis: OpenApiModel[] = [];
  for (const { path } of roots.filter((r) => r.kind === 'openapi')) {
    let spec = collectSpecFiles(path, documents, unparsable);
    // fill in what the references need, a round at a time: files beside the spec, allowed remote documents
    for (let round = 0; round < 20; round++) {
      let added = false;
      for (const file of options.readMore ? spec.missingLocal : []) {
        const extra = await options.readMore?.(file);
        if (!extra || documents.has(extra.path)) continue;
        texts.set(extra.path, extra.text);
        files.push({ path: extra.path, kind: 'unknown', sha256: extra.sha256, bytes: extra.bytes });
        try {
          documents.set(extra.path, parseData(extra.text, extra.format === 'xml' ? 'yaml' : extra.format, limits.depth));
        } catch (error) {
          unparsable.add(extra.path);
          findings.push(error instanceof LimitExceeded ? limitFinding(extra.path, error) : parseErrorFinding(extra.path, error, extra.format === 'xml' ? 'yaml' : extra.format, false));
        }
        added = true;
      }
      const allowed = spec.missingRemote.filter((url) => (options.allowRemoteRefs ?? []).includes(new URL(url).hostname) && !documents.has(url));
      if (allowed.length > 0) {
        await fetchRemote(allowed, options.allowRemoteRefs ?? [], documents, texts, findings);
        added = true;
      }
      if (!added) break;
      spec = collectSpecFiles(path, documents, unparsable);
    }
    const root = documents.get(path) as Record<string, unknown>;
    const version = oasVersion(root);
    const known = typeof version === 'string' ? version : undefined;
    try {
      const api = stackSafe(limits, () => buildOpenApiModel({
        file: path,
        version: known,
        ...(typeof version === 'string' ? {} : { versionProblem: version }),
        files: spec.files,
        documents,
        refProblems: spec.problems,
        structure: known ? validateStructure(known, path, documents, spec.external, limits) : [],
        limits,
      }));
      openapis.push(api);
      findings.push(...unrunnablePatternFindings(api));
    } catch (error) {
      // a spec past a limit (too deep, too long a chain of references) is not checked at all, never in part
      if (!(error instanceof LimitExceeded)) throw error;
      unparsable.add(path);
      findings.push(limitFinding(path, error));
    }
  }

  const kindOf = new Map(files.map((f) => [f.path, f.kind]));
  const ofKind = (kind: ArtefactKind) => [...xml].filter(([file]) => kindOf.get(file) === kind);
  const samls = ofKind('saml-metadata').map(([file, root]) => samlModel(file, root));
  const wsdls = ofKind('wsdl').map(([file, root]) => wsdlModel(file, root, xml));
  const memos = ofKind('memo').map(([file, root]) => memoModel(file, root));

  files.push(...attachments);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const unreadableDocuments = new Map<DocumentKind, string[]>();
  for (const file of [...new Set([...unparsable, ...notRead])].filter((f) => !unreadableSolutions.includes(f)).sort()) {
    for (const kind of mayHaveBeen(file, texts.get(file))) unreadableDocuments.set(kind, [...(unreadableDocuments.get(kind) ?? []), file]);
  }
  return { bid: { files, solutions, openapis, samls, wsdls, memos, unparsable, unreadableSolutions, unreadableDocuments }, findings, texts };
}

/** Remote documents are fetched only from hosts the library caller allowed, and only what specs refer to. */
async function fetchRemote(urls: readonly string[], hosts: readonly string[], documents: Map<string, unknown>, texts: Map<string, string>, findings: Finding[]): Promise<void> {
  const queue = [...urls];
  for (let i = 0; i < queue.length && i < 100; i++) {
    const url = queue[i] as string;
    if (documents.has(url) || !hosts.includes(new URL(url).hostname)) continue;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000), redirect: 'error' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      if (text.length > DEFAULT_LIMITS.fileBytes) throw new Error('too large');
      documents.set(url, parseData(text, text.trimStart().startsWith('{') ? 'json' : 'yaml'));
      texts.set(url, text);
      for (const { ref } of findRefs(documents.get(url))) {
        const target = refTarget(ref, url);
        if (!('problem' in target) && !documents.has(target.file)) queue.push(target.file);
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      findings.push(diagnostic('load-error', { da: `Det eksterne dokument kunne ikke hentes: ${reason}`, en: `The remote document could not be fetched: ${reason}` }, { file: url, pointer: '' }));
    }
  }
}

/**
 * The depth limit is checked before anything recursive sees a document; a caller who raises it far
 * enough can still make a validator overflow the stack. That is the depth limit speaking, too.
 */
function stackSafe<T>(limits: Limits, build: () => T): T {
  try {
    return build();
  } catch (error) {
    throw stackOverflow(error, limits) ?? error;
  }
}

function stackOverflow(error: unknown, limits: Limits): LimitExceeded | undefined {
  if (!(error instanceof RangeError) || !/call stack/i.test(error.message)) return undefined;
  return new LimitExceeded('depth', limits.depth, { da: 'Dokumentet er indlejret for dybt til at kunne kontrolleres', en: 'The document nests too deeply to be checked' });
}

/** A document past a limit: not checked, and the finding names the limit. */
function limitFinding(file: string, error: LimitExceeded): Finding {
  const limit = limitText(error.limit, error.value);
  return diagnostic('limit-exceeded', { da: `${error.what.da}: ${limit.da}.`, en: `${error.what.en}: ${limit.en}.` }, { file: error.at?.file ?? file, pointer: error.at?.pointer ?? '' });
}

function parseErrorFinding(file: string, error: unknown, format: TextFormat, description: boolean): Finding {
  const line = error instanceof ParseFailure ? error.line : 1;
  const column = error instanceof ParseFailure ? error.column : 1;
  const why = explainParseFailure(error instanceof Error ? error.message : String(error), format, !(error instanceof ParseFailure) || error.cause !== undefined);
  const at = { da: `linje ${line}, kolonne ${column}`, en: `line ${line}, column ${column}` };
  const name = format.toUpperCase();
  return diagnostic(
    'parse-error',
    description
      ? {
          da: `Løsningsbeskrivelsen kan ikke læses (${at.da}): ${why.da}. Reglerne for løsningsbeskrivelsen er ikke vurderet; resten af buddet er kontrolleret.`,
          en: `The solution description cannot be parsed (${at.en}): ${why.en}. The rules on the description were not assessed; the rest of the bid was checked.`,
        }
      : { da: `Filen kan ikke læses som ${name} (${at.da}): ${why.da}.`, en: `The file cannot be parsed as ${name} (${at.en}): ${why.en}.` },
    { file, pointer: '', range: { start: { line, column }, end: { line, column } } },
  );
}
