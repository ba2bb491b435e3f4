import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { run } from './run-cli.js';
import { REPO } from './rule-docs.js';

const bid = (name: string) => path.join(REPO, 'fixtures', 'bids', name);



describe('rammetjek check', () => {
  it('exits 0 on a conforming bid and prints the Danish report', async () => {
    const { code, out } = await run('check', bid('borgerservice-selvbetjening'), '--no-color');
    expect(code).toBe(0);
    expect(out).toContain('Løsning: Byggeansøgning Selvbetjening 5.2 — Nordlys Digital A/S (CVR 31425364)');
    expect(out).toContain('Mindstekrav (SKAL-regler): opfyldt');
    expect(out).toContain('P4 Sikkerhed, privatliv og tillid sikres  ✔ opfyldt');
    expect(out).toContain('Ingen fund.');
  });

  it('exits 1 on a weak bid, with file:line:column, rule and catalogue id, and the fix', async () => {
    const { code, out } = await run('check', bid('svagt-bud'), '--no-color');
    expect(code).toBe(1);
    expect(out).toContain('Mindstekrav (SKAL-regler): ikke opfyldt — 22 SKAL-regler er ikke opfyldt\n      ✘ OAS-001  Hver REST-snitflade har en læsbar OpenAPI 3-beskrivelse\n');
    expect(out).toContain('      … og 10 mere (se fundene nedenfor)\n');
    // SHOULD-only failures are told apart from MUST failures
    expect(out).toContain('  Byg til forandring  ◐ opfyldt med bemærkninger\n');
    expect(out).toContain('  Genbrug             ✘ ikke opfyldt\n');
    expect(out).toMatch(/ {4}30:25 +fejl {2}Borgere logger ind med «own-login» og ikke via NemLog-in\. {2}sol-nemlogin-for-citizens \(SD-009\)\n {12}Ret: Brug NemLog-in/);
  });

  it('speaks English with --lang en', async () => {
    const { out } = await run('check', bid('svagt-bud'), '--no-color', '--lang', 'en');
    expect(out).toContain('Mandatory requirements (MUST rules): not met — 22 MUST rules fail\n      ✘ OAS-001  Every REST interface has a readable OpenAPI 3 description\n');
    expect(out).toContain("Citizens log in with 'own-login', not through NemLog-in.");
    expect(out).not.toContain('Mindstekrav');
  });

  it('counts explained deviations as no failure, and --fail-on warning still passes a bid without warnings', async () => {
    expect((await run('check', bid('sagssystem-med-afvigelser'), '--fail-on', 'warning')).code).toBe(0);
    expect((await run('check', bid('svagt-bud'), '--fail-on', 'never')).code).toBe(0);
  });

  it('writes JSON to a file with --format json --output', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'rammetjek-')), 'rapport.json');
    const { code, out } = await run('check', bid('sagssystem-med-afvigelser'), '--format', 'json', '--output', file);
    expect(code).toBe(0);
    expect(out).toBe('');
    const report = JSON.parse(readFileSync(file, 'utf8'));
    expect(report.reportVersion).toBe(2);
    expect(report.summary.rules).toEqual({ fail: 1, deviation: 2, pass: 61, 'not-applicable': 31 });
    // the report says how firm each rule's source is
    expect(report.rules.find((r: { ruleId: string }) => r.ruleId === 'saml-entity-id').sourceKind).toBe('secondary');
    expect(report.rules.find((r: { ruleId: string }) => r.ruleId === 'sol-digital-post').sourceKind).toBe('primary');
    expect(report.goals.map((g: { sourceKind: string }) => g.sourceKind)).toEqual(['ours', 'ours', 'ours', 'ours', 'ours']);
  });

  it('judges as of a given date', async () => {
    const { out } = await run('check', bid('borgerservice-selvbetjening'), '--format', 'json', '--as-of', '2027-12-01');
    const report = JSON.parse(out);
    expect(report.asOf).toBe('2027-12-01');
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['sol-security-assurance', 'sol-security-assurance', 'sol-test-evidence']);
  });

  it('exits 2 on usage errors: a missing path, a bad option value, a bad date', async () => {
    const missing = await run('check', 'findes/ikke');
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('rammetjek: filen eller mappen findes ikke: findes/ikke\n');
    expect((await run('check', 'findes/ikke', '--lang', 'en')).err).toBe('rammetjek: no such file or folder: findes/ikke\n');
    expect((await run('check', bid('svagt-bud'), '--fail-on', 'sometimes')).code).toBe(2);
    expect((await run('check', bid('svagt-bud'), '--as-of', '1. maj')).code).toBe(2);
    expect((await run('check')).code).toBe(2);
  });
});

