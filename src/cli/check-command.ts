import { writeFile } from 'node:fs/promises';
import { check, type Timing } from '../check.js';
import { UsageError } from '../core/errors.js';
import { atLeast } from '../core/finding.js';
import { DEFAULT_LIMITS, type Limits } from '../core/limits.js';
import { renderJson } from '../reporters/json.js';
import { renderText } from '../reporters/text.js';
import { EXIT } from './exit.js';

export interface CheckCommandOptions {
  readonly format: 'text' | 'json';
  readonly lang: 'da' | 'en';
  readonly output?: string;
  readonly failOn: 'error' | 'warning' | 'info' | 'never';
  readonly asOf?: string;
  /** Limits changed with --limit name=value. */
  readonly limit?: Readonly<Record<string, number>>;
  readonly timing?: boolean;
  readonly color: boolean;
  readonly tender?: string;
  readonly assessment?: string;
}

/** Runs `rammetjek check` and returns the exit code. */
export async function runCheck(paths: readonly string[], opts: CheckCommandOptions): Promise<number> {
  let timing: Timing | undefined;
  // the report may be written into the bid folder (by --output, or by the shell's `>`): never read it back
  const exclude = [...(opts.output ? [opts.output] : []), ...(process.stdout.isTTY ? [] : ['/dev/stdout'])];
  const limits = checkedLimits(opts.limit ?? {});
  const report = await check({ paths, exclude, limits, ...(opts.asOf ? { asOf: opts.asOf } : {}), ...(opts.tender ? { tender: opts.tender } : {}), ...(opts.assessment ? { assessment: opts.assessment } : {}), ...(opts.timing ? { onTiming: (t: Timing) => (timing = t) } : {}) });
  const toFile = opts.output !== undefined;
  const text =
    opts.format === 'json'
      ? renderJson(report)
      : renderText(report, { lang: opts.lang, color: opts.color && !toFile && process.stdout.isTTY === true && !process.env['NO_COLOR'] });
  const written = toFile ? await writeOrPrint(opts.output as string, text, opts.lang) : (process.stdout.write(text), true);
  if (timing) console.error(formatTiming(timing));
  for (const r of report.tender?.refused ?? []) console.error(`rammetjek: ${report.tender?.assessment?.file ?? ''}:${r.line}: ${opts.lang === 'da' ? 'afgørelsen er afvist' : 'decision refused'} (${r.ref}): ${r.reason[opts.lang]}`);

  const nothing = report.findings.find((f) => f.ruleId === 'nothing-to-check');
  if (nothing) {
    console.error(`rammetjek: ${opts.lang === 'da' ? 'intet at tjekke' : 'nothing to check'}: ${nothing.message[opts.lang]}`);
    return EXIT.error;
  }
  if (!written || report.findings.some((f) => f.ruleId === 'rule-error')) return EXIT.error;
  if (opts.failOn === 'never') return EXIT.clean;
  const failing = report.findings.some((f) => f.deviation === undefined && f.waived === undefined && atLeast(f.severity, opts.failOn as 'error' | 'warning' | 'info'));
  return failing ? EXIT.findings : EXIT.clean;
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

/** Writes the report; when that fails, the finished report is printed instead and the reason given. */
async function writeOrPrint(file: string, text: string, lang: 'da' | 'en'): Promise<boolean> {
  try {
    await writeFile(file, text);
    return true;
  } catch (error) {
    const { writeProblem } = await import('./info-commands.js');
    process.stdout.write(text);
    console.error(`rammetjek: ${writeProblem(file, error)[lang]}; ${lang === 'da' ? 'rapporten er skrevet til standardoutput i stedet' : 'the report was written to standard output instead'}`);
    return false;
  }
}
