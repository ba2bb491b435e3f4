import type { ArchitectureRuleVerdict, Report, RuleVerdict, VerdictStatus } from '../assess/report.js';
import type { RequirementStatus, TenderResult } from '../assess/tender.js';
import type { Finding } from '../core/finding.js';
import type { Lang, Localized } from '../core/text.js';
import { countOf, LEVEL, MODE, REPORT_WORDS as R, SEVERITY, SEVERITY_PLURAL, SHOWN, type ShownStatus, shownStatus, STATUS, WORDS as W } from './labels.js';
import { ruleDocUrl } from './links.js';
import { neutralise } from './neutralise.js';
import { EXIT, INFRASTRUCTURE, SECURITY, type Topic } from './sections.js';
import { snippet } from './snippets.js';
import { requirementNotes } from './tender-section.js';
import { position, severityCounts, shownPath, STATUS_ORDER, viewOf, type ReportView } from './view.js';

export interface HtmlOptions {
  readonly lang: Lang;
  /**
   * The text of the bid's files by path, to show the lines each finding points at. The CLI passes the
   * files whose SHA-256 still matches the report; without it the report shows places, not lines.
   */
  readonly sources?: ReadonlyMap<string, string>;
}

/**
 * The report a procurement officer reads: one self-contained HTML file (inline CSS, no script, no
 * request of any kind), printable on A4. Pure: no Node built-ins, so a browser page can use it too.
 * Everything taken from the bid is neutralised and escaped; a Content-Security-Policy that allows
 * only the inline style is a second wall should anything ever slip through.
 */
