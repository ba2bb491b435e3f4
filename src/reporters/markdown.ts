import type { Report, RuleVerdict, VerdictStatus } from '../assess/report.js';
import type { RequirementStatus, TenderResult } from '../assess/tender.js';
import type { Finding } from '../core/finding.js';
import type { Lang, Localized } from '../core/text.js';
import { countOf, LEVEL, REPORT_WORDS as R, SEVERITY, SEVERITY_PLURAL, SHOWN, type ShownStatus, shownStatus, STATUS, WORDS as W } from './labels.js';
import { ruleDocUrl } from './links.js';
import { neutralise } from './neutralise.js';
import { EXIT, INFRASTRUCTURE, SECURITY, type Topic } from './sections.js';
import { requirementNotes } from './tender-section.js';
import { position, severityCounts, shownPath, STATUS_ORDER, viewOf, type ReportView } from './view.js';

export interface MarkdownOptions {
  readonly lang: Lang;
}

const MARK: Record<ShownStatus, string> = { remarks: '◐', pass: '✔', fail: '✘', deviation: '△', waived: '△', manual: '?', 'not-applicable': '–', 'not-assessed': '·' };

/**
 * The HTML report's content in GitHub-flavoured Markdown, for a pull request comment or a wiki:
 * summary, verdict tables, the thematic views, findings grouped by file with links to `file#Lline`.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions): string {
  const { lang } = options;
  const tr = (text: Localized) => text[lang];
  const view = viewOf(report);
  const s = report.solution;
  const name = [s?.name, s?.version].filter(Boolean).join(' ') || shownPath(report.root, '');
  const out: string[] = [];
  out.push(`# ${tr(W.report)}: ${md(name)}`, '');
  if (s?.vendor?.name) out.push(`${tr(W.vendor)}: ${md(s.vendor.name)}${s.vendor.cvr ? ` (CVR ${md(s.vendor.cvr)})` : ''}  `);
  if (s?.unreadable) out.push(`**${md(tr({ da: `Løsningsbeskrivelsen (${s.file}) kan ikke læses; reglerne for den er ikke vurderet.`, en: `The solution description (${s.file}) cannot be parsed; its rules were not assessed.` }))}**  `);
  else if (!s) out.push(`**${md(tr(W.noSolution))}**  `);
  out.push(`${tr(W.asOf)} ${report.asOf} · ${tr(W.framework)}: ${md(tr(report.framework.name))} · ${tr(W.ruleset)} ${md(report.ruleset.version)} · rammetjek ${md(report.tool.version)}`, '');

  // summary
  const m = report.summary.mindstekrav;
  const must = m.status === 'met' ? `${MARK.pass} ${tr(W.met)}` : m.status === 'not-met' ? `${MARK.fail} ${tr(W.notMet)}` : m.status === 'met-by-deviation' ? `${MARK.deviation} ${tr(W.metByDeviation)}` : `${MARK['not-assessed']} ${tr(STATUS['not-assessed'])}`;
  const f = report.summary.findings;
  out.push(`## ${tr(W.summary)}`, '');
  out.push(`**${tr(W.mindstekrav)}: ${must}** (${m.assessed} ${tr(R.assessed)})`, '');
  for (const [title, ids] of [[R.failedMust, m.failed], [R.notAssessedMust, m.notAssessed], [R.deviationMust, m.deviations]] as const) {
    if (!ids.length) continue;
    out.push(`- ${tr(title)} (${ids.length}):`);
    for (const id of ids) {
      const rule = report.rules.find((r) => r.ruleId === id);
      out.push(rule ? `  - **${rule.catalogueId}** ${tr(rule.title)} (\`${id}\`)` : `  - \`${id}\``);
    }
  }
  out.push('', `${tr(R.openFindings)}: ${countOf(f.error, 'error', lang)}, ${countOf(f.warning, 'warning', lang)}, ${countOf(f.info, 'info', lang)}${f.deviation ? ` · ${f.deviation} ${tr(W.covered)}` : ''}${f.waived ? ` · ${f.waived} ${tr(W.waivedFindings)}` : ''}`, '');
  out.push(`| ${tr(R.verdict)} | ${tr(R.rules)} | ${tr(R.architectureRules)} |`, '| --- | ---: | ---: |');
  for (const st of STATUS_ORDER) out.push(`| ${badge(st, lang)} | ${report.summary.rules[st] ?? 0} | ${view.architectureCounts[st] ?? 0} |`);
  out.push('');

  if (report.tender) out.push(...tenderSection(report.tender, lang));

  // verdicts
  out.push(`## ${tr(R.verdicts)}`, '');
  out.push(`| ${tr(R.goal)} | ${tr(R.verdict)} |`, '| --- | --- |');
  for (const g of report.goals) out.push(`| ${tr(g.title)} | ${badge(shownStatus(report, g.status, g.architectureRules), lang)} |`);
  out.push('');
  out.push(`| ${tr(R.principle)} | ${tr(R.architectureRule)} | ${tr(R.verdict)} | ${tr(R.rules)} |`, '| --- | --- | --- | --- |');
  for (const p of report.principles) {
    out.push(`| **${p.id} ${tr(p.title)}** | | **${badge(shownStatus(report, p.status, p.architectureRules), lang)}** | |`);
    for (const ar of report.architectureRules.filter((a) => a.principle === p.id)) {
      const rules = ar.rules.map((id) => view.rule(id)).filter((r): r is RuleVerdict => r !== undefined);
      const failing = rules.filter((r) => r.status === 'fail').map((r) => `\`${r.ruleId}\``);
      out.push(`| | ${ar.id} ${tr(ar.title)} | ${badge(shownStatus(report, ar.status, [ar.id]), lang)} | ${rules.length}${failing.length ? `: ${failing.join(', ')}` : ''} |`);
    }
  }
  out.push('');

  // thematic views
  out.push(`## ${tr(R.infrastructure)}`, '', tr(R.infrastructureIntro), '');
  out.push(`| ${tr(R.component)} | ${tr(R.expected)} | ${tr(R.verdict)} | ${tr(R.remark)} |`, '| --- | --- | --- | --- |');
  for (const component of INFRASTRUCTURE) {
    component.rules.map((id) => view.rule(id)).filter((r): r is RuleVerdict => r !== undefined).forEach((r, i) => {
      const findings = view.byRule.get(r.ruleId) ?? [];
      const remark = r.reason ? md(tr(r.reason)) : findings.slice(0, 2).map((x) => md(x.message[lang])).join('<br>') + (findings.length > 2 ? ` (+${findings.length - 2})` : '');
      out.push(`| ${i === 0 ? tr(component.title) : ''} | ${tr(r.title)} (\`${r.ruleId}\`) | ${badge(r.status, lang)} | ${remark} |`);
    });
  }
  out.push('');
  for (const topic of [EXIT, SECURITY]) out.push(`## ${tr(topic.title)}`, '', ...topicTable(topic, view, report, lang), '');

  out.push(`## ${tr(R.interfaces)}`, '');
  const specs = report.inputs.filter((i) => i.kind === 'openapi' || i.kind === 'wsdl');
  if (specs.length === 0) out.push(tr(R.noInterfaces));
  else {
    out.push(`| ${tr(R.file)} | ${tr(R.kind)} | ${SEVERITY.error[lang]} | ${SEVERITY_PLURAL.warning[lang]} | info |`, '| --- | --- | ---: | ---: | ---: |');
    for (const spec of specs) {
      const c = severityCounts(view.byFile.get(spec.path) ?? []);
      out.push(`| ${fileLink(report.root, spec.path)} | ${spec.kind === 'openapi' ? 'OpenAPI' : 'WSDL'} | ${c.error} | ${c.warning} | ${c.info} |`);
    }
  }
  out.push('');

  // findings by file
  out.push(`## ${tr(R.findingsByFile)}`, '');
  if (report.findings.length === 0) out.push(tr(W.noFindings), '');
  for (const [file, findings] of view.byFile) {
    const c = severityCounts(findings);
    const counts = [c.error && countOf(c.error, 'error', lang), c.warning && countOf(c.warning, 'warning', lang), c.info && countOf(c.info, 'info', lang), c.deviation && `${c.deviation} ${tr(W.covered)}`, c.waived && `${c.waived} ${tr(W.waivedFindings)}`].filter(Boolean).join(', ');
    const heading = `${file ? fileLink(report.root, file) : tr(R.bidAsWhole)} — ${counts}`;
    const rows = [`| ${tr(R.where)} | ${tr(R.severity)} | ${tr(R.rule)} | ${tr(R.message)} |`, '| --- | --- | --- | --- |', ...findings.map((x) => findingRow(x, report, view, lang))];
    // a long list is collapsed, so the comment stays readable
    if (findings.length > 10) out.push(`<details><summary>${html(file || tr(R.bidAsWhole))} — ${counts}</summary>`, '', ...rows, '', '</details>', '');
    else out.push(`### ${heading}`, '', ...rows, '');
  }

  // registers
  out.push(`## ${tr(R.register)}`, '');
  if (report.deviations.length === 0) out.push(tr(R.noDeviations), '');
  for (const d of report.deviations) {
    const covers = !d.known ? tr(W.nothing) : d.covers.length ? d.covers.map((id) => `\`${id}\``).join(', ') : tr(W.noFindingsCovered);
    const decision = d.decision ? ` — ${d.decision.verdict === 'accepted' ? `${MARK.pass} ${tr(W.accepted)}` : `${MARK.fail} ${tr(W.rejected)}`} (${md(d.decision.assessor)}, ${d.decision.date})` : '';
    out.push(`${d.index + 1}. **${md(d.rule)}**${d.explained ? '' : ` — ${MARK.fail} ${tr(W.unexplained)}`} (${tr(W.covers)}: ${covers})${decision}`);
    out.push(`   - ${tr(W.justification)}: ${d.justification ? md(d.justification) : `*${tr(W.unexplained)}*`}`);
    out.push(`   - ${tr(W.mitigation)}: ${d.mitigation ? md(d.mitigation) : `*${tr(R.noMitigation)}*`}`);
    if (d.evidence) out.push(`   - ${tr(W.evidence)}: ${md(d.evidence)}`);
  }
  out.push('');
  out.push(`## ${tr(R.evidenceRegister)}`, '');
  const attached = report.inputs.filter((i) => i.kind === 'attachment');
  out.push(attached.length ? `${tr(R.attachments)}: ${attached.map((a) => fileLink(report.root, a.path)).join(', ')}` : tr(R.noAttachments), '');
  const unresolved = view.byRule.get('sol-evidence-resolves') ?? [];
  if (unresolved.length) out.push(`**${tr(R.unresolved)}**`, '', ...unresolved.map((x) => `- ${md(x.message[lang])} (\`${code(x.location.pointer)}\`)`), '');

  out.push(`## ${tr(W.manualItems)}`, '');
  const manual = report.architectureRules.filter((ar) => ar.status === 'manual' && ar.manual);
  for (const ar of manual) out.push(`- **${ar.id} ${tr(ar.title)}**: ${tr(ar.manual!.question)} *${tr(W.evidence)}: ${tr(ar.manual!.evidence)}*`);
  const declared = report.rules.filter((r) => r.mode === 'declared' && r.status === 'pass');
  if (declared.length) out.push('', `**${tr(R.toConfirm)}**: ${declared.map((r) => `\`${r.ruleId}\``).join(', ')}`);
  out.push('');

  out.push(`## ${tr(R.provenance)}`, '', tr(R.provenanceIntro), '');
  out.push(`- ${tr(R.tool)}: rammetjek ${md(report.tool.version)}`, `- ${tr(W.ruleset)}: ${md(report.ruleset.version)} (${report.ruleset.rules} ${tr(W.rules)}, SHA-256 \`${report.ruleset.sha256}\`)`, `- ${tr(W.framework)}: ${md(tr(report.framework.name))}, ${md(report.framework.version)}`, '');
  out.push(`| ${tr(R.file)} | ${tr(R.kind)} | ${tr(R.bytes)} | SHA-256 |`, '| --- | --- | ---: | --- |');
  for (const i of report.inputs) out.push(`| ${md(i.path)} | ${i.kind} | ${i.bytes} | \`${i.sha256}\` |`);
  out.push('', `*${tr(W.declaredNote)}*`);
  return `${out.join('\n')}\n`;
}

const REQUIREMENT: Record<RequirementStatus, Localized & { mark: string }> = {
  met: { mark: '✔', da: 'opfyldt', en: 'met' },
  'not-met': { mark: '✘', da: 'ikke opfyldt', en: 'not met' },
  'not-assessed': { mark: '·', da: 'ikke vurderet', en: 'not assessed' },
  pending: { mark: '?', da: 'afventer ordregivers afgørelse', en: 'awaits the buyer’s decision' },
};

/** The tender's mandatory requirements one by one, and the award with its total and formula. */
function tenderSection(t: TenderResult, lang: Lang): string[] {
  const da = lang === 'da';
  const status = (s: RequirementStatus) => `${REQUIREMENT[s].mark} ${REQUIREMENT[s][lang]}`;
  const out = [`## ${R.tender[lang]}: ${md(t.name)} (${md(t.reference)})`, ''];
  if (t.buyer) out.push(`${da ? 'Ordregiver' : 'Buyer'}: ${md(t.buyer)}  `);
  out.push(`${da ? 'Udbudsprofil' : 'Tender profile'}: ${md(t.file)} · SHA-256 \`${t.sha256}\``, '');
  out.push(`**${da ? 'Udbuddets mindstekrav' : 'The tender’s mandatory requirements'}: ${status(t.mindstekrav.status)}**`, '');
  out.push(`| ${da ? 'Krav' : 'Requirement'} | ${R.verdict[lang]} | ${R.remark[lang]} |`, '| --- | --- | --- |');
  for (const r of t.mindstekrav.requirements) out.push(`| ${md(`${r.id} ${r.title}`)} | ${status(r.status)} | ${requirementNotes(r, lang).map(md).join('<br>')} |`);
  out.push('');
  if (t.award) {
    const a = t.award;
    const n = (x: number) => (da ? String(Math.round(x * 100) / 100).replace('.', ',') : String(Math.round(x * 100) / 100));
    out.push(`| ${da ? 'Kriterium' : 'Criterion'} | ${da ? 'Vægt' : 'Weight'} | ${da ? 'Point' : 'Points'} | ${da ? 'Vægtet' : 'Weighted'} |`, '| --- | ---: | ---: | ---: |');
    for (const k of a.criteria) out.push(`| ${md(`${k.id} ${k.title}`)} | ${n(k.weight)} | ${k.score === undefined ? (da ? 'ikke pointgivet' : 'not scored') : n(k.score)} | ${n(k.weighted)} |`);
    out.push(`| **${da ? 'I alt' : 'Total'}** | | | **${n(a.total)}** |`, '');
    out.push(`${a.provisional ? `**${da ? 'Foreløbig: ikke alt er pointgivet.' : 'Provisional: not everything is scored.'}** ` : ''}*${md(a.formula[lang])}*`, '');
  }
  if (t.open.length) out.push(`**${da ? 'Åbne punkter' : 'Open items'}**`, '', ...t.open.map((o) => `- ${md(o.text[lang])}${o.blocking ? (da ? ' *(afventes før endelig rangering)*' : ' *(needed before a final ranking)*') : ''}`), '');
  return out;
}

