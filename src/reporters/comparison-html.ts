import type { Comparison, RowKind } from '../assess/compare.js';
import type { VerdictStatus } from '../assess/report.js';
import type { RequirementStatus } from '../assess/tender.js';
import type { Lang, Localized } from '../core/text.js';
import { badge, css, esc, num, requirementBadge } from './html.js';
import { SHOWN, type ShownStatus } from './labels.js';

export interface ComparisonHtmlOptions {
  readonly lang: Lang;
}

const SECTION: Record<RowKind, Localized> = {
  mindstekrav: { da: 'Mindstekrav', en: 'Mandatory requirements' },
  criterion: { da: 'Tildelingskriterier', en: 'Award criteria' },
  total: { da: 'Tildelingskriterier', en: 'Award criteria' },
  principle: { da: 'Principper', en: 'Principles' },
  goal: { da: 'Arkitekturmål', en: 'Architecture goals' },
};

const REQUIREMENT_STATUSES = new Set(['met', 'not-met', 'not-assessed', 'pending']);

/**
 * Several bids side by side, for the evaluation team: one self-contained HTML file in the report's
 * style (no script, no request), a column per bid, a row per mindstekrav, criterion, principle and
 * goal, then the ranking. Pure, like `renderHtml`.
 */
export function renderComparisonHtml(c: Comparison, options: ComparisonHtmlOptions): string {
  const { lang } = options;
  const da = lang === 'da';
  const tr = (text: Localized) => text[lang];
  const title = `${da ? 'Sammenligning af bud' : 'Comparison of bids'}: ${c.tender.name}`;
  const cell = (value: string | number | null) =>
    value === null ? '<td>—</td>'
    : typeof value === 'number' ? `<td class="num">${esc(num(value, lang))}</td>`
    : `<td>${REQUIREMENT_STATUSES.has(value) ? requirementBadge(value as RequirementStatus, lang) : value in SHOWN ? badge(value as ShownStatus, lang) : esc(value)}</td>`;
  // numbered columns, as in the list of bids above: the folder names would not fit across an A4 page
  const head = `<tr><th scope="col">${esc(da ? 'Række' : 'Row')}</th>${c.bids.map((b, i) => `<th scope="col" class="bid">${i + 1}<span class="visually-hidden"> ${esc(b.id)}</span></th>`).join('')}</tr>`;
  const groups: string[] = [];
  let current: string | undefined;
  let rows: string[] = [];
  const flush = () => {
    if (current) groups.push(`<table class="compare"><caption>${esc(current)}</caption><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`);
    rows = [];
  };
  for (const row of c.rows) {
    const section = tr(SECTION[row.kind]);
    if (section !== current) {
      flush();
      current = section;
    }
    const weight = row.weight === undefined ? '' : ` (${num(row.weight, lang)} %)`;
    const name = row.kind === 'total' || row.kind === 'goal' ? tr(row.title) : `${row.id} ${tr(row.title)}${weight}`;
    rows.push(`<tr${row.kind === 'total' ? ' class="total"' : ''}><th scope="row">${esc(name)}</th>${row.values.map(cell).join('')}</tr>`);
  }
  flush();

  const bids = `<table class="bids"><thead><tr><th scope="col">${esc(da ? 'Nr.' : 'No.')}</th><th scope="col">${esc(da ? 'Bud' : 'Bid')}</th><th scope="col">${esc(da ? 'Leverandør og løsning' : 'Vendor and solution')}</th><th scope="col">${esc(da ? 'Mindstekrav' : 'Mandatory requirements')}</th><th scope="col" class="num">${esc(da ? 'I alt' : 'Total')}</th></tr></thead><tbody>${c.bids
    .map((b, i) => {
      const who = b.status === 'unreadable' ? `<strong>${esc(da ? 'kunne ikke læses' : 'could not be read')}:</strong> ${esc(tr(b.error as Localized))}` : esc([b.solution?.vendor, [b.solution?.name, b.solution?.version].filter(Boolean).join(' ')].filter(Boolean).join(' – '));
      return `<tr><td class="num">${i + 1}</td><th scope="row"><code>${esc(b.id)}</code></th><td>${who}</td><td>${b.mindstekrav ? requirementBadge(b.mindstekrav, lang) : '—'}</td><td class="num">${b.total === undefined ? '—' : esc(`${num(b.total, lang)}${b.provisional ? (da ? ' (foreløbig)' : ' (provisional)') : ''}`)}</td></tr>`;
    })
    .join('')}</tbody></table>`;

  const ranking = c.ranking.length
    ? `<ol class="ranking">${c.ranking.map((r) => `<li value="${r.rank}"><strong>${esc(r.bid)}</strong> — ${esc(num(r.total, lang))}</li>`).join('')}</ol>`
    : `<p>${esc(da ? 'Intet bud er konditionsmæssigt.' : 'No bid is conforming.')}</p>`;
  const notRanked = c.notRanked.length ? `<h3>${esc(da ? 'Ikke rangeret' : 'Not ranked')}</h3><ul>${c.notRanked.map((n) => `<li><strong>${esc(n.bid)}</strong>: ${esc(tr(n.reason))}</li>`).join('')}</ul>` : '';
  const blocking = c.bids.flatMap((b) => (b.mindstekrav === 'not-met' ? [] : (b.open ?? []).filter((o) => o.blocking).map((o) => `<li><strong>${esc(b.id)}</strong>: ${esc(tr(o.text))}</li>`)));
  const open = blocking.length ? `<h3>${esc(da ? 'Åbne punkter, før rangeringen er endelig' : 'Open items before the ranking is final')}</h3><ul>${blocking.join('')}</ul>` : '';

  const sections: [string, string, string][] = [
    ['bud', da ? 'Buddene' : 'The bids', bids],
    ['rangering', `${da ? 'Rangering' : 'Ranking'} (${c.final ? (da ? 'endelig' : 'final') : da ? 'foreløbig' : 'provisional'})`, `${ranking}${notRanked}${open}`],
    ['matrix', da ? 'Side om side' : 'Side by side', groups.join('\n')],
  ];
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="rammetjek ${esc(c.tool.version)}">
<title>${esc(title)}</title>
<style>${css(`${title} · ${c.tender.reference}`, lang)}
.compare th.bid{text-align:center}.compare th[scope=row]{width:38%}.compare td{text-align:center}.compare td.num{text-align:right}.compare tr.total th,.compare tr.total td{font-weight:700;border-top:2px solid var(--text)}
@media print{main>section+section{break-before:auto}}</style>
</head>
<body>
<header class="masthead">
<p class="eyebrow">${esc(da ? 'Sammenligning af bud' : 'Comparison of bids')} · ${esc(c.tender.reference)}</p>
<h1>${esc(c.tender.name)}</h1>
<dl class="identity">${[
    ...(c.tender.buyer ? [[da ? 'Ordregiver' : 'Buyer', c.tender.buyer]] : []),
    [da ? 'Værktøj' : 'Tool', `rammetjek ${c.tool.version} · ${da ? 'regelsæt' : 'ruleset'} ${c.ruleset.version}`],
  ].map(([k, v]) => `<div><dt>${esc(k as string)}</dt><dd>${esc(v as string)}</dd></div>`).join('')}<div><dt>${esc(da ? 'Udbudsprofil' : 'Tender profile')}</dt><dd><code>${esc(c.tender.file)}</code><br>SHA-256 <code class="hash">${esc(c.tender.sha256)}</code></dd></div></dl>
</header>
<main>
${sections.map(([id, h, body]) => `<section id="${id}" aria-labelledby="${id}-h">\n<h2 id="${id}-h">${esc(h)}</h2>\n${body}\n</section>`).join('\n')}
</main>
</body>
</html>
`;
}
