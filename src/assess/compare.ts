/**
 * `compare`: several bids checked against one tender profile (in worker threads), then one
 * comparison: a row per mindstekrav, award criterion, principle and goal, a column per bid, totals
 * and a ranking in which only conforming bids take part. Deterministic: the same bids, tender and
 * assessments give the same comparison, whatever order the workers finish in.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readdir, readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { GOALS, PRINCIPLES } from '../../rules/catalogue/framework.js';
import { RULES, RULESET_VERSION } from '../../rules/index.js';
import { check } from '../check.js';
import { UsageError } from '../core/errors.js';
import type { Limits } from '../core/limits.js';
import type { Localized } from '../core/text.js';
import { loadTender, type InputSource, type Tender } from '../tender/load.js';
import { VERSION } from '../version.js';
import type { Report, VerdictStatus } from './report.js';
import { type ShownStatus, shownStatus } from './shown-status.js';
import type { OpenItem, RequirementStatus } from './tender.js';

export interface CompareOptions {
  /** The bid folders, one per bidder. */
  readonly bids: readonly string[];
  /** The tender profile: a path, `{ file, text }`, or a profile loaded with `loadTender`. */
  readonly tender: InputSource | Tender;
  /**
   * The evaluators' assessments: a folder holding `<bid folder name>.yaml` (or `.yml`, `.json`) per
   * bid, or the sources keyed by bid id. A bid without one simply has its manual items open.
   */
  readonly assessments?: string | Readonly<Record<string, InputSource>>;
  readonly asOf?: string;
  readonly limits?: Partial<Limits>;
  /** Worker threads to check the bids in. Default: the available cores (at most one per bid); 0 or 1 checks them in this thread. */
  readonly workers?: number;
  /** Called as each bid is done (in the order they finish), for a progress line. */
  readonly onProgress?: (progress: Progress) => void;
}

export interface Progress {
  readonly bid: string;
  readonly done: number;
  readonly total: number;
  readonly ms: number;
  readonly ok: boolean;
}

/** A bid's column in the comparison. */
export interface BidColumn {
  /** The bid folder's name (its path, where two folders share a name). */
  readonly id: string;
  readonly path: string;
  /** `unreadable`: the bid could not be checked (the reason in `error`); the other bids are still compared. */
  readonly status: 'checked' | 'unreadable';
  readonly error?: Localized;
  readonly solution?: { readonly name?: string; readonly version?: string; readonly vendor?: string };
  readonly fingerprint?: string;
  /** The bid declares one of the tender's solution profiles; a bid for another profile is not ranked. */
  readonly profileMatches?: boolean;
  readonly mindstekrav?: RequirementStatus;
  readonly total?: number;
  readonly provisional?: boolean;
  readonly findings?: { readonly error: number; readonly warning: number; readonly info: number };
  readonly assessment?: { readonly file: string; readonly stale: boolean };
  /** Manual items still open; `blocking` ones hold up a final ranking. */
  readonly open?: readonly OpenItem[];
}

export type RowKind = 'mindstekrav' | 'criterion' | 'total' | 'principle' | 'goal';

/** One row: one value per bid column (null where the bid could not be checked). */
export interface ComparisonRow {
  readonly kind: RowKind;
  readonly id: string;
  readonly title: Localized;
  readonly weight?: number;
  /** A status (mindstekrav, principle, goal) or points (criterion, total). */
  readonly values: readonly (string | number | null)[];
}

export interface Comparison {
  readonly comparisonVersion: 1;
  readonly tool: { readonly name: 'rammetjek'; readonly version: string };
  readonly ruleset: { readonly version: string };
  readonly tender: { readonly file: string; readonly sha256: string; readonly name: string; readonly reference: string; readonly date: string; readonly buyer?: string; readonly scale?: { readonly max: number; readonly deviation: number } };
  readonly bids: readonly BidColumn[];
  readonly rows: readonly ComparisonRow[];
  /** Conforming bids by total, highest first; equal totals share a rank. */
  readonly ranking: readonly { readonly rank: number; readonly bid: string; readonly total: number }[];
  /** Bids listed but not ranked, with the reason. */
  readonly notRanked: readonly { readonly bid: string; readonly reason: Localized }[];
  /** No bid has an open item that blocks the ranking, none awaits a decision, and every bid could be read. */
  readonly final: boolean;
}

