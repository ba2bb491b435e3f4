import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFormats, useColour } from '../src/cli/check-command.js';
import { neutralise } from '../src/reporters/neutralise.js';
import { renderText } from '../src/reporters/text.js';
import { fixtureReport, HOSTILE, hostileReport } from './report-fixtures.js';
import { run } from './run-cli.js';

const bid = (name: string) => path.join('fixtures', 'bids', name);

describe('neutralise', () => {
  it('shows control characters, ANSI and OSC sequences, separators and bidi overrides as escapes', () => {
    expect(neutralise('a\nb\r\tc')).toBe('a\\nb\\r\\tc');
    expect(neutralise('\u001b[31mred\u001b[0m')).toBe('\\x1B[31mred\\x1B[0m');
    expect(neutralise('\u001b]0;title\u0007')).toBe('\\x1B]0;title\\x07');
    expect(neutralise('\u009b2J \u0085 \u007f \u0000')).toBe('\\x9B2J \\x85 \\x7F \\x00');
    expect(neutralise('abc\u202Etxt.exe \u2066x\u2069 \u2028')).toBe('abc\\u202Etxt.exe \\u2066x\\u2069 \\u2028');
    expect(neutralise('lone \ud800 surrogate')).toBe('lone \\uD800 surrogate');
  });

  it('leaves ordinary text alone: Danish letters, quotes, emoji, backslashes', () => {
    const text = 'Løsningsbeskrivelse «Æblegrød» – “ok” 🙂 C:\\data';
    expect(neutralise(text)).toBe(text);
  });
});

describe('the terminal text report', () => {
  it('prints no raw control character from a bid, and a file name with a newline forges no line', async () => {
    const out = renderText(await hostileReport(), { lang: 'da', color: false });
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(out).toContain('Løsning: Portal\\x1B[2J\\x1B]0;pwned\\x07<script>alert(1)</script> "><img src=x onerror=alert(1)> — Evil & Co\' \\u202ETXT.exe (CVR 3847 5612)');
    expect(out).toContain('\n  api/x<b>\\n✔ opfyldt\\r.yaml\n');
    expect(out).toContain('      Begrundelse: </style><script>alert(2)</script>\\n::error::forged\n');
    // every line of the findings section is the report's own: a file heading, a finding or its fix
    const lines = out.split('\n');
    const findings = lines.slice(lines.indexOf('Fund') + 1, lines.indexOf('Afvigelser (følg eller forklar)') - 1);
    expect(findings.every((l) => /^ {2}\S/.test(l) || /^ {4}(\d+:\d+|-) +\S/.test(l) || /^ {12}Ret: /.test(l)), findings.join('\n')).toBe(true);
    expect(lines.filter((l) => l.startsWith('✔'))).toEqual([]);
    expect(HOSTILE.file).toContain('\n');
  });

  it('notes a tender requirement met by a waiver or on the vendor’s statement, and neutralises what the tender and assessment say', async () => {
    const { tenderReport } = await import('./report-fixtures.js');
    const report = await tenderReport('sagssystem-med-afvigelser', 'omsorgssystem');
    const [first, ...rest] = report.tender!.mindstekrav.requirements;
    const leaning = { ...first!, status: 'met' as const, reasons: [], waived: ['R-WAIVED'], declared: ['R-DECLARED'] };
    const tender = { ...report.tender!, profileMatches: false, profiles: ['a\u001b[2Jb'], mindstekrav: { ...report.tender!.mindstekrav, requirements: [leaning, ...rest] } };
    const text = renderText({ ...report, tender }, { lang: 'da', color: false });
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith(`  ✔ ${leaning.id} `));
    expect(lines.slice(at + 1, at + 3)).toEqual(['      dispenseret: R-WAIVED', '      på leverandørens erklæring: R-DECLARED']);
    expect(text).toContain('(a\\x1B[2Jb)');
    expect(text).not.toContain('\u001b');
  });

  it('with quiet, keeps the summary and the findings and leaves out the goal and principle tables', async () => {
    const report = await fixtureReport('svagt-bud');
    const full = renderText(report, { lang: 'da', color: false });
    const quiet = renderText(report, { lang: 'da', color: false, quiet: true });
    expect(full).toContain('\nArkitekturmål\n');
    expect(quiet).not.toContain('Arkitekturmål');
    expect(quiet).not.toContain('\nPrincipper\n');
    expect(quiet).not.toContain('Til manuel vurdering');
    expect(quiet).toContain('  Mindstekrav (SKAL-regler): ikke opfyldt — ');
    expect(quiet).toContain('    30:25   fejl  Borgere logger ind med «own-login» og ikke via NemLog-in.  sol-nemlogin-for-citizens (SD-009)');
  });
});

