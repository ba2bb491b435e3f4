/** The summary names requirements by catalogue id and title, and never reads plain "met" when a MUST rule is met only by a deviation. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { renderText } from '../src/reporters/text.js';
import { shownStatus } from '../src/assess/shown-status.js';

/** The case-system bid without its OpenAPI file, and deviations on the two MUST rules that then fail. */
function bidWithoutOpenApi(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'rammetjek-summary-')), 'bud');
  cpSync('fixtures/bids/sagssystem-med-afvigelser', dir, { recursive: true });
  rmSync(path.join(dir, 'api'), { recursive: true });
  const file = path.join(dir, 'loesningsbeskrivelse.yaml');
  const deviations = ['OAS-001', 'SD-019'].map((rule) => [
    `  - rule: ${rule}`,
    '    justification: Snitfladen til fagsystemet beskrives i OpenAPI 3 inden kontraktstart; i dag findes kun en PDF-beskrivelse.',
    '    mitigation: Leverandøren afleverer OpenAPI-beskrivelsen senest 30 dage efter kontraktunderskrift.',
  ].join('\n'));
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^deviations:\n/m, `deviations:\n${deviations.join('\n')}\n`));
  return dir;
}

describe('the summary', () => {
  it('says a mindstekrav met only by deviation is met by deviation, and names the rules', async () => {
    const report = await check({ paths: [bidWithoutOpenApi()] });
    expect(report.summary.mindstekrav.failed).toEqual([]);
    expect(report.summary.mindstekrav.deviations).toContain('bid-rest-interfaces-have-openapi');
    const da = renderText(report, { lang: 'da', color: false });
    expect(da).toContain(
      [
        '  Mindstekrav (SKAL-regler): opfyldt ved afvigelse — ordregiver skal tage stilling til afvigelserne',
        '      △ OAS-001  Hver REST-snitflade har en læsbar OpenAPI 3-beskrivelse',
      ].join('\n'),
    );
    expect(da).not.toMatch(/Mindstekrav \(SKAL-regler\): opfyldt\n/);
    expect(renderText(report, { lang: 'en', color: false })).toContain('  Mandatory requirements (MUST rules): met by deviation — the buyer must decide on the deviations\n');
  });
});

describe('shownStatus', () => {
  const rule = (level: 'MUST' | 'SHOULD', status: 'fail' | 'pass') => ({ ruleId: `r-${level}`, level, status, architectureRules: ['AR 2.4'] });
  const report = (rules: ReturnType<typeof rule>[], decision?: 'fail' | 'pass') =>
    ({ rules, architectureRules: [{ id: 'AR 2.4', ...(decision ? { decision: { verdict: decision } } : {}) }] }) as unknown as Parameters<typeof shownStatus>[0];

  it('reads a failure on SHOULD rules only as met with remarks', () => {
    expect(shownStatus(report([rule('SHOULD', 'fail'), rule('MUST', 'pass')]), 'fail', ['AR 2.4'])).toBe('remarks');
  });
  it('keeps a MUST failure a failure', () => {
    expect(shownStatus(report([rule('SHOULD', 'fail'), rule('MUST', 'fail')]), 'fail', ['AR 2.4'])).toBe('fail');
  });
  it('keeps an evaluator’s "not met" on the architecture rule a failure, even beside SHOULD findings', () => {
    expect(shownStatus(report([rule('SHOULD', 'fail')], 'fail'), 'fail', ['AR 2.4'])).toBe('fail');
  });
  it('keeps a failure no rule explains a failure', () => {
    expect(shownStatus(report([]), 'fail', ['AR 2.4'])).toBe('fail');
  });
});
