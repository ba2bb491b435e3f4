import { createHash } from 'node:crypto';
import { RULES, RULESET_VERSION } from '../rules/index.js';
import { loadBid, type BidFile } from './artefacts/bid.js';
import { bidRoot, formatOf, listBidFiles, readAttachment, readInside, readSource, relativePath, sourceText, type InputDocument, type SourceText } from './artefacts/files.js';
import { declaredDeviations } from './assess/deviations.js';
import { buildReport, type Report } from './assess/report.js';
import { diagnostic } from './core/diagnostics.js';
import { locateFindings, runRules } from './core/engine.js';
import { UsageError } from './core/errors.js';
import { compareFindings, type Finding } from './core/finding.js';
import type { AnyRule } from './core/rule.js';
import { resolveLimits, type Limits } from './core/limits.js';
import { VERSION } from './version.js';

/** What to check and how. Give `paths` (files and folders that together form one bid) or `documents`. */
export interface CheckOptions {
  /** Files and folders on disk that together make up one bid. */
  readonly paths?: readonly string[];
  /** Documents in memory (path relative to the bid root, and text); nothing is read from disk. */
  readonly documents?: readonly InputDocument[];
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
  const rules = options.rules ?? RULES;
  if (options.asOf !== undefined && !isDate(options.asOf)) {
    throw new UsageError(`asOf must be a date as YYYY-MM-DD, not ${options.asOf}`);
  }
  const limits = resolveLimits(options.limits);
  const clock = stopwatch();
  const { root, sources, attachments, failures, readMore } = await gather(options, limits);
  clock.lap('read');
  const loaded = await loadBid(sources, attachments, failures, {
    limits,
    ...(options.allowRemoteRefs ? { allowRemoteRefs: options.allowRemoteRefs } : {}),
    ...(readMore ? { readMore } : {}),
  });
  clock.lap('load');
  const asOf = options.asOf ?? documentDate(loaded.bid.solutions[0]?.doc.date) ?? new Date().toISOString().slice(0, 10);
  const runs = runRules(loaded.bid, rules, asOf);
  clock.lap('rules');
  const findings = locateFindings([...loaded.findings, ...runs.flatMap((r) => r.findings)], loaded.texts).sort(compareFindings);
  clock.lap('locate');
  const report = buildReport({
    root,
    asOf,
    version: VERSION,
    ruleset: rulesetOf(rules),
    files: loaded.bid.files,
    solutions: loaded.bid.solutions,
    runs,
    findings,
    deviations: declaredDeviations(loaded.bid.solutions, rules),
  });
  clock.lap('assess');
  options.onTiming?.({ phases: clock.phases, rules: runs.map((r) => ({ ruleId: r.rule.id, ms: r.ms })) });
  return report;
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
  readonly root: string;
  readonly sources: SourceText[];
  readonly attachments: BidFile[];
  readonly failures: Finding[];
  readonly readMore?: (path: string) => Promise<SourceText | undefined>;
}

async function gather(options: CheckOptions, limits: Limits): Promise<Gathered> {
  if (options.documents) {
    return { root: '.', sources: options.documents.map((d) => sourceText(d)), attachments: [], failures: [] };
  }
  if (!options.paths || options.paths.length === 0) throw new UsageError('give at least one file or folder to check');
  const root = await bidRoot(options.paths);
  const sources: SourceText[] = [];
  const attachments: BidFile[] = [];
  const failures: Finding[] = [];
  const maxBytes = limits.fileBytes;
  for (const file of await listBidFiles(options.paths)) {
    try {
      if (formatOf(file)) sources.push(await readSource(root, file, maxBytes));
      else attachments.push(await readAttachment(root, file, maxBytes));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      failures.push(diagnostic('load-error', { da: `Filen kan ikke indlæses: ${reason}`, en: `The file cannot be loaded: ${reason}` }, { file: relativePath(root, file), pointer: '' }));
    }
  }
  return { root: relativePath(process.cwd(), root) || '.', sources, attachments, failures, readMore: (file) => readInside(root, file, maxBytes) };
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