export function renderHtml(report: Report, options: HtmlOptions): string {
  const { lang } = options;
  const tr = (text: Localized) => text[lang];
  const view = viewOf(report);
  const heading = reportName(report);
  const sections: [id: string, title: string, body: string][] = [
    ['sammenfatning', tr(W.summary), summary(report, view, lang)],
    ...(report.tender ? [['udbud', tr(R.tender), tender(report.tender, lang)] as [string, string, string]] : []),
    ['vurdering', tr(R.verdicts), verdicts(report, view, lang)],
    ['infrastruktur', tr(R.infrastructure), infrastructure(report, view, lang)],
    ['exit', tr(EXIT.title), topicTable(EXIT, view, lang)],
    ['sikkerhed', tr(SECURITY.title), topicTable(SECURITY, view, lang)],
    ['snitflader', tr(R.interfaces), interfaces(report, view, lang)],
    ['fund', tr(R.findingsByRule), findingsByRule(report, view, lang, options.sources)],
    ['afvigelser', tr(R.register), deviations(report, lang)],
    ['dokumentation', tr(R.evidenceRegister), evidence(report, view, lang)],
    ['manuel', tr(W.manualItems), manualItems(report, lang)],
    ['sporbarhed', tr(R.provenance), provenance(report, lang)],
  ];
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="rammetjek ${esc(report.tool.version)}">
<title>${esc(`${tr(W.report)}: ${heading} (${report.asOf})`)}</title>
<style>${css(`${tr(W.report)} · ${heading} · ${report.asOf}`, lang)}</style>
</head>
<body>
<header class="masthead">
<p class="eyebrow">${esc(tr(W.report))} · ${esc(tr(report.framework.name))}</p>
<h1>${esc(heading)}</h1>
${identity(report, lang)}
</header>
<nav aria-label="${esc(tr(R.contents))}">
<h2 class="nav-title">${esc(tr(R.contents))}</h2>
<ol>${sections.map(([id, title]) => `<li><a href="#${id}">${esc(title)}</a></li>`).join('')}</ol>
</nav>
<main>
${sections.map(([id, title, body]) => `<section id="${id}" aria-labelledby="${id}-h">\n<h2 id="${id}-h">${esc(title)}</h2>\n${body}\n</section>`).join('\n')}
</main>
<footer><p>${esc(tr(W.declaredNote))}</p><p>rammetjek ${esc(report.tool.version)} · ${esc(tr(W.ruleset))} ${esc(report.ruleset.version)} · ${esc(tr(W.asOf))} ${esc(report.asOf)}</p></footer>
</body>
</html>
`;
}

/** Escapes for HTML text and quoted attribute values, after neutralising control and bidi characters. */
export function esc(text: string): string {
  return neutralise(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A CSS string literal that nothing in `text` can end early (`"`, `\`, `</style>`): all but plain letters are hex escapes. */
function cssString(text: string): string {
  return `"${[...neutralise(text)].map((c) => (/[\p{L}\p{N} .,:·()-]/u.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

function reportName(report: Report): string {
  const s = report.solution;
  const name = [s?.name, s?.version].filter(Boolean).join(' ');
  return name || shownPath(report.root, '') || '.';
}

function identity(report: Report, lang: Lang): string {
  const tr = (text: Localized) => text[lang];
  const s = report.solution;
  const rows: [string, string][] = [];
  if (s?.unreadable) {
    rows.push([tr(W.solution), `<strong>${esc(tr({ da: `Løsningsbeskrivelsen (${s.file}) kan ikke læses; reglerne for den er ikke vurderet.`, en: `The solution description (${s.file}) cannot be parsed; its rules were not assessed.` }))}</strong>`]);
  } else if (!s) {
    rows.push([tr(W.solution), `<strong>${esc(tr(W.noSolution))}</strong>`]);
  }
  if (s?.vendor?.name) rows.push([tr(W.vendor), esc(`${s.vendor.name}${s.vendor.cvr ? ` (CVR ${s.vendor.cvr})` : ''}`)]);
  rows.push([tr(R.root), `<code>${esc(shownPath(report.root, ''))}</code>`]);
  rows.push([tr(W.asOf), esc(report.asOf)]);
  rows.push([tr(W.framework), esc(`${tr(report.framework.name)} (${report.framework.version})`)]);
  rows.push([tr(W.ruleset), esc(`${report.ruleset.version} · ${report.ruleset.rules} ${tr(W.rules)}`)]);
  return `<dl class="identity">${rows.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${v}</dd></div>`).join('')}</dl>`;
}

const MARK: Record<ShownStatus, string> = {
  remarks: '◐',
  pass: '✔',
  fail: '✘',
  deviation: '△',
  waived: '△',
  manual: '?',
  'not-applicable': '–',
  'not-assessed': '·',
};

export function badge(status: ShownStatus, lang: Lang): string {
  return `<span class="v v-${status}"><span aria-hidden="true">${MARK[status]} </span>${esc(SHOWN[status][lang])}</span>`;
}

function countsText(counts: Readonly<Partial<Record<VerdictStatus, number>>>, lang: Lang): string {
  return STATUS_ORDER.filter((s) => counts[s]).map((s) => `${counts[s]} ${STATUS[s][lang]}`).join(', ');
}

function ruleLink(id: string): string {
  return `<a href="#regel-${esc(id)}"><code>${esc(id)}</code></a>`;
}

function docLink(rule: RuleVerdict, report: Report, lang: Lang): string {
  return `<a href="${esc(ruleDocUrl(rule.ruleId, rule.appliesTo, report.tool.version, lang))}">${esc(R.ruleDoc[lang])}<span class="visually-hidden">: ${esc(rule.ruleId)}</span></a>`;
}

function arAnchor(id: string): string {
  return `ar-${id.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}`;
}

function summary(report: Report, view: ReportView, lang: Lang): string {
  const tr = (text: Localized) => text[lang];
  const m = report.summary.mindstekrav;
  const mustStatus: VerdictStatus = m.status === 'met' ? 'pass' : m.status === 'not-met' ? 'fail' : m.status === 'met-by-deviation' ? 'deviation' : 'not-assessed';
  const mustWord = m.status === 'met' ? W.met : m.status === 'not-met' ? W.notMet : m.status === 'met-by-deviation' ? W.metByDeviation : STATUS['not-assessed'];
  // named by catalogue id and title, as a buyer would cite them; the link leads to the rule's findings
  const named = (id: string) => {
    const rule = report.rules.find((r) => r.ruleId === id);
    return rule ? `<a href="#regel-${esc(id)}"><code>${esc(rule.catalogueId)}</code></a> ${esc(tr(rule.title))} <span class="muted">(${esc(id)})</span>` : ruleLink(id);
  };
  const list = (title: Localized, ids: readonly string[]) =>
    ids.length ? `<p><strong>${esc(tr(title))}</strong> (${ids.length}):</p><ul class="must-list">${ids.map((id) => `<li>${named(id)}</li>`).join('')}</ul>` : '';
  const f = report.summary.findings;
  const statusRows = (counts: Readonly<Partial<Record<VerdictStatus, number>>>) =>
    STATUS_ORDER.map((s) => `<tr><th scope="row">${badge(s, lang)}</th><td class="num">${counts[s] ?? 0}</td></tr>`).join('');
  return `<div class="verdict-box verdict-${mustStatus}">
<p class="big">${esc(tr(W.mindstekrav))}: <strong>${esc(tr(mustWord))}</strong></p>
<p>${esc(tr({ da: `${m.assessed} SKAL-regler er vurderet.`, en: `${m.assessed} MUST rules were assessed.` }))}</p>
${list(R.failedMust, m.failed)}${list(R.notAssessedMust, m.notAssessed)}${list(R.deviationMust, m.deviations)}${report.tender ? tenderSummary(report.tender, lang) : ''}
</div>
<p>${esc(tr(R.openFindings))}: <strong>${esc(`${countOf(f.error, 'error', lang)}, ${countOf(f.warning, 'warning', lang)}, ${countOf(f.info, 'info', lang)}`)}</strong>${f.deviation ? esc(` · ${f.deviation} ${tr(W.covered)}`) : ''}${f.waived ? esc(` · ${f.waived} ${tr(W.waivedFindings)}`) : ''}</p>
<div class="columns">
<table class="counts"><caption>${esc(tr(R.ruleVerdicts))} (${report.rules.length})</caption><thead><tr><th scope="col">${esc(tr(R.verdict))}</th><th scope="col" class="num">${esc(tr(R.count))}</th></tr></thead><tbody>${statusRows(report.summary.rules)}</tbody></table>
<table class="counts"><caption>${esc(tr(R.architectureVerdicts))} (${report.architectureRules.length})</caption><thead><tr><th scope="col">${esc(tr(R.verdict))}</th><th scope="col" class="num">${esc(tr(R.count))}</th></tr></thead><tbody>${statusRows(view.architectureCounts)}</tbody></table>
</div>`;
}

/** A number as the tender's scores are written: at most two decimals, a decimal comma in Danish. */
export function num(n: number, lang: Lang): string {
  const text = String(Math.round(n * 100) / 100);
  return lang === 'da' ? text.replace('.', ',') : text;
}

const REQUIREMENT: Record<RequirementStatus, { status: VerdictStatus; text: Localized }> = {
  met: { status: 'pass', text: { da: 'opfyldt', en: 'met' } },
  'not-met': { status: 'fail', text: { da: 'ikke opfyldt', en: 'not met' } },
  'not-assessed': { status: 'not-assessed', text: { da: 'ikke vurderet', en: 'not assessed' } },
  pending: { status: 'manual', text: { da: 'afventer ordregivers afgørelse', en: 'awaits the buyer’s decision' } },
};

export function requirementBadge(status: RequirementStatus, lang: Lang): string {
  const r = REQUIREMENT[status];
  return `<span class="v v-${r.status}"><span aria-hidden="true">${MARK[r.status]} </span>${esc(r.text[lang])}</span>`;
}

/** The tender's verdict and score in the summary, pointing to its section. */
function tenderSummary(t: TenderResult, lang: Lang): string {
  const da = lang === 'da';
  const award = t.award ? ` · ${esc(da ? 'Tildeling' : 'Award')}: <strong>${esc(num(t.award.total, lang))}</strong>${t.award.provisional ? esc(da ? ' (foreløbig)' : ' (provisional)') : ''}` : '';
  return `<p>${esc(da ? 'Udbuddets mindstekrav' : 'The tender’s mandatory requirements')}: ${requirementBadge(t.mindstekrav.status, lang)}${award} · <a href="#udbud">${esc(R.tenderNote[lang])}</a></p>`;
}

/** The tender's view: its mindstekrav requirement by requirement, the award score with its formula, what is still open, the decisions and waivers. */
function tender(t: TenderResult, lang: Lang): string {
  const tr = (text: Localized) => text[lang];
  const da = lang === 'da';
  const parts: string[] = [];
  parts.push(`<dl class="identity">${[
    [tr(R.tender), `${t.name} (${t.reference})`],
    ...(t.buyer ? [[da ? 'Ordregiver' : 'Buyer', t.buyer]] : []),
    [da ? 'Udbudsprofil' : 'Tender profile', `${t.file} · SHA-256 ${t.sha256}`],
    ...(t.assessment ? [[da ? 'Vurdering' : 'Assessment', `${t.assessment.file}${t.assessment.stale ? (da ? ' — lavet til en anden udgave af buddet' : ' — made for another version of the bid') : ''}`]] : []),
  ].map(([k, v]) => `<div><dt>${esc(k as string)}</dt><dd>${esc(v as string)}</dd></div>`).join('')}</dl>`);
  if (!t.profileMatches) parts.push(`<p><strong>${esc(da ? `Buddet angiver ikke udbuddets løsningsprofil (${t.profiles.join(', ')}).` : `The bid does not declare the tender's solution profile (${t.profiles.join(', ')}).`)}</strong></p>`);
  const m = t.mindstekrav;
  parts.push(`<div class="verdict-box verdict-${REQUIREMENT[m.status].status}"><p class="big">${esc(da ? 'Udbuddets mindstekrav' : 'The tender’s mandatory requirements')}: <strong>${esc(tr(REQUIREMENT[m.status].text))}</strong></p></div>`);
  parts.push(`<table class="requirements"><thead><tr><th scope="col">${esc(da ? 'Krav' : 'Requirement')}</th><th scope="col">${esc(tr(R.verdict))}</th><th scope="col">${esc(tr(R.remark))}</th></tr></thead><tbody>${m.requirements
    .map((r) => {
      const notes = requirementNotes(r, lang).map(esc);
      return `<tr><th scope="row">${esc(`${r.id} ${r.title}`)}${r.deviationsAllowed ? '' : `<br><span class="muted">${esc(da ? 'afvigelser ikke tilladt' : 'no deviations allowed')}</span>`}</th><td>${requirementBadge(r.status, lang)}</td><td>${notes.join('<br>')}</td></tr>`;
    })
    .join('')}</tbody></table>`);
  if (t.award) {
    const a = t.award;
    parts.push(`<table class="award"><caption>${esc(`${da ? 'Tildeling' : 'Award'} (0–${num(a.scale.max, lang)} ${da ? 'point pr. kriterium' : 'points per criterion'})`)}</caption><thead><tr><th scope="col">${esc(da ? 'Kriterium' : 'Criterion')}</th><th scope="col" class="num">${esc(da ? 'Vægt' : 'Weight')}</th><th scope="col" class="num">${esc(da ? 'Point' : 'Points')}</th><th scope="col" class="num">${esc(da ? 'Vægtet' : 'Weighted')}</th></tr></thead><tbody>${a.criteria
      .map((k) => `<tr><th scope="row">${esc(`${k.id} ${k.title}`)}${k.scoredBy ? `<br><span class="muted">${esc(k.scoredBy)}</span>` : ''}</th><td class="num">${esc(num(k.weight, lang))}</td><td class="num">${esc(k.score === undefined ? (da ? 'ikke pointgivet' : 'not scored') : num(k.score, lang))}</td><td class="num">${esc(num(k.weighted, lang))}</td></tr>`)
      .join('')}</tbody><tfoot><tr><th scope="row">${esc(da ? 'I alt' : 'Total')}</th><td></td><td></td><td class="num"><strong>${esc(num(a.total, lang))}</strong></td></tr></tfoot></table>`);
    parts.push(`<p>${a.provisional ? `<strong>${esc(da ? 'Foreløbig: ikke alt er pointgivet.' : 'Provisional: not everything is scored.')}</strong> ` : ''}<span class="muted">${esc(tr(a.formula))}</span></p>`);
  }
  if (t.open.length) parts.push(`<h3>${esc(da ? 'Åbne punkter' : 'Open items')} (${t.open.length})</h3><ul>${t.open.map((o) => `<li>${esc(tr(o.text))}${o.blocking ? ` <strong>${esc(da ? '(afventes før endelig rangering)' : '(needed before a final ranking)')}</strong>` : ''}</li>`).join('')}</ul>`);
  if (t.decisions.length) {
    parts.push(`<h3>${esc(da ? 'Afgørelser' : 'Decisions')} (${t.decisions.length})</h3><ul>${t.decisions
      .map((d) => {
        const what = [d.verdict, d.score !== undefined ? `${num(d.score, lang)} ${da ? 'point' : 'points'}` : undefined].filter(Boolean).join(', ');
        const evidence = d.evidence ? ` · ${d.evidence.file}: ${d.evidence.status === 'matches' ? (da ? 'uændret' : 'unchanged') : d.evidence.status === 'changed' ? (da ? 'ændret siden' : 'changed since') : da ? 'findes ikke i buddet' : 'not in the bid'}` : '';
        return `<li>${esc(`${d.ref}: ${what} — ${d.assessor}, ${d.date}${evidence}`)}${d.note ? `<br><span class="muted">${esc(d.note)}</span>` : ''}</li>`;
      })
      .join('')}</ul>`);
  }
  if (t.refused.length) parts.push(`<h3>${esc(da ? 'Afviste afgørelser' : 'Refused decisions')}</h3><ul>${t.refused.map((r) => `<li>${esc(`${t.assessment?.file ?? ''}:${r.line} ${r.ref}: ${tr(r.reason)}`)}</li>`).join('')}</ul>`);
  if (t.waivers.length) {
    parts.push(`<h3>${esc(da ? 'Dispensationer' : 'Waivers')} (${t.waivers.length})</h3><ul>${t.waivers
      .map((w) => {
        const scope = w.scope === 'bid' ? (da ? 'hele buddet' : 'the whole bid') : `${w.scope.file}${w.scope.pointer ?? ''}`;
        const state = w.status === 'expired' ? (da ? `udløbet ${w.expires}: ${w.findings} fund tæller igen` : `expired ${w.expires}: ${w.findings} findings count again`) : w.status === 'applied' ? (da ? `dækker ${w.findings} fund, til og med ${w.expires}` : `covers ${w.findings} findings, until ${w.expires}`) : da ? 'intet at dække' : 'nothing to cover';
        return `<li>${esc(`${w.rule} (${scope}) — ${state}`)}<br><span class="muted">${esc(`${w.reason} — ${da ? 'godkendt af' : 'approved by'} ${w.approvedBy}`)}</span></li>`;
      })
      .join('')}</ul>`);
  }
  if (t.excluded.length) parts.push(`<h3>${esc(da ? 'Fravalgt i udbuddet' : 'Excluded by the tender')}</h3><ul>${t.excluded.map((e) => `<li><code>${esc(e.ruleId)}</code>: ${esc(e.reason)}</li>`).join('')}</ul>`);
  return parts.join('\n');
}

function verdicts(report: Report, view: ReportView, lang: Lang): string {
  const tr = (text: Localized) => text[lang];
  const goals = `<table class="verdicts"><caption>${esc(tr(W.goals))}</caption><thead><tr><th scope="col">${esc(tr(R.goal))}</th><th scope="col">${esc(tr(R.verdict))}</th><th scope="col">${esc(tr(R.architectureRules))}</th></tr></thead><tbody>${report.goals
    .map((g) => `<tr><th scope="row">${esc(tr(g.title))}</th><td>${badge(shownStatus(report, g.status, g.architectureRules), lang)}</td><td>${esc(countsText(g.counts, lang))}</td></tr>`)
    .join('')}</tbody></table>`;
  const principles = report.principles
    .map((p) => {
      const ars = report.architectureRules.filter((a) => a.principle === p.id);
      return `<div class="principle">
<h3 id="${esc(p.id.toLowerCase())}">${esc(`${p.id} ${tr(p.title)}`)} ${badge(shownStatus(report, p.status, p.architectureRules), lang)}</h3>
<p class="muted">${esc(countsText(p.counts, lang))} · <a href="${esc(p.url)}">${esc(tr({ da: 'Princippet hos Digitaliseringsstyrelsen', en: 'The principle at the Agency for Digital Government' }))}<span class="visually-hidden"> (${esc(p.id)})</span></a></p>
${ars.map((ar) => architectureRule(ar, report, view, lang)).join('\n')}
</div>`;
    })
    .join('\n');
  return `${goals}\n<h3 class="sub">${esc(tr(W.principles))}</h3>\n${principles}`;
}

function architectureRule(ar: ArchitectureRuleVerdict, report: Report, view: ReportView, lang: Lang): string {
  const tr = (text: Localized) => text[lang];
  const rules = ar.rules.map((id) => view.rule(id)).filter((r): r is RuleVerdict => r !== undefined);
  const findings = rules.reduce((n, r) => n + r.findings, 0);
  const body = rules.length
    ? ruleTable(rules, lang)
    : `<p>${esc(tr(R.noRulesHere))}</p>`;
  const manual = ar.manual ? `<p><strong>${esc(tr(W.question))}:</strong> ${esc(tr(ar.manual.question))}</p><p><strong>${esc(tr(W.evidence))}:</strong> ${esc(tr(ar.manual.evidence))}</p>` : '';
  return `<details class="ar" id="${arAnchor(ar.id)}"${ar.status === 'fail' ? ' open' : ''}>
<summary><span class="ar-id">${esc(ar.id)}</span> ${esc(tr(ar.title))}${ar.municipal ? ` <abbr class="tag" title="${esc(tr(R.municipalRule))}">FK</abbr>` : ''} ${badge(shownStatus(report, ar.status, [ar.id]), lang)} <span class="muted">${esc(`${rules.length} ${tr(W.rules)}${findings ? `, ${findings} ${tr(W.findings).toLowerCase()}` : ''}`)}</span></summary>
${body}${manual}<p><a href="${esc(ar.url)}">${esc(tr({ da: 'Arkitekturreglen i rammearkitekturen', en: 'The architecture rule in the framework' }))}<span class="visually-hidden"> (${esc(ar.id)})</span></a></p>
</details>`;
}

function ruleTable(rules: readonly RuleVerdict[], lang: Lang): string {
  const tr = (text: Localized) => text[lang];
  return `<table class="rules"><thead><tr><th scope="col">${esc(tr(R.rule))}</th><th scope="col">${esc(tr(R.title))}</th><th scope="col">${esc(tr(R.level))}</th><th scope="col">${esc(tr(R.mode))}</th><th scope="col">${esc(tr(R.verdict))}</th><th scope="col" class="num">${esc(tr(W.findings))}</th></tr></thead><tbody>${rules
    .map(
      (r) =>
        `<tr><td>${r.findings || r.reason ? ruleLink(r.ruleId) : `<code>${esc(r.ruleId)}</code>`}<br><span class="muted">${esc(r.catalogueId)}</span></td><td>${esc(tr(r.title))}${r.reason ? `<br><span class="muted">${esc(tr(r.reason))}</span>` : ''}</td><td>${esc(tr(LEVEL[r.level]))}</td><td>${esc(tr(MODE[r.mode]))}</td><td>${badge(r.status, lang)}</td><td class="num">${r.findings}</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

function topicTable(topic: Topic, view: ReportView, lang: Lang): string {
  const rules = topic.rules.map((id) => view.rule(id)).filter((r): r is RuleVerdict => r !== undefined);
  return rules.length ? ruleTable(rules, lang) : `<p>${esc(W.noFindings[lang])}</p>`;
}

/** The first few messages of a rule's findings, for a one-cell remark. */
function remarks(findings: readonly Finding[], lang: Lang, max = 3): string {
  if (findings.length === 0) return '';
  const shown = findings.slice(0, max).map((f) => `<li>${esc(f.message[lang])}</li>`).join('');
  const more = findings.length > max ? `<li>${esc(lang === 'da' ? `… og ${findings.length - max} til` : `… and ${findings.length - max} more`)}</li>` : '';
  return `<ul class="remarks">${shown}${more}</ul>`;
}

function infrastructure(report: Report, view: ReportView, lang: Lang): string {
  const tr = (text: Localized) => text[lang];
  const rows = INFRASTRUCTURE.map((component) => {
    const rules = component.rules.map((id) => view.rule(id)).filter((r): r is RuleVerdict => r !== undefined);
    if (rules.length === 0) return '';
    return rules
      .map(
        (r, i) =>
          `<tr>${i === 0 ? `<th scope="rowgroup" rowspan="${rules.length}">${esc(tr(component.title))}</th>` : ''}<td>${esc(tr(r.title))}<br><span class="muted"><code>${esc(r.ruleId)}</code> · ${esc(tr(LEVEL[r.level]))}</span></td><td>${badge(r.status, lang)}</td><td>${r.reason ? esc(tr(r.reason)) : remarks(view.byRule.get(r.ruleId) ?? [], lang)}</td></tr>`,
      )
      .join('');
  }).join('');
  return `<p>${esc(tr(R.infrastructureIntro))}</p><table class="matrix"><thead><tr><th scope="col">${esc(tr(R.component))}</th><th scope="col">${esc(tr(R.expected))}</th><th scope="col">${esc(tr(R.verdict))}</th><th scope="col">${esc(tr(R.remark))}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function interfaces(report: Report, view: ReportView, lang: Lang): string {
  const tr = (text: Localized) => text[lang];
  const files = report.inputs.filter((f) => f.kind === 'openapi' || f.kind === 'wsdl');
  if (files.length === 0) return `<p>${esc(tr(R.noInterfaces))}</p>`;
  const rows = files
    .map((file) => {
      const findings = view.byFile.get(file.path) ?? [];
      const c = severityCounts(findings);
      const byRule = new Map<string, number>();
      for (const f of findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
      const rules = [...byRule].map(([id, n]) => `<li>${ruleLink(id)} (${n})</li>`).join('');
      return `<tr><th scope="row"><code>${esc(file.path)}</code></th><td>${esc(file.kind === 'openapi' ? 'OpenAPI' : 'WSDL')}</td><td class="num">${c.error}</td><td class="num">${c.warning}</td><td class="num">${c.info}</td><td class="num">${c.deviation}</td><td>${rules ? `<ul class="inline">${rules}</ul>` : esc(tr(R.noFindingsInFile))}</td></tr>`;
    })
    .join('');
  return `<table class="files"><thead><tr><th scope="col">${esc(tr(R.file))}</th><th scope="col">${esc(tr(R.kind))}</th><th scope="col" class="num">${esc(SEVERITY.error[lang])}</th><th scope="col" class="num">${esc(tr(SEVERITY_PLURAL.warning))}</th><th scope="col" class="num">info</th><th scope="col" class="num">${esc(tr(W.covered))}</th><th scope="col">${esc(tr(R.rule))}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function findingsByRule(report: Report, view: ReportView, lang: Lang, sources: ReadonlyMap<string, string> | undefined): string {
  const tr = (text: Localized) => text[lang];
  if (report.findings.length === 0 && !report.rules.some((r) => r.reason)) return `<p>${esc(tr(W.noFindings))}</p>`;
  const known = report.rules.filter((r) => r.findings > 0 || r.reason);
  // engine diagnostics (parse errors, unreadable files, limits) belong to no rule of the set
  const diagnostics = [...view.byRule.keys()].filter((id) => !view.rule(id));
  const blocks = [
    ...diagnostics.map((id) => findingBlock(id, undefined, view.byRule.get(id) ?? [], report, lang, sources)),
    ...known.map((r) => findingBlock(r.ruleId, r, view.byRule.get(r.ruleId) ?? [], report, lang, sources)),
  ];
  const total = severityCounts(report.findings);
  return `<p>${esc(`${report.findings.length} ${tr(W.findings).toLowerCase()} · ${countOf(total.error, 'error', lang)}, ${countOf(total.warning, 'warning', lang)}, ${countOf(total.info, 'info', lang)}, ${total.deviation} ${tr(W.covered)}${total.waived ? `, ${total.waived} ${tr(W.waivedFindings)}` : ''}`)}</p>\n${blocks.join('\n')}`;
}

/** One rule's findings: counted in the summary line, collapsed when there are many. */
function findingBlock(id: string, rule: RuleVerdict | undefined, findings: readonly Finding[], report: Report, lang: Lang, sources: ReadonlyMap<string, string> | undefined): string {
  const tr = (text: Localized) => text[lang];
  const c = severityCounts(findings);
  const counts = [c.error && countOf(c.error, 'error', lang), c.warning && countOf(c.warning, 'warning', lang), c.info && countOf(c.info, 'info', lang), c.deviation && `${c.deviation} ${tr(W.covered)}`, c.waived && `${c.waived} ${tr(W.waivedFindings)}`].filter(Boolean).join(', ');
  const title = rule ? tr(rule.title) : (findings[0]?.catalogueId ?? id);
  const fixes = new Set(findings.map((f) => f.fix[lang]));
  const oneFix = fixes.size === 1 ? [...fixes][0] : undefined;
  const rows = findings
    .map((f) => {
      const where = `${f.location.file ? `<code>${esc(f.location.file)}</code>` : esc(tr(R.bidAsWhole))}${position(f) ? `<span class="pos">:${esc(position(f))}</span>` : ''}${f.location.pointer ? `<br><code class="pointer">${esc(f.location.pointer)}</code>` : ''}`;
      const sev =
        f.deviation !== undefined ? `<span class="sev sev-covered">${esc(tr(W.covered))}</span>`
        : f.waived !== undefined ? `<span class="sev sev-covered">${esc(tr(W.waivedFinding))}</span>`
        : `<span class="sev sev-${f.severity}">${esc(SEVERITY[f.severity][lang])}</span>`;
      const source = f.location.range ? sources?.get(f.location.file) : undefined;
      const lines = source && f.location.range ? snippet(source, f.location.range) : [];
      // each line escaped on its own: the snippet's line breaks are ours, any other control character is shown
      const code = lines.length ? `<pre class="snippet"><code>${lines.map((l) => `<span class="ln">${l.number}</span>${esc(l.text)}`).join('\n')}</code></pre>` : '';
      return `<tr><td>${where}</td><td>${sev}</td><td>${esc(f.message[lang])}${code}${oneFix === undefined ? `<br><span class="fix">${esc(tr(W.fix))}: ${esc(f.fix[lang])}</span>` : ''}</td></tr>`;
    })
    .join('');
  const table = findings.length
    ? `<table class="findings"><thead><tr><th scope="col">${esc(tr(R.where))}</th><th scope="col">${esc(tr(R.severity))}</th><th scope="col">${esc(tr(R.message))}</th></tr></thead><tbody>${rows}</tbody></table>`
    : '';
  return `<details class="rule" id="regel-${esc(id)}"${findings.length <= 10 ? ' open' : ''}>
<summary><code>${esc(id)}</code> ${esc(title)} ${rule ? badge(rule.status, lang) : ''} <span class="muted">${esc(counts || tr(W.noFindings))}</span></summary>
${rule?.reason ? `<p><strong>${esc(tr(R.reason))}:</strong> ${esc(tr(rule.reason))}</p>` : ''}${oneFix ? `<p class="fix"><strong>${esc(tr(W.fix))}:</strong> ${esc(oneFix)}</p>` : ''}${rule ? `<p>${esc(rule.architectureRules.join(', '))} · ${esc(tr(LEVEL[rule.level]))} · ${docLink(rule, report, lang)}</p>` : ''}
${table}
</details>`;
}

function deviations(report: Report, lang: Lang): string {
  const tr = (text: Localized) => text[lang];
  if (report.deviations.length === 0) return `<p>${esc(tr(R.noDeviations))}</p>`;
  return report.deviations
    .map((d) => {
      const covers = !d.known ? esc(tr(W.nothing)) : d.covers.length ? `<ul class="inline">${d.covers.map((id) => `<li>${ruleLink(id)}</li>`).join('')}</ul>` : esc(tr(W.noFindingsCovered));
      const covered = d.findings.length
        ? `<ul class="covered">${d.findings.map((f) => `<li><code>${esc(f.file)}</code>${f.line ? `<span class="pos">:${f.line}</span>` : ''} <code class="pointer">${esc(f.pointer)}</code> <code>${esc(f.ruleId)}</code></li>`).join('')}</ul>`
        : '';
      const decision = d.decision
        ? `<div><dt>${esc(tr(R.decision))}</dt><dd>${d.decision.verdict === 'accepted' ? `<span class="v v-pass">${esc(tr(W.accepted))}</span>` : `<span class="v v-fail">${esc(tr(W.rejected))}</span>`} ${esc(`${d.decision.assessor}, ${d.decision.date}`)}${d.decision.note ? `<br>${esc(d.decision.note)}` : ''}</dd></div>`
        : '';
      return `<div class="deviation${d.explained ? '' : ' unexplained'}">
<h3>${esc(`${d.index + 1}. ${tr(R.declaredAs)}: ${d.rule}`)}${d.explained ? '' : ` <span class="v v-fail">${esc(tr(W.unexplained))}</span>`}</h3>
<dl>
<div><dt>${esc(tr(W.covers))}</dt><dd>${covers}${covered}</dd></div>
<div><dt>${esc(tr(W.justification))}</dt><dd>${d.justification ? esc(d.justification) : `<em>${esc(tr(W.unexplained))}</em>`}</dd></div>
<div><dt>${esc(tr(W.mitigation))}</dt><dd>${d.mitigation ? esc(d.mitigation) : `<em>${esc(tr(R.noMitigation))}</em>`}</dd></div>
${d.evidence ? `<div><dt>${esc(tr(W.evidence))}</dt><dd><code>${esc(d.evidence)}</code></dd></div>` : ''}
${decision}
<div><dt>${esc(tr(R.where))}</dt><dd><code>${esc(d.file)}</code> <code class="pointer">${esc(d.pointer)}</code></dd></div>
</dl>
</div>`;
    })
    .join('\n');
}

function evidence(report: Report, view: ReportView, lang: Lang): string {
  const tr = (text: Localized) => text[lang];
  const attached = report.inputs.filter((f) => f.kind === 'attachment');
  const unresolved = view.byRule.get('sol-evidence-resolves') ?? [];
  const table = attached.length
    ? `<table class="files"><caption>${esc(tr(R.attachments))} (${attached.length})</caption><thead><tr><th scope="col">${esc(tr(R.file))}</th><th scope="col" class="num">${esc(tr(R.bytes))}</th></tr></thead><tbody>${attached.map((f) => `<tr><td><code>${esc(f.path)}</code></td><td class="num">${f.bytes}</td></tr>`).join('')}</tbody></table>`
    : `<p>${esc(tr(R.noAttachments))}</p>`;
  const missing = unresolved.length
    ? `<h3>${esc(tr(R.unresolved))} (${unresolved.length})</h3><ul>${unresolved.map((f) => `<li>${esc(f.message[lang])} <span class="muted"><code>${esc(f.location.pointer)}</code></span></li>`).join('')}</ul>`
    : view.rule('sol-evidence-resolves')?.status === 'pass' ? `<p>${esc(tr(R.noUnresolved))}</p>` : '';
  return `${table}\n${missing}`;
}

function manualItems(report: Report, lang: Lang): string {
  const tr = (text: Localized) => text[lang];
  const manual = report.architectureRules.filter((ar) => ar.status === 'manual' && ar.manual);
  const items = manual
    .map((ar) => `<li><strong>${esc(`${ar.id} ${tr(ar.title)}`)}</strong><br>${esc(tr(W.question))}: ${esc(tr(ar.manual!.question))}<br><span class="muted">${esc(tr(W.evidence))}: ${esc(tr(ar.manual!.evidence))}</span></li>`)
    .join('');
  const declared = report.rules.filter((r) => r.mode === 'declared' && r.status === 'pass');
  const confirm = declared.length
    ? `<h3>${esc(tr(R.toConfirm))} (${declared.length})</h3><ul>${declared.map((r) => `<li><code>${esc(r.ruleId)}</code> ${esc(tr(r.title))}</li>`).join('')}</ul>`
    : '';
  return `${manual.length ? `<ol class="manual">${items}</ol>` : `<p>${esc(tr({ da: 'Ingen arkitekturregler venter på manuel vurdering.', en: 'No architecture rules await manual assessment.' }))}</p>`}\n${confirm}`;
}

function provenance(report: Report, lang: Lang): string {
  const tr = (text: Localized) => text[lang];
  const rows: [string, string][] = [
    [tr(R.tool), `${report.tool.name} ${report.tool.version}`],
    [tr(W.ruleset), `${report.ruleset.version} (${report.ruleset.rules} ${tr(W.rules)}, SHA-256 ${report.ruleset.sha256})`],
    [tr(W.framework), `${tr(report.framework.name)}: ${report.framework.version}`],
    [tr(W.asOf), report.asOf],
    [tr(R.root), shownPath(report.root, '')],
  ];
  return `<p>${esc(tr(R.provenanceIntro))}</p>
<dl class="identity">${rows.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${esc(v)}</dd></div>`).join('')}</dl>
<table class="files hashes"><caption>${esc(tr(W.files))} (${report.inputs.length})</caption><thead><tr><th scope="col">${esc(tr(R.file))}</th><th scope="col">${esc(tr(R.kind))}</th><th scope="col" class="num">${esc(tr(R.bytes))}</th><th scope="col">SHA-256</th></tr></thead><tbody>${report.inputs
    .map((f) => `<tr><td><code>${esc(f.path)}</code></td><td>${esc(f.kind)}</td><td class="num">${f.bytes}</td><td><code class="hash">${esc(f.sha256)}</code></td></tr>`)
    .join('')}</tbody></table>`;
}

/** Plain, high-contrast, in the spirit of Det Fælles Designsystem; system fonts only, so nothing is fetched. Shared with the comparison page. */
export function css(pageHeader: string, lang: Lang): string {
  return `
:root{--text:#1a1a1a;--muted:#545454;--line:#bfbfbf;--bg-soft:#f5f5f5;--link:#004993;--pass:#2b6b00;--fail:#b51d09;--warn:#8a5a00;--info:#004993}
*{box-sizing:border-box}
html{font-family:"IBM Plex Sans",system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:16px;line-height:1.5;color:var(--text);background:#fff}
body{margin:0 auto;max-width:70rem;padding:0 1.5rem 3rem}
a{color:var(--link);text-decoration:underline}
a:focus,summary:focus{outline:3px solid #ffbb16;outline-offset:2px}
code{font-family:"IBM Plex Mono",ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.875em;overflow-wrap:anywhere}
h1{font-size:2rem;line-height:1.2;margin:.25rem 0 1rem}
h2{font-size:1.5rem;line-height:1.25;margin:2.5rem 0 1rem;padding-bottom:.25rem;border-bottom:2px solid var(--text)}
h3{font-size:1.125rem;margin:1.5rem 0 .5rem}
.masthead{border-top:8px solid var(--text);padding-top:1rem}
.eyebrow{margin:0;font-weight:600;color:var(--muted);text-transform:uppercase;letter-spacing:.04em;font-size:.875rem}
.identity{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:.25rem 1.5rem;margin:0}
.identity div{border-left:3px solid var(--line);padding-left:.5rem}
dt{font-weight:600}
dd{margin:0;overflow-wrap:anywhere}
nav{margin:1.5rem 0;padding:1rem 1.25rem;background:var(--bg-soft);border-left:4px solid var(--text)}
.nav-title{font-size:1rem;margin:0 0 .5rem;border:0;padding:0}
nav ol{margin:0;padding-left:1.25rem;columns:2 16rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9375rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid var(--line);padding:.375rem .5rem;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid var(--text);background:var(--bg-soft)}
.num{text-align:right;font-variant-numeric:tabular-nums}
.columns{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:0 2rem}
.muted{color:var(--muted)}
.v{display:inline-block;padding:0 .4rem;border:1px solid;border-left-width:4px;font-size:.875rem;font-weight:600;white-space:nowrap;background:#fff;color:var(--text)}
.v-pass{border-color:var(--pass);background:#eef6e8}
.v-fail{border-color:var(--fail);background:#fbecea}
.v-deviation,.v-waived,.v-manual,.v-remarks{border-color:var(--warn);background:#fff5dc}
.v-not-applicable,.v-not-assessed{border-color:#6b6b6b;background:#f2f2f2}
.verdict-box{border:2px solid var(--text);border-left-width:10px;padding:.75rem 1rem;margin:0 0 1rem}
.verdict-pass{border-color:var(--pass)}.verdict-fail{border-color:var(--fail)}.verdict-not-assessed{border-color:var(--warn)}.verdict-deviation,.verdict-manual{border-color:var(--warn)}
.verdict-box p{margin:.25rem 0}
.big{font-size:1.25rem}
ul.inline{list-style:none;padding:0;margin:.25rem 0;display:flex;flex-wrap:wrap;gap:.25rem .75rem}
ul.must-list{margin:.25rem 0;padding-left:1.25rem}
.remarks{margin:0;padding-left:1.1rem}
details{border:1px solid var(--line);margin:.5rem 0;background:#fff}
details>summary{cursor:pointer;padding:.5rem .75rem;background:var(--bg-soft);list-style-position:inside}
details[open]>summary{border-bottom:1px solid var(--line)}
details>:not(summary){margin-left:.75rem;margin-right:.75rem}
details>table{width:calc(100% - 1.5rem)}
.ar-id{font-weight:700;white-space:nowrap}
.tag{font-size:.75rem;border:1px solid var(--text);padding:0 .25rem}
.principle{margin-bottom:1.5rem}
.sub{font-size:1.25rem}
.sev{font-weight:600;white-space:nowrap}
.sev-error{color:var(--fail)}.sev-warning{color:var(--warn)}.sev-info{color:var(--info)}.sev-covered{color:var(--muted)}
.fix{color:var(--text)}
.pointer{color:var(--muted)}
.hash{font-size:.75rem}
.snippet{margin:.25rem 0;padding:.25rem .5rem;background:var(--bg-soft);border-left:3px solid var(--line);overflow-x:auto;font-size:.8125rem;line-height:1.4}
.snippet code{overflow-wrap:normal;white-space:pre}
.ln{display:inline-block;min-width:3ch;margin-right:1ch;color:var(--muted);text-align:right;user-select:none}
.deviation{border-left:4px solid var(--warn);padding:.25rem 1rem;margin:1rem 0}
.deviation.unexplained{border-left-color:var(--fail)}
.deviation dl div{margin:.25rem 0}
footer{margin-top:3rem;border-top:2px solid var(--text);padding-top:.5rem;color:var(--muted);font-size:.875rem}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@page{size:A4;margin:18mm 14mm 16mm;@top-left{content:${cssString(pageHeader)};font:9pt sans-serif;color:#545454}@bottom-right{content:${cssString(`${R.page[lang]} `)} counter(page) " / " counter(pages);font:9pt sans-serif;color:#545454}}
@media print{
html{font-size:10.5pt}
body{max-width:none;padding:0}
nav{display:none}
a{color:var(--text)}
main>section+section{break-before:page}
h2,h3,summary{break-after:avoid}
tr,.verdict-box,.deviation dl div{break-inside:avoid}
thead{display:table-header-group}
details::details-content{content-visibility:visible;display:block}
.snippet code{white-space:pre-wrap;overflow-wrap:anywhere}
details>summary{list-style:none}
}
`;
}