describe('colours', () => {
  it('only on a terminal; --no-color always wins, then NO_COLOR, then FORCE_COLOR', () => {
    expect(useColour(true, {}, true)).toBe(true);
    expect(useColour(true, {}, false)).toBe(false);
    expect(useColour(false, { FORCE_COLOR: '1' }, true)).toBe(false);
    expect(useColour(true, { NO_COLOR: '1' }, true)).toBe(false);
    expect(useColour(true, { NO_COLOR: '' }, true)).toBe(true);
    expect(useColour(true, { NO_COLOR: '1', FORCE_COLOR: '1' }, true)).toBe(false);
    expect(useColour(true, { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(useColour(true, { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(useColour(true, { FORCE_COLOR: 'false' }, true)).toBe(false);
  });

  it('the CLI writes no escape sequence when standard output is not a terminal', async () => {
    const { out } = await run('check', bid('svagt-bud'));
    expect(out).toContain('Mindstekrav');
    expect(out).not.toContain('\u001b');
  });
});

describe('rammetjek check --format', () => {
  it('takes several formats, each once, and refuses an unknown one', async () => {
    expect(parseFormats('text, JSON,html,text')).toEqual(['text', 'json', 'html']);
    const bad = await run('check', bid('svagt-bud'), '--format', 'html,pdf');
    expect(bad).toMatchObject({ code: 2, out: '', err: 'rammetjek: ukendt format: pdf; formaterne er text, json, html, md, sarif, junit, github\n' });
  });

  it('writes one file per format under fixed names with --output-dir, and keeps the exit code', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'rammetjek-')), 'ud', 'rapporter');
    const { code, out, err } = await run('check', bid('svagt-bud'), '--format', 'text,json,html', '--output-dir', dir);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(`rammetjek: skrev ${['rammetjek.txt', 'rammetjek.json', 'rammetjek.html'].map((f) => path.join(dir, f)).join(', ')}\n`);
    expect(readdirSync(dir).sort()).toEqual(['rammetjek.html', 'rammetjek.json', 'rammetjek.txt']);
    expect(JSON.parse(readFileSync(path.join(dir, 'rammetjek.json'), 'utf8')).summary.mindstekrav.status).toBe('not-met');
    expect(readFileSync(path.join(dir, 'rammetjek.html'), 'utf8')).toContain('<h1>KommuneWeb Borgerportal 2.1</h1>');
    expect(readFileSync(path.join(dir, 'rammetjek.txt'), 'utf8')).not.toContain('\u001b');
  });

  it('does not read its own reports back when the output folder is inside the bid', async () => {
    const { cpSync } = await import('node:fs');
    const copy = path.join(mkdtempSync(path.join(tmpdir(), 'rammetjek-')), 'bud');
    cpSync(bid('sagssystem-med-afvigelser'), copy, { recursive: true });
    const out = path.join(copy, 'rapporter');
    await run('check', copy, '--format', 'json,html', '--output-dir', out);
    const second = await run('check', copy, '--format', 'json,html', '--output-dir', out, '--quiet');
    expect(second.err).toBe('');
    const report = JSON.parse(readFileSync(path.join(out, 'rammetjek.json'), 'utf8'));
    expect(report.inputs.some((i: { path: string }) => i.path.startsWith('rapporter/'))).toBe(false);
  });

  it('prints the text report and the annotations together, but no other two formats on standard output', async () => {
    const both = await run('check', bid('svagt-bud'), '--format', 'text,github', '--no-color');
    expect(both.code).toBe(1);
    expect(both.out).toMatch(/^rammetjek .* · Konformitetsrapport\n/);
    expect(both.out.trimEnd().split('\n').at(-1)).toMatch(/^::notice title=rammetjek::/);
    expect(await run('check', bid('svagt-bud'), '--format', 'json,html')).toMatchObject({ code: 2, out: '', err: 'rammetjek: json,html kan ikke stå efter hinanden på standardoutput; brug --output-dir\n' });
  });

  it('refuses several formats with --output, and --output with --output-dir', async () => {
    expect(await run('check', bid('svagt-bud'), '--format', 'json,html', '--output', 'x.json')).toMatchObject({ code: 2, err: 'rammetjek: --output skriver ét format; brug --output-dir til json,html\n' });
    expect(await run('check', bid('svagt-bud'), '--output', 'x.json', '--output-dir', 'ud', '--lang', 'en')).toMatchObject({ code: 2, err: 'rammetjek: use either --output or --output-dir, not both\n' });
  });

  it('says so in one line when the output folder cannot be made', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'rammetjek-')), 'en-fil');
    writeFileSync(file, '');
    const { code, out, err } = await run('check', bid('svagt-bud'), '--format', 'json', '--output-dir', path.join(file, 'ud'));
    expect({ code, out, err }).toEqual({ code: 2, out: '', err: `rammetjek: en del af stien ${path.join(file, 'ud')} er en fil, ikke en mappe\n` });
  });
});
