import type { Report, VerdictStatus } from '../assess/report.js';
import type { Finding } from '../core/finding.js';
import type { Lang } from '../core/text.js';
import { countOf, SEVERITY, SHOWN, type ShownStatus, shownStatus, STATUS, t, WORDS } from './labels.js';
import { neutralise as safe } from './neutralise.js';
import { tenderLines } from './tender-section.js';

export interface TextOptions {
  readonly lang: Lang;
  /** ANSI colours (for terminals). */
  readonly color: boolean;
  /** Only the summary and the findings, without the goal and principle tables (for CI logs). */
  readonly quiet?: boolean;
}

const MARK: Record<ShownStatus, string> = {
  pass: '✔',
  remarks: '◐',
  fail: '✘',
  deviation: '△',
  waived: '△',
  manual: '?',
  'not-applicable': '–',
  'not-assessed': '·',
};

/**
 * A readable terminal report: verdicts per goal and principle first, then findings with
 * file:line:column. Every string from the bid goes through `neutralise`, so a bid cannot colour,
 * clear or retitle the terminal, or forge a line of the report.
 */
export function renderText(report: Report, options: TextOptions): string {
  const { lang } = options;
  const c = colours(options.color);
  const out: string[] = [];
  const status = (s: ShownStatus) => {
    const text = `${MARK[s]} ${t(SHOWN[s], lang)}`;
    return s === 'pass' ? c.green(text) : s === 'fail' ? c.red(text) : s === 'deviation' || s === 'manual' || s === 'remarks' ? c.yellow(text) : c.dim(text);
  };
  const shown = (v: { status: VerdictStatus; architectureRules: readonly string[] }) => status(shownStatus(report, v.status, v.architectureRules));

  out.push(c.bold(`rammetjek ${report.tool.version} · ${t(WORDS.report, lang)}`));
  if (report.solution?.unreadable) {
    const file = safe(report.solution.file);
    out.push(c.red(t({ da: `Løsningsbeskrivelsen (${file}) kan ikke læses; reglerne for den er ikke vurderet.`, en: `The solution description (${file}) cannot be parsed; its rules were not assessed.` }, lang)));
  } else if (report.solution) {
    const s = report.solution;
    out.push(safe(`${t(WORDS.solution, lang)}: ${[s.name, s.version].filter(Boolean).join(' ')}${s.vendor?.name ? ` — ${s.vendor.name}${s.vendor.cvr ? ` (CVR ${s.vendor.cvr})` : ''}` : ''}`));
  } else {
    out.push(c.yellow(t(WORDS.noSolution, lang)));
  }
  out.push(`${t(WORDS.framework, lang)}: ${t(report.framework.name, lang)} · ${t(WORDS.ruleset, lang)} ${report.ruleset.version} · ${t(WORDS.asOf, lang)} ${report.asOf}`);
  out.push('');

  const sum = report.summary;
  out.push(c.bold(t(WORDS.summary, lang)));
  const m = sum.mindstekrav;
  const mustText =
    m.status === 'not-met' ? c.red(`${t(WORDS.notMet, lang)} — ${m.failed.length === 1 ? t({ da: '1 SKAL-regel er ikke opfyldt', en: '1 MUST rule fails' }, lang) : t({ da: `${m.failed.length} SKAL-regler er ikke opfyldt`, en: `${m.failed.length} MUST rules fail` }, lang)}`)
    : m.status === 'not-assessed' ? c.yellow(`${t(STATUS['not-assessed'], lang)}${m.notAssessed.length ? ` — ${t({ da: `${m.notAssessed.length} SKAL-regler kunne ikke vurderes`, en: `${m.notAssessed.length} MUST rules could not be assessed` }, lang)}` : ''}`)
    : m.status === 'met-by-deviation' ? c.yellow(t(WORDS.metByDeviation, lang))
    : c.green(t(WORDS.met, lang));
  if (!report.tender) {
    out.push(`  ${t(WORDS.mindstekrav, lang)}: ${mustText}`);
    out.push(...ruleList(report, m.failed, lang, c.red(MARK.fail)), ...ruleList(report, m.notAssessed, lang, c.yellow(MARK['not-assessed'])), ...ruleList(report, m.deviations, lang, c.yellow(MARK.deviation)));
  }
  out.push(`  ${t(WORDS.findings, lang)}: ${countOf(sum.findings.error, 'error', lang)}, ${countOf(sum.findings.warning, 'warning', lang)}, ${countOf(sum.findings.info, 'info', lang)}${sum.findings.deviation ? `, ${sum.findings.deviation} ${t(WORDS.covered, lang)}` : ''}${sum.findings.waived ? `, ${sum.findings.waived} ${t(WORDS.waivedFindings, lang)}` : ''}`);
  out.push(`  ${t(WORDS.coverage, lang)}: ${report.rules.length} ${t(WORDS.rules, lang)} — ${Object.entries(sum.rules).map(([k, n]) => `${n} ${t(STATUS[k as VerdictStatus], lang)}`).join(', ')}`);
  out.push('');

  if (report.tender) out.push(...tenderLines(report.tender, lang, c));

  if (!options.quiet) {
    out.push(c.bold(t(WORDS.goals, lang)));
    const goalWidth = Math.max(...report.goals.map((g) => t(g.title, lang).length));
    for (const g of report.goals) out.push(`  ${t(g.title, lang).padEnd(goalWidth)}  ${shown(g)}`);
    out.push('');

    out.push(c.bold(t(WORDS.principles, lang)));
    for (const p of report.principles) {
      out.push(`  ${p.id} ${t(p.title, lang)}  ${shown(p)}`);
      for (const ar of report.architectureRules.filter((a) => a.principle === p.id)) {
        out.push(c.dim(`      ${ar.id.padEnd(7)} ${MARK[shownStatus(report, ar.status, [ar.id])]} ${t(ar.title, lang)}`));
      }
    }
    out.push('');
  }

  out.push(c.bold(t(WORDS.findings, lang)));
  if (report.findings.length === 0) out.push(`  ${t(WORDS.noFindings, lang)}`);
  let file: string | undefined;
  for (const f of report.findings) {
    if (f.location.file !== file) {
      file = f.location.file;
      out.push(`  ${c.underline(safe(joinPath(report.root, file)))}`);
    }
    const kind = report.rules.find((r) => r.ruleId === f.ruleId)?.sourceKind;
    out.push(findingLine(f, lang, c, kind === 'secondary' || kind === 'ours' ? ` · ${t(WORDS[kind], lang)}` : ''));
  }
  out.push('');

  if (report.deviations.length > 0) {
    out.push(c.bold(t(WORDS.deviations, lang)));
    for (const d of report.deviations) {
      const covers = !d.known ? t(WORDS.nothing, lang) : d.covers.length ? d.covers.join(', ') : t(WORDS.noFindingsCovered, lang);
      const decision = d.decision ? ` — ${t(d.decision.verdict === 'accepted' ? WORDS.accepted : WORDS.rejected, lang)} (${safe(d.decision.assessor)}, ${d.decision.date})` : '';
      out.push(`  ${safe(d.rule)} (${t(d.decision?.verdict === 'rejected' ? WORDS.wouldCover : WORDS.covers, lang)}: ${covers})${d.explained ? '' : c.red(` — ${t(WORDS.unexplained, lang)}`)}${decision}`);
      for (const f of d.findings) out.push(c.dim(`      ${safe(joinPath(report.root, f.file))}:${f.line ?? '-'} ${f.ruleId}`));
      if (d.justification) out.push(`      ${t(WORDS.justification, lang)}: ${safe(d.justification)}`);
      if (d.mitigation) out.push(`      ${t(WORDS.mitigation, lang)}: ${safe(d.mitigation)}`);
    }
    out.push('');
  }

  const manual = options.quiet ? [] : report.architectureRules.filter((ar) => ar.status === 'manual' && ar.manual);
  if (manual.length > 0) {
    out.push(c.bold(t(WORDS.manualItems, lang)));
    for (const ar of manual) {
      out.push(`  ${ar.id} ${t(ar.title, lang)}`);
      out.push(`      ${t(WORDS.question, lang)}: ${t(ar.manual!.question, lang)}`);
      out.push(`      ${t(WORDS.evidence, lang)}: ${t(ar.manual!.evidence, lang)}`);
    }
    out.push('');
  }
  out.push(c.dim(t(WORDS.declaredNote, lang)));
  return `${out.join('\n')}\n`;
}