describe('the other commands', () => {
  it('--version prints the version', async () => {
    const { code, out } = await run('--version');
    expect(code).toBe(0);
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('rules lists every rule, filters by principle and by architecture rule, and gives JSON', async () => {
    const all = await run('rules');
    const lines = all.out.trimEnd().split('\n');
    // a header, a rule under it, a line per rule, and the count
    expect(lines[0]).toMatch(/^Regel +Katalog +Alvor +Niveau +Type +Arkitekturregler +Titel$/);
    expect(lines.at(-1)).toBe(`${RULES.length} regler`);
    expect(lines).toHaveLength(RULES.length + 4);
    // aligned: every row starts its catalogue id in the same column as the header
    const column = (lines[0] as string).indexOf('Katalog');
    expect(lines.slice(2, -2).every((l) => /^[A-Z]+-\d+/.test(l.slice(column)))).toBe(true);
    const p8 = await run('rules', '--principle', 'P8', '--lang', 'en');
    expect(p8.out.trimEnd().split('\n').slice(2, -2).map((l) => l.split(/\s+/)[0])).toEqual(['oas-collection-paging', 'saml-certificate-renewal', 'saml-valid-until', 'sol-service-levels', 'sol-test-evidence']);
    const md = (await run('rules', '--principle', 'P8', '--format', 'md')).out.split('\n');
    expect(md.slice(0, 3)).toEqual(['| Regel | Katalog | Alvor | Niveau | Type | Arkitekturregler | Titel |', '| --- | --- | --- | --- | --- | --- | --- |', expect.stringMatching(/^\| oas-collection-paging \| OAS-\d+ \| /)]);
    const ar = JSON.parse((await run('rules', '--principle', 'AR 2.3', '--format', 'json')).out);
    expect(ar.map((r: { catalogueId: string }) => r.catalogueId)).toEqual(['OAS-018', 'SD-022', 'SD-021', 'SD-020', 'SD-019']);
    expect(await run('rules', '--principle', 'P9')).toMatchObject({ code: 2, err: 'rammetjek: ingen regler under P9; angiv et princip (P1–P8) eller en arkitekturregel (fx "AR 4.2")\n' });
  });

  it('explain explains an architecture rule and a principle, with the evaluator question and the rules', async () => {
    const ar = await run('explain', 'AR 1.5');
    expect(ar.out.split('\n').slice(0, 4)).toEqual(['# AR 1.5 Hav tilstrækkelige kompetencer til arkitekturarbejdet', '', 'Princip: P1 Arkitektur styres på rette niveau efter fælles rammer', expect.stringMatching(/^Kilde: https:/)]);
    expect(ar.out).toContain('## Spørgsmål til bedømmeren\n\nHar leverandøren de arkitekturkompetencer, som opgaven kræver?');
    const ar42 = await run('explain', 'ar4.2', '--lang', 'en');
    expect(ar42.out).toMatch(/## Rules\n\n(.*\n)*  bid-saml-metadata +SAML-012 +MUST +The SAML metadata for login is in the bid\n/);
    const p4 = await run('explain', 'P4');
    expect(p4.out).toMatch(/^# P4 Sikkerhed, privatliv og tillid sikres\n/);
    expect(p4.out).toContain('AR 4.2 Anvend fælles arkitektur for informationssikkerhed\n');
    expect(await run('explain', 'P9')).toMatchObject({ code: 2, err: expect.stringMatching(/^rammetjek: ukendt regel: P9 /) });
  });

  it('explain prints the rule doc by id or catalogue id, in either language', async () => {
    const da = await run('explain', 'SD-015');
    expect(da.out).toMatch(/^# sol-digital-post\n\nKatalog-id: SD-015 · arkitekturregler: AR 2.1, AR 7.2 · alvor: fejl · niveau: SKAL · type: automatisk\n/);
    expect(da.out).toContain('## Sådan retter du');
    const en = await run('explain', 'sol-digital-post', '--lang', 'en');
    expect(en.out).toContain('## How to fix');
    expect((await run('explain', 'no-such-rule')).code).toBe(2);
  });

  it('schema prints the solution description schema', async () => {
    const schema = JSON.parse((await run('schema')).out);
    expect(schema.$id).toBe('https://schemas.rammetjek.dk/solution/1.json');
    expect(schema.properties.solution.title).toBe('Løsning · Solution');
  });

  it('init writes the annotated template and will not overwrite it', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'rammetjek-')), 'loesningsbeskrivelse.yaml');
    expect((await run('init', file)).code).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('# Løsningsbeskrivelse til rammetjek');
    const again = await run('init', file);
    expect(again.code).toBe(2);
    expect(again.err).toBe(`rammetjek: ${file} findes allerede; brug --force for at overskrive den\n`);
    expect((await run('init', file, '--force')).code).toBe(0);
  });

  it('init --lang en writes the English template, by default as solution-description.yaml', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rammetjek-'));
    const { code, out } = await run('init', `${dir}/`, '--lang', 'en');
    expect(code).toBe(0);
    expect(out).toBe(`Wrote ${dir}/solution-description.yaml and the editor's schema in ${dir}/.rammetjek/solution.schema.json\n`);
    expect(readFileSync(`${dir}/solution-description.yaml`, 'utf8')).toContain('# Solution description for rammetjek (schema version 1).');
  });
});
