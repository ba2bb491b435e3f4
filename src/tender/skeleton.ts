import type { Report } from '../assess/report.js';
import { fmt } from '../assess/tender.js';

const quote = (s: string) => JSON.stringify(s);

/**
 * An assessment for the evaluators to fill in: the bid's fingerprint, and every item still open as a
 * decision written out but commented, so only what they uncomment and sign is decided.
 */
export function assessmentSkeleton(report: Report): string {
  const t = report.tender;
  if (!t) throw new Error('assessmentSkeleton needs a report checked with a tender');
  const who = [report.solution?.vendor?.name, report.solution?.name].filter(Boolean).join(' – ') || report.root;
  const max = t.award ? fmt(t.award.scale.max, 'da') : undefined;
  const out = [
    `# Vurdering af ${who}, udbud ${t.reference} «${t.name}».`,
    '# Fjern «#» foran de afgørelser, I træffer, og udfyld bedømmer, dato og bemærkning. Punkter, der',
    '# ikke er afgjort, forbliver åbne i rapporten. Skemaet: rammetjek schema --assessment.',
    'schemaVersion: 1',
    `tender: ${quote(t.reference)}`,
    'bid:',
    `  name: ${quote(who)}`,
    '  # buddets fingeraftryk: ændres buddet, markeres vurderingen, og afgørelserne gælder ikke',
    `  sha256: ${t.bid.sha256}`,
    'verdicts:',
  ];
  const sign = ['#     assessor: "Navn, rolle"', '#     date: "ÅÅÅÅ-MM-DD"', '#     note: "Begrundelse"'];
  if (t.open.length === 0) out.push('  # ingen åbne punkter');
  for (const item of t.open) {
    if (item.kind === 'assessment') continue;
    out.push(`  # ${item.text.da}`);
    if (item.kind === 'criterion') out.push(`#   - criterion: ${item.ref}`, `#     score: 0            # 0–${max ?? '?'} point`);
    else if (item.kind === 'deviation') out.push(`#   - rule: ${quote(item.ref)}`, '#     verdict: deviation-accepted   # eller deviation-rejected');
    else out.push(`#   - rule: ${quote(item.ref)}`, '#     verdict: pass                 # eller fail');
    out.push(...sign);
  }
  return `${out.join('\n')}\n`;
}
