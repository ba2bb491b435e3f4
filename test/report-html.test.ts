import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { renderHtml } from '../src/reporters/html.js';
import { EXIT, INFRASTRUCTURE, SECURITY } from '../src/reporters/sections.js';
import { REPO } from './rule-docs.js';
import { run } from './run-cli.js';
import { fixtureReport, FIXTURE_BIDS, HOSTILE, hostileReport, largeReport, tenderReport } from './report-fixtures.js';

const SECTIONS_DA = ['Sammenfatning', 'Vurdering pr. mål, princip og arkitekturregel', 'Fælles infrastruktur', 'Leverandørbinding og exit', 'Sikkerhed og privatliv', 'Snitfladernes kvalitet', 'Fund pr. regel', 'Afvigelsesregister', 'Dokumentationsregister', 'Til manuel vurdering', 'Sporbarhed'];

const headings = (html: string, level: number) => [...html.matchAll(new RegExp(`<h${level}[^>]*>(.*?)</h${level}>`, 'g'))].map((m) => (m[1] as string).replace(/<[^>]+>/g, '').trim());

describe('the HTML report', () => {
  it.each(FIXTURE_BIDS)('renders %s with every section, in Danish by default and in English', async (name) => {
    const report = await fixtureReport(name);
    const html = renderHtml(report, { lang: 'da' });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="da">')).toBe(true);
    expect(headings(html, 2)).toEqual(['Indhold', ...SECTIONS_DA]);
    expect(headings(html, 3).filter((h) => /^P\d /.test(h))).toHaveLength(8);
    // one expandable block per architecture rule, and one per rule with findings
    expect(html.match(/<details class="ar"/g)).toHaveLength(report.architectureRules.length);
    expect(html.match(/<details class="rule"/g)?.length ?? 0).toBe(report.rules.filter((r) => r.findings > 0 || r.reason).length + new Set(report.findings.filter((f) => !report.rules.some((r) => r.ruleId === f.ruleId)).map((f) => f.ruleId)).size);
    // every input with its hash
    for (const input of report.inputs) expect(html).toContain(`<code class="hash">${input.sha256}</code>`);
    const en = renderHtml(report, { lang: 'en' });
    expect(en).toContain('<html lang="en">');
    expect(headings(en, 2)[1]).toBe('Summary');
    expect(en).not.toContain('Mindstekrav');
  });

  it('names the verdict on the mandatory requirements and lists the failing MUST rules with links to their findings', async () => {
    const html = renderHtml(await fixtureReport('svagt-bud'), { lang: 'da' });
    expect(html).toContain('<p class="big">Mindstekrav (SKAL-regler): <strong>ikke opfyldt</strong></p>');
    expect(html).toContain('<li><a href="#regel-sol-nemlogin-for-citizens"><code>SD-009</code></a> Borgere og virksomheder logger ind via NemLog-in <span class="muted">(sol-nemlogin-for-citizens)</span></li>');
    expect(html).toContain('<details class="rule" id="regel-sol-nemlogin-for-citizens" open>');
    expect(html).toMatch(/<td><code>loesningsbeskrivelse\.yaml<\/code><span class="pos">:30:25<\/span><br><code class="pointer">\/authentication\/citizens\/provider<\/code><\/td><td><span class="sev sev-error">fejl<\/span><\/td><td>Borgere logger ind med «own-login» og ikke via NemLog-in\.<\/td>/);
    expect(html).toContain('href="https://unpkg.com/rammetjek@0.1.0/rules/solution/sol-nemlogin-for-citizens/doc.da.md"');
    // the deviation register shows an unexplained deviation as such
    expect(html).toContain('<h3>1. Erklæret som: SD-020 <span class="v v-fail">ikke forklaret</span></h3>');
  });

  it('keeps the deviation register, its justifications and mitigations, and the findings they cover', async () => {
    const html = renderHtml(await fixtureReport('sagssystem-med-afvigelser'), { lang: 'da' });
    expect(html).toContain('<h3>1. Erklæret som: AR 4.2</h3>');
    expect(html).toContain('<dt>Begrundelse</dt><dd>Kommunen har endnu ikke taget Context Handler 2 i brug.');
    expect(html).toContain('<span class="sev sev-covered">dækket af afvigelse</span>');
  });

  it('says the mandatory requirements are met on a conforming bid, and has no findings to list', async () => {
    const html = renderHtml(await fixtureReport('borgerservice-selvbetjening'), { lang: 'da' });
    expect(html).toContain('Mindstekrav (SKAL-regler): <strong>opfyldt</strong>');
    expect(html).toContain('<section id="fund" aria-labelledby="fund-h">\n<h2 id="fund-h">Fund pr. regel</h2>\n<p>Ingen fund.</p>');
  });

  it('shows the tender: its mandatory requirements one by one, the award with its total and formula, the decisions', async () => {
    const report = await tenderReport('sagssystem-med-afvigelser', 'omsorgssystem');
    const html = renderHtml(report, { lang: 'da' });
    // points as the tender writes them: two decimals at most, a decimal comma
    const da = (n: number) => String(Math.round(n * 100) / 100).replace('.', ',');
    const award = report.tender!.award!;
    const k1 = award.criteria[0]!;
    expect(headings(html, 2).slice(1, 3)).toEqual(['Sammenfatning', 'Udbud']);
    expect(html).toContain('<dd>Omsorgssystem til hjemmeplejen og plejecentre (SKI 02.19-2026-031)</dd>');
    expect(html).toContain('Udbuddets mindstekrav: <strong>opfyldt</strong>');
    expect(html).toContain(`</span> · Tildeling: <strong>${da(award.total)}</strong> · <a href="#udbud">`);
    expect(html).toMatch(/<p>Udbuddets mindstekrav: <span class="v v-pass"><span aria-hidden="true">✔ <\/span>opfyldt<\/span> · Tildeling/);
    expect(html.match(/<tr><th scope="row">MK-\d /g)).toHaveLength(7);
    expect(html).toContain(`<tfoot><tr><th scope="row">I alt</th><td></td><td></td><td class="num"><strong>${da(award.total)}</strong></td></tr></tfoot>`);
    expect(html).toContain(`<td class="num">${da(k1.weight)}</td><td class="num">${da(k1.score!)}</td><td class="num">${da(k1.weighted)}</td></tr>`);
    // the buyer's decision on each deviation, in the register
    expect(html).toContain('<dt>Ordregivers afgørelse</dt><dd><span class="v v-pass">accepteret af ordregiver</span> Karin Bech, informationssikkerhedskoordinator, 2026-10-13');
    const waived = renderHtml(await tenderReport('svagt-bud', 'byggeansoegning'), { lang: 'da' });
    expect(waived).toContain('Udbuddets mindstekrav: <strong>ikke opfyldt</strong>');
    expect(waived).toContain(' · 1 dispenseret</p>');
    expect(waived).toContain('<span class="sev sev-covered">dispenseret</span>');
  });

  it('colours the summary box of mandatory requirements met by deviation, and notes a requirement met by a waiver or on the vendor’s statement', async () => {
    const html = renderHtml(await fixtureReport('sagssystem-med-afvigelser'), { lang: 'da' });
    expect(html).toContain('.verdict-deviation,.verdict-manual{border-color:var(--warn)}');
    const report = await tenderReport('sagssystem-med-afvigelser', 'omsorgssystem');
    const [first, ...rest] = report.tender!.mindstekrav.requirements;
    const leaning = { ...first!, status: 'met' as const, reasons: [], waived: ['R-WAIVED'], declared: ['R-DECLARED'] };
    const shown = renderHtml({ ...report, tender: { ...report.tender!, mindstekrav: { ...report.tender!.mindstekrav, requirements: [leaning, ...rest] } } }, { lang: 'da' });
    expect(shown).toContain('<td>dispenseret: R-WAIVED<br>på leverandørens erklæring: R-DECLARED</td></tr>');
  });

  it('shows the lines a finding points at when given the files, each line escaped, and the CLI passes them', async () => {
    const report = await fixtureReport('svagt-bud');
    const text = readFileSync(path.join(REPO, 'fixtures', 'bids', 'svagt-bud', 'loesningsbeskrivelse.yaml'), 'utf8');
    const html = renderHtml(report, { lang: 'da', sources: new Map([['loesningsbeskrivelse.yaml', text]]) });
    expect(html).toContain('<pre class="snippet"><code><span class="ln">30</span>  citizens: { provider: own-login, protocol: other }</code></pre>');
    expect(renderHtml(report, { lang: 'da' })).not.toContain('class="snippet"');
    const hostile = text.split('\n').map((l, i) => (i === 29 ? '  citizens: </code></pre><script>alert(1)</script>\u001b[2J' : l)).join('\n');
    const escaped = renderHtml(report, { lang: 'da', sources: new Map([['loesningsbeskrivelse.yaml', hostile]]) });
    expect(escaped).not.toMatch(/<script/);
    expect(escaped).toContain('<span class="ln">30</span>  citizens: &#60;/code&#62;&#60;/pre&#62;&#60;script&#62;alert(1)&#60;/script&#62;\\x1B[2J</code></pre>');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'rammetjek-')), 'r.html');
    await run('check', path.join('fixtures', 'bids', 'svagt-bud'), '--format', 'html', '--output', file);
    expect(readFileSync(file, 'utf8')).toContain('<pre class="snippet"><code><span class="ln">30</span>  citizens: { provider: own-login, protocol: other }</code></pre>');
  });

  it('is valid HTML for every fixture bid, with a tender, and with hostile strings (html-validate, the standard and document rules)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard', 'html-validate:document'] });
    const problems = async (html: string) => (await validator.validateString(html)).results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`));
    for (const name of FIXTURE_BIDS) expect(await problems(renderHtml(await fixtureReport(name), { lang: 'da' })), name).toEqual([]);
    expect(await problems(renderHtml(await tenderReport('svagt-bud', 'byggeansoegning'), { lang: 'en' }))).toEqual([]);
    expect(await problems(renderHtml(await hostileReport(), { lang: 'da' }))).toEqual([]);
    // and the validator does find what is wrong
    expect(await problems('<!DOCTYPE html><html lang="da"><head><title>x</title></head><body><p><div></div></p></body></html>')).not.toEqual([]);
  });

  it('is self-contained: no script, no external resource of any kind, only links', async () => {
    for (const name of FIXTURE_BIDS) {
      const html = renderHtml(await fixtureReport(name), { lang: 'da' });
      expect(html).not.toMatch(/<(script|link|img|iframe|object|embed|svg|video|audio|source|base|form)\b/i);
      expect(html).not.toMatch(/\bsrc=|url\(|@import|@font-face|srcset/i);
      expect(html).not.toMatch(/\son[a-z]+=/i);
      // the only elements that name another address are links
      const attrs = [...html.matchAll(/\s(href|action|data|poster)="([^"]*)"/g)];
      expect(attrs.every((m) => m[1] === 'href')).toBe(true);
    }
  });

  it('escapes every string a bid supplies: names, versions, file names, deviation texts and quoted EntityIDs', async () => {
    const html = renderHtml(await hostileReport(), { lang: 'da' });
    expect(html).not.toMatch(/<(script|img|iframe|b)\b/i);
    expect(html).not.toContain('</style><');
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).toContain('<h1>Portal\\x1B[2J\\x1B]0;pwned\\x07&#60;script&#62;alert(1)&#60;/script&#62; &#34;&#62;&#60;img src=x onerror=alert(1)&#62;</h1>');
    expect(html).toContain('Evil &#38; Co&#39; \\u202ETXT.exe');
    expect(html).toContain('<code>api/x&#60;b&#62;\\n✔ opfyldt\\r.yaml</code>');
    expect(html).toContain('&#60;/style&#62;&#60;script&#62;alert(2)&#60;/script&#62;\\n::error::forged');
    expect(html).toContain('EntityID «https://evil.example/saml&#38;quot;&#38;gt;&#38;lt;iframe');
    // no raw control character survives, and the printed page header is a CSS string nothing can end
    expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    const header = /@top-left\{content:("(?:[^"\\]|\\.)*")/.exec(html)?.[1];
    expect(header).toMatch(/^"Konformitetsrapport · Portal\\5c x1B\\5b 2J/);
    expect(header).not.toMatch(/[<>'\n]/);
  });

  it('keeps a report of 5,000 findings usable: counted per rule and file, large groups collapsed', async () => {
    const report = largeReport(await fixtureReport('svagt-bud'), 5000);
    const html = renderHtml(report, { lang: 'da' });
    expect(html).toContain('<p>5000 fund · ');
    const blocks = [...html.matchAll(/<details class="rule" id="regel-([^"]+)"( open)?>\n<summary>.*?<span class="muted">([^<]*)<\/span><\/summary>/g)];
    const groups = new Map<string, number>();
    for (const f of report.findings) groups.set(f.ruleId, (groups.get(f.ruleId) ?? 0) + 1);
    for (const [, id, open] of blocks) {
      const n = groups.get(id as string) ?? 0;
      expect(open === ' open', id).toBe(n <= 10);
    }
    // the interface table counts per file
    expect(html.match(/<tr><th scope="row"><code>api\/spec-/g)).toBeNull(); // the made-up files are not inputs
    expect(blocks.reduce((n, b) => n + (groups.get(b[1] as string) ?? 0), 0)).toBe(5000);
  });

  it('has a rendered example of every fixture bid under docs/examples (npm run examples)', () => {
    for (const name of FIXTURE_BIDS) for (const ext of ['html', 'png']) expect(existsSync(path.join(REPO, 'docs', 'examples', `${name}.${ext}`)), `${name}.${ext}`).toBe(true);
  });

  it('renders in a browser too: nothing it imports (but types) reaches for a Node built-in or a package', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const [, spec] of source.matchAll(/^import (?!type )[^;]*? from '([^']+)';/gm)) {
        expect(spec!.startsWith('.'), `${path.relative(REPO, file)} imports ${spec}`).toBe(true);
        expect(builtinModules.includes(spec!.replace(/^node:/, ''))).toBe(false);
        visit(path.resolve(path.dirname(file), spec!.replace(/\.js$/, '.ts')));
      }
    };
    visit(path.join(REPO, 'src', 'reporters', 'html.ts'));
    expect([...seen].map((f) => path.relative(REPO, f)).sort()).toEqual(['src/assess/shown-status.ts', 'src/core/finding.ts', 'src/reporters/html.ts', 'src/reporters/labels.ts', 'src/reporters/links.ts', 'src/reporters/neutralise.ts', 'src/reporters/sections.ts', 'src/reporters/snippets.ts', 'src/reporters/tender-section.ts', 'src/reporters/view.ts']);
  });

  it('has thematic sections that name only rules that exist', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const topic of [...INFRASTRUCTURE, EXIT, SECURITY]) for (const id of topic.rules) expect(ids.has(id), id).toBe(true);
  });
});
