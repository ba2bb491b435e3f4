import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../assess/report.js';
import { check, type Timing } from '../check.js';
import { UsageError } from '../core/errors.js';
import { DEFAULT_LIMITS, type Limits } from '../core/limits.js';
import { FILE_NAMES, FORMATS, render, type Format } from '../reporters/formats.js';
import { neutralise } from '../reporters/neutralise.js';
import { EXIT, exitCode } from './exit.js';

export interface CheckCommandOptions {
  /** One format or several, comma-separated: text,json,html,md,sarif,junit,github. */
  readonly format: string;
  readonly lang: 'da' | 'en';
  /** The one file to write the report to. */
  readonly output?: string;
  /** The folder to write one file per format to, under fixed names. */
  readonly outputDir?: string;
  readonly failOn: 'error' | 'warning' | 'info' | 'never';
  readonly asOf?: string;
  /** Limits changed with --limit name=value. */
  readonly limit?: Readonly<Record<string, number>>;
  readonly timing?: boolean;
  /** Only the summary and the findings in the text report. */
  readonly quiet?: boolean;
  /** What SARIF artifact URIs are relative to: the bid folder, or the folder rammetjek runs in (GitHub code scanning). */
  readonly sarifPaths?: 'bid' | 'checkout';
  /** False with --no-color. */
  readonly color: boolean;
  readonly tender?: string;
  readonly assessment?: string;
}

/** Runs `rammetjek check` and returns the exit code. */
export async function runCheck(paths: readonly string[], opts: CheckCommandOptions): Promise<number> {
  const formats = parseFormats(opts.format);
  if (opts.output !== undefined && opts.outputDir !== undefined) {
    throw new UsageError({ da: 'brug enten --output eller --output-dir, ikke begge', en: 'use either --output or --output-dir, not both' });
  }
  if (opts.output !== undefined && formats.length > 1) {
    throw new UsageError({ da: `--output skriver ét format; brug --output-dir til ${formats.join(',')}`, en: `--output writes one format; use --output-dir for ${formats.join(',')}` });
  }
  // under --output-dir, GitHub's annotations still go to standard output: the runner reads them from the log only
  const files = opts.outputDir !== undefined
    ? formats.filter((f) => f !== 'github').map((f) => ({ format: f, file: path.join(opts.outputDir as string, FILE_NAMES[f]) }))
    : opts.output !== undefined ? [{ format: formats[0] as Format, file: opts.output }] : [];
  const printed = formats.filter((f) => !files.some((w) => w.format === f));
  // the terminal report and the annotations can share the log; any other two formats would run together
  if (printed.filter((f) => f !== 'github').length > 1) {
    throw new UsageError({ da: `${printed.join(',')} kan ikke stå efter hinanden på standardoutput; brug --output-dir`, en: `${printed.join(',')} cannot follow each other on standard output; use --output-dir` });
  }

  let timing: Timing | undefined;
  // reports may be written into the bid folder (by --output, --output-dir or the shell's `>`): never read them back
  const exclude = [...files.map((w) => w.file), ...(process.stdout.isTTY ? [] : ['/dev/stdout'])];
  const limits = checkedLimits(opts.limit ?? {});
  const report = await check({ paths, exclude, limits, ...(opts.asOf ? { asOf: opts.asOf } : {}), ...(opts.tender ? { tender: opts.tender } : {}), ...(opts.assessment ? { assessment: opts.assessment } : {}), ...(opts.timing ? { onTiming: (t: Timing) => (timing = t) } : {}) });
  const decided = exitCode(report, opts.failOn);
  const color = useColour(opts.color, process.env, process.stdout.isTTY === true);
  const sources = formats.includes('html') ? await sourcesOf(report, limits.fileBytes ?? DEFAULT_LIMITS.fileBytes) : undefined;
  const text = (format: Format, toTerminal: boolean) =>
    render(format, report, { lang: opts.lang, color: toTerminal && color, quiet: opts.quiet === true, exitCode: decided, ...(opts.sarifPaths ? { sarifPaths: opts.sarifPaths } : {}), ...(sources ? { sources } : {}) });

  let written = true;
  if (opts.outputDir !== undefined) written = await makeFolder(opts.outputDir, opts.lang);
  for (const { format, file } of written ? files : []) {
    written = (await writeOrPrint(file, text(format, false), opts.lang, opts.outputDir === undefined)) && written;
  }
  if (!written && opts.outputDir !== undefined) return EXIT.error;
  const nothing = report.findings.find((f) => f.ruleId === 'nothing-to-check');
  // a terminal report of a run that read nothing would be a page of "not assessed": the one line below says it all
  for (const format of printed) if (!(nothing && format === 'text')) process.stdout.write(text(format, true));
  if (opts.outputDir !== undefined && !opts.quiet) {
    console.error(`rammetjek: ${opts.lang === 'da' ? 'skrev' : 'wrote'} ${files.map((w) => w.file).join(', ')}`);
  }
  if (timing) console.error(formatTiming(timing));
  for (const r of report.tender?.refused ?? []) console.error(`rammetjek: ${neutralise(report.tender?.assessment?.file ?? '')}:${r.line}: ${opts.lang === 'da' ? 'afgørelsen er afvist' : 'decision refused'} (${neutralise(r.ref)}): ${neutralise(r.reason[opts.lang])}`);

  if (nothing) console.error(`rammetjek: ${opts.lang === 'da' ? 'intet at tjekke' : 'nothing to check'}: ${neutralise(nothing.message[opts.lang])}`);
  return written ? decided : EXIT.error;
}