/** One bid to check, as sent to a worker. */
export interface CompareJob {
  readonly index: number;
  readonly path: string;
  readonly tender: { readonly file: string; readonly text: string };
  readonly assessment?: InputSource;
  readonly asOf?: string;
  readonly limits?: Partial<Limits>;
}

export type CompareResult = { readonly index: number; readonly ms: number } & ({ readonly report: Report } | { readonly error: Localized });

/** Checks one bid of a comparison; a bid that cannot be read comes back as an error, never a throw. */
export async function checkOne(job: CompareJob): Promise<CompareResult> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  try {
    const report = await check({ paths: [job.path], tender: job.tender, ...(job.assessment ? { assessment: job.assessment } : {}), ...(job.asOf ? { asOf: job.asOf } : {}), ...(job.limits ? { limits: job.limits } : {}) });
    const nothing = report.findings.find((f) => f.ruleId === 'nothing-to-check');
    if (nothing) return { index: job.index, ms: ms(), error: nothing.message };
    return { index: job.index, ms: ms(), report };
  } catch (error) {
    const text = error instanceof UsageError ? error.text : { da: `buddet kunne ikke tjekkes: ${String(error)}`, en: `the bid could not be checked: ${String(error)}` };
    return { index: job.index, ms: ms(), error: text };
  }
}

/** Checks every bid against the tender and compares them. Throws for a tender profile that cannot be used; a bid that cannot be read is reported in its column. */
export async function compare(options: CompareOptions): Promise<Comparison> {
  if (options.bids.length === 0) throw new UsageError({ da: 'angiv mindst ét bud at sammenligne', en: 'give at least one bid to compare' });
  if (typeof options.assessments === 'string' && !(await stat(options.assessments).then((s) => s.isDirectory(), () => false))) {
    throw new UsageError({ da: `mappen med vurderinger, ${options.assessments}, findes ikke`, en: `the folder of assessments, ${options.assessments}, does not exist` });
  }
  const source = await tenderSource(options.tender);
  const tender = await loadTender(source, RULES);
  const ids = bidIds(options.bids);
  const jobs: CompareJob[] = await Promise.all(
    options.bids.map(async (bid, index) => {
      const assessment = await assessmentFor(ids[index] as string, options.assessments);
      return { index, path: bid, tender: source, ...(assessment ? { assessment } : {}), ...(options.asOf ? { asOf: options.asOf } : {}), ...(options.limits ? { limits: options.limits } : {}) };
    }),
  );
  const results: CompareResult[] = new Array(jobs.length);
  let done = 0;
  await runJobs(jobs, options.workers ?? Math.min(availableParallelism(), jobs.length), (result) => {
    results[result.index] = result;
    options.onProgress?.({ bid: ids[result.index] as string, done: ++done, total: jobs.length, ms: result.ms, ok: 'report' in result });
  });
  return buildComparison(tender, options.bids, ids, results);
}

async function tenderSource(tender: InputSource | Tender): Promise<{ file: string; text: string }> {
  if (typeof tender === 'string') {
    try {
      return { file: tender, text: (await readFile(tender, 'utf8')).replace(/^\uFEFF/, '') };
    } catch (cause) {
      throw new UsageError({ da: `udbudsprofilen ${tender} kan ikke læses`, en: `the tender profile ${tender} cannot be read` }, { cause });
    }
  }
  if ('kind' in tender) return { file: tender.file, text: tender.text };
  return tender;
}

/** Assessment files in the folder that belong to none of the bids (a misspelt name would leave a bid's items open). */
export async function unmatchedAssessments(folder: string, bids: readonly string[]): Promise<string[]> {
  const ids = new Set(bidIds(bids));
  return (await readdir(folder)).filter((f) => /\.(ya?ml|json)$/i.test(f) && !ids.has(f.replace(/\.(ya?ml|json)$/i, ''))).sort();
}

/** The folder name of each bid; the whole path where two bids share a folder name. */
function bidIds(bids: readonly string[]): string[] {
  const names = bids.map((b) => path.basename(path.resolve(b)));
  return names.map((n, i) => (names.indexOf(n) === names.lastIndexOf(n) ? n : (bids[i] as string)));
}

