import { describe, expect, it } from 'vitest';
import { renderGithub } from '../src/reporters/github.js';
import { md, renderMarkdown } from '../src/reporters/markdown.js';
import { fixtureReport, FIXTURE_BIDS, hostileReport, largeReport } from './report-fixtures.js';
import { run } from './run-cli.js';

describe('GitHub annotations', () => {
  it('gives one workflow command per open finding, with file, line, column and title, and a summary notice', async () => {
    const report = await fixtureReport('svagt-bud');
    const lines = renderGithub(report, { lang: 'da' }).trimEnd().split('\n');
    expect(lines).toHaveLength(report.findings.length + 1);
    expect(lines).toContain('::error file=fixtures/bids/svagt-bud/loesningsbeskrivelse.yaml,line=30,endLine=30,col=25,endColumn=34,title=sol-nemlogin-for-citizens (SD-009)::Borgere logger ind med «own-login» og ikke via NemLog-in. Ret: Brug NemLog-in (MitID) til borgere og NemLog-in med MitID Erhverv til virksomheder, tilsluttet med OIOSAML 3 eller 4. Angiv det under authentication.citizens og authentication.businesses.');
    expect(lines.every((l) => /^::(error|warning|notice) [^:]*::/.test(l))).toBe(true);
    const f = report.summary.findings;
    expect(lines.at(-1)).toBe(`::notice title=rammetjek::Mindstekrav (SKAL-regler): ikke opfyldt. Fund: ${f.error} fejl, ${f.warning} advarsler, ${f.info} info.`);
  });

  it('leaves out findings an explained deviation covers, and counts them', async () => {
    const report = await fixtureReport('sagssystem-med-afvigelser');
    const lines = renderGithub(report, { lang: 'en' }).trimEnd().split('\n');
    expect(lines).toHaveLength(report.findings.filter((f) => f.deviation === undefined).length + 1);
    expect(lines.at(-1)).toMatch(/^::notice title=rammetjek::Mandatory requirements \(MUST rules\): met\. Findings: .*, \d+ covered by deviation\.$/);
  });

  it('escapes as the runner requires, so a bid cannot forge a command or a line or send control sequences', async () => {
    const out = renderGithub(await hostileReport(), { lang: 'da' });
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    const lines = out.trimEnd().split('\n');
    expect(lines.every((l) => /^::(error|warning|notice) /.test(l))).toBe(true);
    // the file name's newline, carriage return, comma and colon cannot end the property
    expect(out).toContain('file=api/x<b>\\n✔ opfyldt\\r.yaml,line=');
    expect(out).not.toContain('\n::error::forged');
    const withComma = renderGithub({ ...(await fixtureReport('svagt-bud')), root: 'bud,2:a%b' }, { lang: 'da' });
    expect(withComma).toContain('::warning file=bud%2C2%3Aa%25b/api/borgerdata.yaml,line=2,');
  });
});

