import type { Report, RuleVerdict } from '../assess/report.js';
import type { Finding } from '../core/finding.js';
import type { Lang } from '../core/text.js';
import { STATUS, WORDS } from './labels.js';
import { neutralise } from './neutralise.js';
import { isOpen, position } from './view.js';

export interface JunitOptions {
  readonly lang: Lang;
}

/** The suites, one per kind of artefact the rules read, in this order. */
const KINDS = ['solution', 'openapi', 'saml', 'wsdl', 'memo', 'bid'] as const;

/**
 * JUnit XML for CI dashboards: one test suite per artefact kind, one test case per rule, a failure
 * per failing rule (with every finding and its place), skipped for rules that were not applicable,
 * not assessed or left to a person. Problems reading the bid are errors in a suite of their own.
 */
export function renderJunit(report: Report, options: JunitOptions): string {
  const { lang } = options;
  const byRule = new Map<string, Finding[]>();
  for (const f of report.findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;

  for (const kind of KINDS) {
    const rules = report.rules.filter((r) => r.appliesTo === kind);
    if (rules.length === 0) continue;
    const cases = rules.map((r) => testCase(r, byRule.get(r.ruleId) ?? [], report, lang));
    const failed = rules.filter((r) => r.status === 'fail').length;
    const skipped = rules.filter((r) => isSkipped(r)).length;
    tests += rules.length;
    failures += failed;
    suites.push(`  <testsuite name="rammetjek.${kind}" package="rammetjek" tests="${rules.length}" failures="${failed}" errors="0" skipped="${skipped}" time="0">\n${cases.join('\n')}\n  </testsuite>`);
  }

  const diagnostics = report.findings.filter((f) => !report.rules.some((r) => r.ruleId === f.ruleId));
  if (diagnostics.length > 0) {
    const ids = [...new Set(diagnostics.map((f) => f.ruleId))];
    const cases = ids.map((id) => {
      const list = diagnostics.filter((f) => f.ruleId === id);
      return `    <testcase name="${attr(id)}" classname="rammetjek.load" time="0">\n      <error type="${attr(id)}" message="${attr(summaryOf(list, lang))}">${text(details(list, report, lang))}</error>\n    </testcase>`;
    });
    tests += ids.length;
    errors += ids.length;
    suites.unshift(`  <testsuite name="rammetjek.load" package="rammetjek" tests="${ids.length}" failures="0" errors="${ids.length}" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`);
  }

  const s = report.solution;
  const name = [s?.name, s?.version].filter(Boolean).join(' ') || report.root;
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="${attr(`rammetjek: ${name}`)}" tests="${tests}" failures="${failures}" errors="${errors}" time="0">
${suites.join('\n')}
</testsuites>
`;
}

function isSkipped(r: RuleVerdict): boolean {
  return r.status === 'not-applicable' || r.status === 'not-assessed' || r.status === 'manual';
}

function testCase(rule: RuleVerdict, findings: readonly Finding[], report: Report, lang: Lang): string {
  const open = `    <testcase name="${attr(`${rule.ruleId} (${rule.catalogueId}): ${rule.title[lang]}`)}" classname="rammetjek.${rule.appliesTo}" time="0"`;
  if (rule.status === 'fail') {
    const failing = findings.filter(isOpen);
    const worst = failing.some((f) => f.severity === 'error') ? 'error' : failing.some((f) => f.severity === 'warning') ? 'warning' : 'info';
    return `${open}>\n      <failure type="${worst}" message="${attr(summaryOf(failing, lang))}">${text(details(findings, report, lang))}</failure>\n    </testcase>`;
  }
  if (isSkipped(rule)) {
    const why = rule.reason ? `${STATUS[rule.status][lang]}: ${rule.reason[lang]}` : STATUS[rule.status][lang];
    return `${open}>\n      <skipped message="${attr(why)}"/>\n    </testcase>`;
  }
  if (findings.length > 0) {
    // a deviation or a MAY rule's note: passed, but the findings stay visible
    return `${open}>\n      <system-out>${text(`${STATUS[rule.status][lang]}\n${details(findings, report, lang)}`)}</system-out>\n    </testcase>`;
  }
  return `${open}/>`;
}

function summaryOf(findings: readonly Finding[], lang: Lang): string {
  const first = findings[0];
  if (!first) return '';
  const more = findings.length - 1;
  return `${first.message[lang]}${more > 0 ? (lang === 'da' ? ` (og ${more} fund mere)` : ` (and ${more} more)`) : ''}`;
}

/** One line per finding: file:line:column (pointer) severity: message — fix. */
function details(findings: readonly Finding[], report: Report, lang: Lang): string {
  const root = report.root === '.' ? '' : `${report.root}/`;
  return findings
    .map((f) => {
      const where = `${f.location.file ? `${root}${f.location.file}` : report.root}${position(f) ? `:${position(f)}` : ''}${f.location.pointer ? ` (${f.location.pointer})` : ''}`;
      const covered = f.deviation !== undefined ? ` [${WORDS.covered[lang]}]` : f.waived !== undefined ? ` [${WORDS.waivedFinding[lang]}]` : '';
      // each finding is one line: a newline in a bid string must not start another
      return neutralise(`${where} ${f.severity}${covered}: ${f.message[lang]} ${WORDS.fix[lang]}: ${f.fix[lang]}`);
    })
    .join('\n');
}

/** XML text; what comes from the bid is neutralised before (XML 1.0 cannot carry control characters at all). */
function text(value: string): string {
  return value.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;')).replace(/[\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** An XML attribute value in double quotes. */
function attr(value: string): string {
  return text(neutralise(value)).replace(/"/g, '&quot;');
}
