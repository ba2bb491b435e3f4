import { writeFile } from 'node:fs/promises';
import { check } from '../check.js';
import { atLeast } from '../core/finding.js';
import { renderJson } from '../reporters/json.js';
import { renderText } from '../reporters/text.js';
import { EXIT } from './exit.js';

export interface CheckCommandOptions {
  readonly format: 'text' | 'json';
  readonly lang: 'da' | 'en';
  readonly output?: string;
  readonly failOn: 'error' | 'warning' | 'info' | 'never';
  readonly asOf?: string;
  readonly timing?: boolean;
  readonly color: boolean;
}

/** Runs `rammetjek check` and returns the exit code. */
export async function runCheck(paths: readonly string[], opts: CheckCommandOptions): Promise<number> {
  const started = performance.now();
  const report = await check({ paths, ...(opts.asOf ? { asOf: opts.asOf } : {}) });
  const toFile = opts.output !== undefined;
  const text =
    opts.format === 'json'
      ? renderJson(report)
      : renderText(report, { lang: opts.lang, color: opts.color && !toFile && process.stdout.isTTY === true && !process.env['NO_COLOR'] });
  if (toFile) await writeFile(opts.output as string, text);
  else process.stdout.write(text);
  if (opts.timing) console.error(`rammetjek: ${(performance.now() - started).toFixed(0)} ms`);

  if (report.findings.some((f) => f.ruleId === 'rule-error')) return EXIT.error;
  if (opts.failOn === 'never') return EXIT.clean;
  const failing = report.findings.some((f) => f.deviation === undefined && atLeast(f.severity, opts.failOn as 'error' | 'warning' | 'info'));
  return failing ? EXIT.findings : EXIT.clean;
}