async function assessmentFor(id: string, assessments: CompareOptions['assessments']): Promise<InputSource | undefined> {
  if (assessments === undefined) return undefined;
  if (typeof assessments !== 'string') return assessments[id];
  for (const ext of ['.yaml', '.yml', '.json']) {
    const file = path.join(assessments, `${id}${ext}`);
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** The worker script beside this module: compiled (dist/) or, in the source tree, run through tsx. */
function workerScript(): { url: URL; source: boolean } | undefined {
  const here = import.meta.url;
  const source = here.endsWith('.ts');
  const url = new URL(source ? './compare-worker.ts' : './compare-worker.js', here);
  return existsSync(fileURLToPath(url)) ? { url, source } : undefined;
}

function startWorker(script: { url: URL; source: boolean }): Worker {
  // a worker inherits the process's flags; --input-type (of `node -e`) would stop it from loading its script
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--input-type'));
  if (!script.source) return new Worker(script.url, { execArgv });
  // the source tree (tests, tsx): register tsx's loader inside the worker, then load the TypeScript worker;
  // tsx is found from this file, not from the working folder
  const tsx = tsxLoader(script.url);
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script.url.href)}); });`;
  return new Worker(boot, { eval: true, execArgv });
}

/** tsx's ESM loader API (its `import` export), found from the given file. */
function tsxLoader(from: URL): string {
  const manifest = createRequire(from).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(path.join(path.dirname(manifest), (exports['./esm/api'] as { import: { default: string } }).import.default)).href;
}

async function runJobs(jobs: readonly CompareJob[], workers: number, onResult: (result: CompareResult) => void): Promise<void> {
  const script = workers > 1 ? workerScript() : undefined;
  if (!script) {
    for (const job of jobs) onResult(await checkOne(job));
    return;
  }
  const queue = [...jobs];
  const lane = async () => {
    let worker = startWorker(script);
    try {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const result = await ask(worker, job);
        if ('crashed' in result) {
          await worker.terminate();
          worker = startWorker(script);
          onResult({ index: job.index, ms: 0, error: { da: `buddet kunne ikke tjekkes: ${result.crashed}`, en: `the bid could not be checked: ${result.crashed}` } });
        } else onResult(result);
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, jobs.length) }, lane));
}

function ask(worker: Worker, job: CompareJob): Promise<CompareResult | { crashed: string }> {
  return new Promise((resolve) => {
    const done = (value: CompareResult | { crashed: string }) => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      resolve(value);
    };
    const onMessage = (result: CompareResult) => done(result);
    const onError = (error: Error) => done({ crashed: error.message });
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage(job);
  });
}

const REQUIREMENT_REASON: Record<Exclude<RequirementStatus, 'met'>, Localized> = {
  'not-met': { da: 'ukonditionsmæssigt: et mindstekrav er ikke opfyldt', en: 'non-conforming: a mandatory requirement is not met' },
  'not-assessed': { da: 'ikke rangeret: et mindstekrav kunne ikke vurderes', en: 'not ranked: a mandatory requirement could not be assessed' },
  pending: { da: 'afventer ordregiver: et mindstekrav er ikke opfyldt, medmindre ordregiver accepterer en afvigelse, besvarer et spørgsmål eller bekræfter leverandørens erklæring', en: 'awaits the buyer: a mandatory requirement is not met unless the buyer accepts a deviation, answers a question or confirms the vendor’s statement' },
};
const WRONG_PROFILE: Localized = { da: 'buddet er ikke til den løsningsprofil, udbuddet gælder', en: 'the bid is not for the solution profile the tender is for' };

/** The comparison from the bids' reports: pure, so the same reports give the same comparison. */
export function buildComparison(tender: Tender, paths: readonly string[], ids: readonly string[], results: readonly CompareResult[]): Comparison {
  const columns: BidColumn[] = results.map((result, i) => {
    const base = { id: ids[i] as string, path: paths[i] as string };
    if (!('report' in result)) return { ...base, status: 'unreadable', error: result.error };
    const r = result.report;
    const t = r.tender!;
    const s = r.solution;
    return {
      ...base,
      status: 'checked',
      ...(s ? { solution: { ...(s.name ? { name: s.name } : {}), ...(s.version ? { version: s.version } : {}), ...(s.vendor?.name ? { vendor: s.vendor.name } : {}) } } : {}),
      fingerprint: t.bid.sha256,
      profileMatches: t.profileMatches,
      mindstekrav: t.mindstekrav.status,
      ...(t.award ? { total: t.award.total, provisional: t.award.provisional } : {}),
      findings: { error: r.summary.findings.error, warning: r.summary.findings.warning, info: r.summary.findings.info },
      ...(t.assessment ? { assessment: { file: t.assessment.file, stale: t.assessment.stale } } : {}),
      open: t.open,
    };
  });
  const reports = results.map((r) => ('report' in r ? r.report : undefined));
  const per = <T>(f: (report: Report) => T): (T | null)[] => reports.map((r) => (r ? f(r) : null));
  const rows: ComparisonRow[] = [
    ...tender.mindstekrav.map((m) => ({ kind: 'mindstekrav' as const, id: m.id, title: { da: m.title, en: m.title }, values: per((r) => r.tender!.mindstekrav.requirements.find((q) => q.id === m.id)?.status ?? null) })),
    ...(tender.award?.criteria ?? []).map((c) => ({ kind: 'criterion' as const, id: c.id, title: { da: c.title, en: c.title }, weight: c.weight, values: per((r) => r.tender!.award?.criteria.find((k) => k.id === c.id)?.score ?? null) })),
    ...(tender.award ? [{ kind: 'total' as const, id: 'total', title: { da: 'I alt (vægtet, 0–100)', en: 'Total (weighted, 0–100)' }, values: per((r) => r.tender!.award?.total ?? null) }] : []),
    // as the reports read them: a failure on SHOULD rules only is 'remarks', apart from a MUST failure
    ...PRINCIPLES.map((p) => ({ kind: 'principle' as const, id: p.id, title: p.title, values: per((r) => shownOf(r, r.principles.find((x) => x.id === p.id))) })),
    ...GOALS.map((g) => ({ kind: 'goal' as const, id: g.id, title: g.title, values: per((r) => shownOf(r, r.goals.find((x) => x.id === g.id))) })),
  ];
  const conforming = columns.filter((c) => c.status === 'checked' && c.profileMatches === true && c.mindstekrav === 'met');
  const sorted = [...conforming].sort((a, b) => (b.total ?? 0) - (a.total ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ranking = sorted.map((c) => ({ rank: 1 + sorted.findIndex((x) => (x.total ?? 0) === (c.total ?? 0)), bid: c.id, total: c.total ?? 0 }));
  const notRanked = columns
    .filter((c) => !conforming.includes(c))
    .map((c) => ({
      bid: c.id,
      reason: c.status === 'unreadable' ? { da: `kunne ikke læses: ${c.error?.da ?? ''}`, en: `could not be read: ${c.error?.en ?? ''}` }
        : c.profileMatches !== true ? WRONG_PROFILE
        : REQUIREMENT_REASON[c.mindstekrav as Exclude<RequirementStatus, 'met'>],
    }));
  // a non-conforming bid, or one for another solution profile, is out whatever is still open on it; any other bid must be settled
  const final = columns.every((c) => c.status === 'checked' && (c.profileMatches !== true || c.mindstekrav === 'not-met' || (c.mindstekrav === 'met' && !(c.open ?? []).some((o) => o.blocking))));
  return {
    comparisonVersion: 1,
    tool: { name: 'rammetjek', version: VERSION },
    ruleset: { version: RULESET_VERSION },
    tender: { file: tender.file, sha256: tender.sha256, name: tender.name, reference: tender.reference, date: tender.date, ...(tender.buyer ? { buyer: tender.buyer } : {}), ...(tender.award ? { scale: tender.award.scale } : {}) },
    bids: columns,
    rows,
    ranking,
    notRanked,
    final,
  };
}

function shownOf(report: Report, verdict: { status: VerdictStatus; architectureRules: readonly string[] } | undefined): ShownStatus | null {
  return verdict ? shownStatus(report, verdict.status, verdict.architectureRules) : null;
}