/** Rules named by catalogue id and title, one a line; a long list is cut with a count of the rest. */
function ruleList(report: Report, ids: readonly string[], lang: Lang, mark: string): string[] {
  const SHOWN_AT_MOST = 12;
  const lines = ids.slice(0, SHOWN_AT_MOST).map((id) => {
    const rule = report.rules.find((r) => r.ruleId === id);
    const label = rule ? `${rule.catalogueId.padEnd(8)} ${t(rule.title, lang)}` : id;
    return `      ${mark} ${label}`;
  });
  if (ids.length > SHOWN_AT_MOST) lines.push(`      ${t({ da: `… og ${ids.length - SHOWN_AT_MOST} mere (se fundene nedenfor)`, en: `… and ${ids.length - SHOWN_AT_MOST} more (see the findings below)` }, lang)}`);
  return lines;
}

function findingLine(f: Finding, lang: Lang, c: Colours, source = ''): string {
  const pos = f.location.range ? `${f.location.range.start.line}:${f.location.range.start.column}` : '-';
  const sev = f.deviation !== undefined ? c.dim(t(WORDS.covered, lang)) : f.waived !== undefined ? c.dim(t(WORDS.waivedFinding, lang)) : f.severity === 'error' ? c.red(t(SEVERITY.error, lang)) : f.severity === 'warning' ? c.yellow(t(SEVERITY.warning, lang)) : c.dim('info');
  const id = c.dim(`${f.catalogueId === f.ruleId ? f.ruleId : `${f.ruleId} (${f.catalogueId})`}${source}`);
  return `    ${pos.padEnd(7)} ${sev}  ${safe(f.message[lang])}  ${id}\n            ${c.dim(`${t(WORDS.fix, lang)}: ${safe(f.fix[lang])}`)}`;
}

function joinPath(root: string, file: string): string {
  return root === '.' || root === '' ? file : `${root}/${file}`;
}

interface Colours {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  underline(s: string): string;
}

function colours(on: boolean): Colours {
  const wrap = (open: number, close: number) => (s: string) => (on ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), underline: wrap(4, 24) };
}

