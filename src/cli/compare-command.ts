import { writeFile } from 'node:fs/promises';
import { compare, unmatchedAssessments } from '../assess/compare.js';
import { UsageError } from '../core/errors.js';
import { renderComparisonCsv, renderComparisonJson, renderComparisonText } from '../reporters/comparison.js';
import { neutralise } from '../reporters/neutralise.js';
import { EXIT } from './exit.js';

export interface CompareCommandOptions {
  readonly tender?: string;
  readonly assessments?: string;
  readonly format: 'text' | 'json' | 'csv' | 'html';
  readonly lang: 'da' | 'en';
  readonly output?: string;
  readonly asOf?: string;
  readonly workers?: number;
}

/** Runs `rammetjek compare` and returns the exit code: 2 when no bid could be read. */
export async function runCompare(bids: readonly string[], opts: CompareCommandOptions): Promise<number> {
  if (!opts.tender) throw new UsageError({ da: 'compare kræver en udbudsprofil: --tender udbudsprofil.yaml', en: 'compare needs a tender profile: --tender tender.yaml' });
  const progress = process.stderr.isTTY === true;
  const comparison = await compare({
    bids,
    tender: opts.tender,
    ...(opts.assessments ? { assessments: opts.assessments } : {}),
    ...(opts.asOf ? { asOf: opts.asOf } : {}),
    ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
    ...(progress ? { onProgress: (p) => process.stderr.write(`[${p.done}/${p.total}] ${neutralise(p.bid)} ${p.ok ? '✔' : '✘'} ${(p.ms / 1000).toFixed(1).replace('.', opts.lang === 'da' ? ',' : '.')} s\n`) } : {}),
  });
  const text =
    opts.format === 'json' ? renderComparisonJson(comparison)
    : opts.format === 'csv' ? renderComparisonCsv(comparison, opts.lang)
    : opts.format === 'html' ? (await import('../reporters/comparison-html.js')).renderComparisonHtml(comparison, { lang: opts.lang })
    : renderComparisonText(comparison, opts.lang);
  if (opts.output) await writeFile(opts.output, text);
  else process.stdout.write(text);
  for (const b of comparison.bids.filter((b) => b.status === 'unreadable')) console.error(`rammetjek: ${neutralise(b.path)}: ${neutralise(b.error?.[opts.lang] ?? '')}`);
  if (opts.assessments) {
    for (const file of await unmatchedAssessments(opts.assessments, bids)) {
      console.error(`rammetjek: ${opts.lang === 'da' ? `vurderingen ${neutralise(file)} hører ikke til nogen af buddene (filnavnet skal være buddets mappenavn)` : `assessment ${neutralise(file)} belongs to none of the bids (its name must be the bid's folder name)`}`);
    }
  }
  return comparison.bids.every((b) => b.status === 'unreadable') ? EXIT.error : EXIT.clean;
}