function badge(status: ShownStatus, lang: Lang): string {
  return `${MARK[status]} ${SHOWN[status][lang]}`;
}

function topicTable(topic: Topic, view: ReportView, report: Report, lang: Lang): string[] {
  const rows = topic.rules.map((id) => view.rule(id)).filter((r): r is RuleVerdict => r !== undefined);
  return [
    `| ${R.rule[lang]} | ${R.title[lang]} | ${R.level[lang]} | ${R.verdict[lang]} | ${W.findings[lang]} |`,
    '| --- | --- | --- | --- | ---: |',
    ...rows.map((r) => `| [\`${r.ruleId}\`](${ruleDocUrl(r.ruleId, r.appliesTo, report.tool.version, lang)}) | ${r.title[lang]} | ${LEVEL[r.level][lang]} | ${badge(r.status, lang)} | ${r.findings} |`),
  ];
}

function findingRow(f: Finding, report: Report, view: ReportView, lang: Lang): string {
  const line = f.location.range?.start.line;
  const where = f.location.file ? `[${position(f) || '—'}](${href(report.root, f.location.file)}${line ? `#L${line}` : ''})` : '—';
  const sev = f.deviation !== undefined ? W.covered[lang] : f.waived !== undefined ? W.waivedFinding[lang] : SEVERITY[f.severity][lang];
  const rule = view.rule(f.ruleId);
  const id = rule ? `[\`${f.ruleId}\`](${ruleDocUrl(f.ruleId, rule.appliesTo, report.tool.version, lang)})` : `\`${f.ruleId}\``;
  return `| ${where} | ${sev} | ${id} | ${md(f.message[lang])}<br>*${W.fix[lang]}: ${md(f.fix[lang])}* |`;
}

function fileLink(root: string, file: string): string {
  return `[${md(file)}](${href(root, file)})`;
}

/** A link target for a bid file: each segment percent-encoded, so no name can end the link or inject one. */
function href(root: string, file: string): string {
  return shownPath(root, file).split('/').map((s) => (s === '.' || s === '..' ? s : encodeURIComponent(s))).join('/').replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Text from the bid (or quoting it) in Markdown: neutralised, then every character that could start
 * markup, a link, a table cell or raw HTML is backslash-escaped.
 */
export function md(text: string): string {
  return neutralise(text).replace(/[\\`*_{}[\]<>()#+!|~&$]/g, (c) => `\\${c}`);
}

/** Inside a code span: a backtick would end it. */
function code(text: string): string {
  return neutralise(text).replace(/`/g, "'");
}

/** Inside raw HTML (the collapsed file groups). */
function html(text: string): string {
  return neutralise(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