describe('Markdown', () => {
  it.each(FIXTURE_BIDS)('renders %s with the same sections as the HTML report', async (name) => {
    const text = renderMarkdown(await fixtureReport(name), { lang: 'da' });
    expect(text.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## Sammenfatning', '## Vurdering pr. mål, princip og arkitekturregel', '## Fælles infrastruktur', '## Leverandørbinding og exit', '## Sikkerhed og privatliv',
      '## Snitfladernes kvalitet', '## Fund pr. fil', '## Afvigelsesregister', '## Dokumentationsregister', '## Til manuel vurdering', '## Sporbarhed',
    ]);
    // every table row has as many cells as its header
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (!line.startsWith('| ---') && !line.startsWith('| ---:')) return;
      const cells = line.split(' | ').length;
      for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++) expect(lines[j]!.split(/(?<!\\)\|/).length - 2, lines[j]).toBe(cells);
    });
  });

  it('with a tender, shows its mandatory requirements and the award with its total', async () => {
    const { tenderReport } = await import('./report-fixtures.js');
    const report = await tenderReport('sagssystem-med-afvigelser', 'omsorgssystem');
    const text = renderMarkdown(report, { lang: 'da' });
    const total = String(Math.round(report.tender!.award!.total * 100) / 100).replace('.', ',');
    expect(text).toContain('## Udbud: Omsorgssystem til hjemmeplejen og plejecentre (SKI 02.19-2026-031)\n');
    expect(text).toContain('**Udbuddets mindstekrav: ✔ opfyldt**');
    expect(text.match(/^\| MK-\d /gm)).toHaveLength(7);
    expect(text).toContain(`| **I alt** | | | **${total}** |`);
  });

  it('says when a requirement is met only by a waiver or on the vendor’s statement, as the HTML and text reports do', async () => {
    const { tenderReport } = await import('./report-fixtures.js');
    const report = await tenderReport('sagssystem-med-afvigelser', 'omsorgssystem');
    const [first, ...rest] = report.tender!.mindstekrav.requirements;
    const leaning = { ...first!, status: 'met' as const, reasons: [], waived: ['R-WAIVED'], declared: ['R-DECLARED'] };
    const shown = { ...report, tender: { ...report.tender!, mindstekrav: { ...report.tender!.mindstekrav, requirements: [leaning, ...rest] } } };
    const da = renderMarkdown(shown, { lang: 'da' });
    expect(da).toContain(`| ${md(`${leaning.id} ${leaning.title}`)} | ✔ opfyldt | dispenseret: R-WAIVED<br>på leverandørens erklæring: R-DECLARED |`);
    const en = renderMarkdown(shown, { lang: 'en' });
    expect(en).toContain(`| ${md(`${leaning.id} ${leaning.title}`)} | ✔ met | waived: R-WAIVED<br>on the vendor’s statement: R-DECLARED |`);
  });

  it('groups findings by file, each linking to file#Lline', async () => {
    const text = renderMarkdown(await fixtureReport('svagt-bud'), { lang: 'da' });
    expect(text).toContain('<details><summary>loesningsbeskrivelse.yaml — ');
    expect(text).toContain('| [30:25](fixtures/bids/svagt-bud/loesningsbeskrivelse.yaml#L30) | fejl | [`sol-nemlogin-for-citizens`](https://unpkg.com/rammetjek@0.1.0/rules/solution/sol-nemlogin-for-citizens/doc.da.md) | Borgere logger ind med «own-login» og ikke via NemLog-in.<br>*Ret: Brug NemLog-in \\(MitID\\) til borgere');
    expect(text).toContain('### [memo/brev.xml](fixtures/bids/svagt-bud/memo/brev.xml) — 3 fejl, 1 advarsel\n');
  });

  it('names the failed mindstekrav by catalogue id and title', async () => {
    const text = renderMarkdown(await fixtureReport('svagt-bud'), { lang: 'da' });
    expect(text).toContain('  - **SD-009** Borgere og virksomheder logger ind via NemLog-in (`sol-nemlogin-for-citizens`)\n');
  });

  it('escapes bid strings so they cannot make markup, links, table cells or HTML', async () => {
    expect(md('a|b <img src=x> [x](javascript:1) *y* `z` $x$')).toBe('a\\|b \\<img src=x\\> \\[x\\]\\(javascript:1\\) \\*y\\* \\`z\\` \\$x\\$');
    const text = renderMarkdown(await hostileReport(), { lang: 'da' });
    // only backslash-escaped: GitHub shows them as text
    expect(text).not.toMatch(/(?<!\\)<(script|img|iframe|b|\/style)\b/i);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(text).toContain('# Konformitetsrapport: Portal\\\\x1B\\[2J\\\\x1B\\]0;pwned\\\\x07\\<script\\>alert\\(1\\)\\</script\\> "\\>\\<img src=x onerror=alert\\(1\\)\\>\n');
    expect(text).toContain('| [api/x\\<b\\>\\\\n✔ opfyldt\\\\r.yaml](api/x%3Cb%3E%0A%E2%9C%94%20opfyldt%0D.yaml) | OpenAPI |');
    expect(text).toContain('   - Begrundelse: \\</style\\>\\<script\\>alert\\(2\\)\\</script\\>\\\\n::error::forged\n');
  });

  it('collapses each file of a report with 5,000 findings', async () => {
    const text = renderMarkdown(largeReport(await fixtureReport('svagt-bud'), 5000), { lang: 'da' });
    const groups = text.match(/<details><summary>api\/spec-\d+\.yaml — \d+ fejl, \d+ advarsler, \d+ info<\/summary>/g);
    expect(groups).toHaveLength(50);
    expect(text.split('\n').filter((l) => l.startsWith('| [') && l.includes('/api/spec-'))).toHaveLength(5000);
  });
});

describe('every format of every fixture bid from the CLI', () => {
  it.each(FIXTURE_BIDS)('%s: text, json, html, md, sarif, junit and github in one run', async (name) => {
    const { mkdtempSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(tmpdir(), 'rammetjek-'));
    const { code, out } = await run('check', path.join('fixtures', 'bids', name), '--format', 'text,json,html,md,sarif,junit,github', '--output-dir', dir, '--quiet');
    // exit codes unchanged: 1 when an open finding is an error
    const report = await fixtureReport(name);
    expect(code).toBe(report.findings.some((f) => f.severity === 'error' && f.deviation === undefined && f.waived === undefined) ? 1 : 0);
    if (name === 'svagt-bud') expect(code).toBe(1);
    if (name === 'borgerservice-selvbetjening') expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['rammetjek.html', 'rammetjek.json', 'rammetjek.junit.xml', 'rammetjek.md', 'rammetjek.sarif', 'rammetjek.txt']);
    // the annotations go to the log, where the runner reads them
    expect(out.trimEnd().split('\n').at(-1)).toMatch(/^::notice title=rammetjek::/);
  });
});