/**
 * The text of the files with findings, for the lines the HTML report shows. Read as the check read
 * them (no links followed, the size limit, the same decoding), and kept only when the file is still
 * the one the report hashed: a file changed since is shown without its lines, never with wrong ones.
 */
async function sourcesOf(report: Report, maxBytes: number): Promise<Map<string, string>> {
  const { readSource } = await import('../artefacts/files.js');
  const root = path.resolve(report.root);
  const wanted = new Set(report.findings.filter((f) => f.location.range && f.location.file).map((f) => f.location.file));
  const sources = new Map<string, string>();
  for (const input of report.inputs.filter((i) => wanted.has(i.path))) {
    const file = path.resolve(root, input.path);
    if (path.relative(root, file).startsWith('..')) continue;
    try {
      const source = await readSource(root, file, maxBytes);
      if (source.sha256 === input.sha256) sources.set(input.path, source.text);
    } catch {
      // gone or unreadable since the check: the report shows the place without the lines
    }
  }
  return sources;
}

/** `text,sarif` → ['text', 'sarif'], refusing an unknown format; each format once, in the order given. */
export function parseFormats(value: string): Format[] {
  const names = value.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (unknown.length > 0 || names.length === 0) {
    throw new UsageError({
      da: `ukendt format: ${neutralise(unknown.join(', ') || value)}; formaterne er ${FORMATS.join(', ')}`,
      en: `unknown format: ${neutralise(unknown.join(', ') || value)}; the formats are ${FORMATS.join(', ')}`,
    });
  }
  return [...new Set(names)] as Format[];
}

/**
 * Colours only on a terminal. `--no-color` always wins; then NO_COLOR (any value, https://no-color.org);
 * then FORCE_COLOR (any value but 0 or false) turns them on without a terminal, as in CI logs that show colour.
 */
export function useColour(flag: boolean, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (!flag) return false;
  if (env['NO_COLOR']) return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  return isTTY;
}

async function makeFolder(dir: string, lang: 'da' | 'en'): Promise<boolean> {
  try {
    await mkdir(dir, { recursive: true });
    return true;
  } catch (error) {
    const { writeProblem } = await import('./info-commands.js');
    console.error(`rammetjek: ${writeProblem(dir, error)[lang]}`);
    return false;
  }
}

/** The limits named on the command line, refusing a name that is not a limit. */
function checkedLimits(given: Readonly<Record<string, number>>): Partial<Limits> {
  const known = Object.keys(DEFAULT_LIMITS);
  for (const name of Object.keys(given)) {
    if (!known.includes(name)) {
      throw new UsageError({ da: `ukendt grænse: ${name}; grænserne er ${known.join(', ')}`, en: `unknown limit: ${name}; the limits are ${known.join(', ')}` });
    }
  }
  return given as Partial<Limits>;
}

/** The --timing table: phases, then the ten slowest rules. */
function formatTiming(timing: Timing): string {
  const total = timing.phases.reduce((sum, p) => sum + p.ms, 0);
  const lines = ['phase      ms', ...timing.phases.map((p) => `${p.phase.padEnd(8)} ${p.ms.toFixed(1).padStart(8)}`), `${'total'.padEnd(8)} ${total.toFixed(1).padStart(8)}`, '', 'rule                                  ms'];
  for (const r of [...timing.rules].sort((a, b) => b.ms - a.ms).slice(0, 10)) lines.push(`${r.ruleId.padEnd(34)} ${r.ms.toFixed(1).padStart(8)}`);
  return lines.join('\n');
}

/** Writes a report; when that fails, the reason is given and (for the one --output file) the finished report is printed instead. */
async function writeOrPrint(file: string, text: string, lang: 'da' | 'en', printInstead: boolean): Promise<boolean> {
  try {
    await writeFile(file, text);
    return true;
  } catch (error) {
    const { writeProblem } = await import('./info-commands.js');
    if (printInstead) process.stdout.write(text);
    const instead = printInstead ? `; ${lang === 'da' ? 'rapporten er skrevet til standardoutput i stedet' : 'the report was written to standard output instead'}` : '';
    console.error(`rammetjek: ${writeProblem(file, error)[lang]}${instead}`);
    return false;
  }
}
