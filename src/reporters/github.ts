import type { Report } from '../assess/report.js';
import type { Finding, Severity } from '../core/finding.js';
import type { Lang } from '../core/text.js';
import { countOf, WORDS } from './labels.js';
import { neutralise } from './neutralise.js';
import { isOpen, shownPath } from './view.js';

export interface GithubOptions {
  readonly lang: Lang;
}

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands: one `::error file=…,line=…,col=…,title=…::message` line per open
 * finding (findings an explained deviation covers or the buyer waived are left out), then a notice with the summary.
 * Paths are as the check was started (bid folder included), so they match the checkout.
 */
export function renderGithub(report: Report, options: GithubOptions): string {
  const { lang } = options;
  const lines = report.findings.filter(isOpen).map((f) => annotation(f, report.root, lang));
  const sum = report.summary;
  const status = sum.mindstekrav.status;
  const must = status === 'met' ? WORDS.met[lang] : status === 'not-met' ? WORDS.notMet[lang] : status === 'met-by-deviation' ? WORDS.metByDeviation[lang] : lang === 'da' ? 'ikke vurderet' : 'not assessed';
  const counts = `${countOf(sum.findings.error, 'error', lang)}, ${countOf(sum.findings.warning, 'warning', lang)}, ${countOf(sum.findings.info, 'info', lang)}${sum.findings.deviation ? `, ${sum.findings.deviation} ${WORDS.covered[lang]}` : ''}${sum.findings.waived ? `, ${sum.findings.waived} ${WORDS.waivedFindings[lang]}` : ''}`;
  lines.push(`::notice title=${property('rammetjek')}::${data(`${WORDS.mindstekrav[lang]}: ${must}. ${WORDS.findings[lang]}: ${counts}.`)}`);
  return `${lines.join('\n')}\n`;
}

function annotation(f: Finding, root: string, lang: Lang): string {
  const props: string[] = [];
  if (f.location.file) props.push(`file=${property(shownPath(root, f.location.file))}`);
  const r = f.location.range;
  if (f.location.file && r) {
    props.push(`line=${r.start.line}`, `endLine=${r.end.line}`, `col=${r.start.column}`);
    if (r.end.line === r.start.line && r.end.column > r.start.column) props.push(`endColumn=${r.end.column}`);
  }
  props.push(`title=${property(f.catalogueId === f.ruleId ? f.ruleId : `${f.ruleId} (${f.catalogueId})`)}`);
  return `::${COMMAND[f.severity]} ${props.join(',')}::${data(`${f.message[lang]} ${WORDS.fix[lang]}: ${f.fix[lang]}`)}`;
}

/** The runner's escaping of a command's message; bid strings are neutralised first, so no control sequence reaches the log. */
export function data(value: string): string {
  return neutralise(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The runner's escaping of a property value: also `:` and `,`, which end a value. */
export function property(value: string): string {
  return data(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
