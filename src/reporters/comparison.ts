import type { Comparison, ComparisonRow, RowKind } from '../assess/compare.js';
import type { VerdictStatus } from '../assess/report.js';
import { fmt } from '../assess/tender.js';
import type { Lang, Localized } from '../core/text.js';
import { SHOWN, STATUS, t } from './labels.js';
import { neutralise as n } from './neutralise.js';
import { REQUIREMENT_STATUS } from './tender-section.js';

/** The comparison as JSON (its schema: schemas/comparison.schema.json): the same bids give the same bytes. */
export function renderComparisonJson(comparison: Comparison): string {
  return `${JSON.stringify(comparison, null, 2)}\n`;
}

const MARK: Record<string, string> = { met: '✔', 'not-met': '✘', pending: '?', pass: '✔', remarks: '◐', fail: '✘', deviation: '△', waived: '△', manual: '?', 'not-applicable': '–', 'not-assessed': '·' };

const SECTION: Record<RowKind, Localized> = {
  mindstekrav: { da: 'Mindstekrav', en: 'Mandatory requirements' },
  criterion: { da: 'Tildelingskriterier', en: 'Award criteria' },
  total: { da: 'I alt', en: 'Total' },
  principle: { da: 'Principper', en: 'Principles' },
  goal: { da: 'Arkitekturmål', en: 'Architecture goals' },
};

/** A status or a number as a person reads it. */
function word(value: string | number | null, lang: Lang): string {
  if (value === null) return '';
  if (typeof value === 'number') return fmt(value, lang);
  const label = (REQUIREMENT_STATUS as Record<string, Localized>)[value] ?? STATUS[value as VerdictStatus];
  return label ? t(label, lang) : value;
}

function rowTitle(row: ComparisonRow, lang: Lang): string {
  const weight = row.weight === undefined ? '' : ` (${fmt(row.weight, lang)} %)`;
  return row.kind === 'total' || row.kind === 'goal' ? t(row.title, lang) : `${row.id} ${t(row.title, lang)}${weight}`;
}

function clip(text: string, width: number): string {
  return text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`;
}

/** The comparison as a terminal table: a numbered column per bid, a row per mindstekrav, criterion, principle and goal, then the ranking. */
export function renderComparisonText(c: Comparison, lang: Lang): string {
  const da = lang === 'da';
  const out: string[] = [];
  out.push(`${da ? 'Sammenligning af bud' : 'Comparison of bids'} · ${c.tender.name} (${c.tender.reference})${c.tender.buyer ? ` · ${c.tender.buyer}` : ''}`);
  out.push(`${da ? 'Udbudsprofil' : 'Tender profile'} ${c.tender.file} · sha256 ${c.tender.sha256.slice(0, 16)}… · rammetjek ${c.tool.version} · ${da ? 'regelsæt' : 'ruleset'} ${c.ruleset.version}`);
  out.push('');
  out.push(da ? 'Bud' : 'Bids');
  const idWidth = Math.max(...c.bids.map((b) => b.id.length));
  c.bids.forEach((b, i) => {
    const who = b.status === 'unreadable' ? `${da ? 'kunne ikke læses' : 'could not be read'}: ${t(b.error as Localized, lang)}` : [b.solution?.vendor, [b.solution?.name, b.solution?.version].filter(Boolean).join(' ')].filter(Boolean).join(' – ');
    out.push(`  ${String(i + 1).padStart(2)}  ${b.id.padEnd(idWidth)}  ${who}`);
  });
  out.push('');
  const label = 46;
  const cell = Math.max(7, ...c.rows.filter((r) => r.kind === 'criterion' || r.kind === 'total').flatMap((r) => r.values.map((v) => word(v, lang).length + 1)));
  const header = `${' '.repeat(label + 4)}${c.bids.map((_, i) => String(i + 1).padEnd(cell)).join('')}`.trimEnd();
  const sectionOf = (kind: RowKind): RowKind => (kind === 'total' ? 'criterion' : kind);
  c.rows.forEach((row, i) => {
    if (sectionOf(row.kind) !== sectionOf(c.rows[i - 1]?.kind ?? 'total') || i === 0) {
      out.push(`${t(SECTION[row.kind], lang)}${row.kind === 'criterion' && c.tender.scale ? ` (0–${fmt(c.tender.scale.max, lang)} ${da ? 'point' : 'points'})` : ''}`);
      out.push(header);
    }
    const values = row.values.map((v) => (typeof v === 'number' || v === null ? word(v, lang) : (MARK[v] ?? v)).padEnd(cell)).join('');
    out.push(`  ${clip(rowTitle(row, lang), label)}  ${values}`.trimEnd());
    const next = c.rows[i + 1];
    if (!next || sectionOf(next.kind) !== sectionOf(row.kind)) out.push('');
  });
  out.push(`${da ? 'Tegn' : 'Marks'}: ✔ ${t(STATUS.pass, lang)} · ◐ ${t(SHOWN.remarks, lang)} · ✘ ${t(STATUS.fail, lang)} · △ ${da ? 'afvigelse eller dispenseret' : 'deviation or waived'} · ? ${da ? 'afventer en person' : 'awaits a person'} · · ${t(STATUS['not-assessed'], lang)} · – ${t(STATUS['not-applicable'], lang)}`);
  out.push('');
  out.push(`${da ? 'Rangering' : 'Ranking'} (${c.final ? (da ? 'endelig' : 'final') : da ? 'foreløbig' : 'provisional'})`);
  if (c.ranking.length === 0) out.push(`  ${da ? 'Intet bud er konditionsmæssigt.' : 'No bid is conforming.'}`);
  for (const r of c.ranking) out.push(`  ${String(r.rank).padStart(2)}. ${r.bid.padEnd(idWidth)}  ${fmt(r.total, lang)}`);
  if (c.notRanked.length) {
    out.push('');
    out.push(da ? 'Ikke rangeret' : 'Not ranked');
    for (const n of c.notRanked) out.push(`  ${n.bid.padEnd(idWidth)}  ${t(n.reason, lang)}`);
  }
  const blocking = c.bids.flatMap((b) => (b.mindstekrav === 'not-met' ? [] : (b.open ?? []).filter((o) => o.blocking).map((o) => `  ${b.id}: ${t(o.text, lang)}`)));
  if (blocking.length) {
    out.push('');
    out.push(da ? 'Åbne punkter, før rangeringen er endelig' : 'Open items before the ranking is final');
    out.push(...blocking);
  }
  // bid ids, vendor names and titles come from the bids and the tender: no control character reaches the terminal
  return `${out.map(n).join('\n')}\n`;
}

/**
 * One CSV field, quoted when it must be. A field that Excel would read as a formula (a vendor named
 * "=HYPERLINK(…)") gets a leading apostrophe, so it stays text.
 */
function field(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The comparison as CSV for Danish Excel: UTF-8 with BOM (so æøå survive), `;` between fields, a
 * decimal comma, CRLF line ends. One row per mindstekrav, criterion, total, principle and goal, then
 * the ranking; one column per bid.
 */
export function renderComparisonCsv(c: Comparison, lang: Lang = 'da'): string {
  const da = lang === 'da';
  const lines: string[][] = [];
  lines.push([da ? 'Række' : 'Row', 'Id', da ? 'Titel' : 'Title', da ? 'Vægt' : 'Weight', ...c.bids.map((b) => b.id)]);
  lines.push([da ? 'Leverandør' : 'Vendor', '', '', '', ...c.bids.map((b) => (b.status === 'unreadable' ? (da ? 'kunne ikke læses' : 'could not be read') : b.solution?.vendor ?? ''))]);
  for (const row of c.rows) lines.push([t(SECTION[row.kind], lang), row.kind === 'total' ? '' : row.id, t(row.title, lang), row.weight === undefined ? '' : fmt(row.weight, lang), ...row.values.map((v) => word(v, lang))]);
  const rank = new Map(c.ranking.map((r) => [r.bid, String(r.rank)]));
  lines.push([da ? 'Rangering' : 'Ranking', '', c.final ? (da ? 'endelig' : 'final') : da ? 'foreløbig' : 'provisional', '', ...c.bids.map((b) => rank.get(b.id) ?? (da ? 'ikke rangeret' : 'not ranked'))]);
  lines.push([da ? 'Åbne punkter' : 'Open items', '', da ? 'holder rangeringen tilbage' : 'holding up the ranking', '', ...c.bids.map((b) => String((b.open ?? []).filter((o) => o.blocking).length))]);
  return `\uFEFF${lines.map((l) => l.map(field).join(';')).join('\r\n')}\r\n`;
}
