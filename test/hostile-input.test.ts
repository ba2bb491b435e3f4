/**
 * Pathological input that once hung or crashed the checker: catastrophic regular expressions,
 * reference fan-out, deep nesting, huge documents. Each case ends in a known finding. The inputs are
 * sized to keep the suite fast; `npx tsx scripts/hostile.ts` runs them at the sizes that failed.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import type { Report } from '../src/assess/report.js';
import { REGEX_BOMBS, regexBomb, type HostileFile } from './hostile-inputs.js';

const asOf = '2026-11-01';

async function run(files: readonly HostileFile[], limits: Record<string, number> = {}): Promise<Report> {
  return check({ documents: files, asOf, limits });
}

/** Rule id, file, line and English message of each finding, in report order. */
function found(report: Report, ruleIds?: readonly string[]): [string, string, number | undefined, string][] {
  return report.findings.filter((f) => !ruleIds || ruleIds.includes(f.ruleId)).map((f) => [f.ruleId, f.location.file, f.location.range?.start.line, f.message.en]);
}

describe('regular expressions from the bid', () => {
  it.each(REGEX_BOMBS)('decides %s against 60 a’s and a "!" in linear time', async (pattern) => {
    const report = await run([regexBomb(pattern, 60)]);
    expect(found(report, ['oas-examples-valid', 'pattern-not-run'])).toEqual([['oas-examples-valid', 'api/moenster.yaml', 14, `The example does not match its schema: / does not match the pattern ${pattern}.`]]);
  });

  it('still passes an example the pattern matches', async () => {
    const report = await run([{ ...regexBomb('^(a|aa)+$', 60), text: regexBomb('^(a|aa)+$', 60).text.replace('!"', '"') }]);
    expect(found(report, ['oas-examples-valid', 'pattern-not-run'])).toEqual([]);
  });

  it.each([
    ['a lookahead', '^(?=.*[0-9])(a+)+$', 'invalid or unsupported Perl syntax: `(?=`'],
    ['a backreference', '^(a+)\\1$', 'invalid escape sequence: `\\1`'],
    ['a lookbehind', '(?<=x)(a+)+$', 'invalid named capture: `(?<=x)(a+)+$`'],
  ])('does not run %s, and says the example was not checked against it', async (_name, pattern, why) => {
    const report = await run([regexBomb(pattern, 60)]);
    expect(found(report, ['oas-examples-valid', 'pattern-not-run'])).toEqual([
      [
        'pattern-not-run',
        'api/moenster.yaml',
        13,
        `The pattern ${JSON.stringify(pattern)} uses something rammetjek does not run in patterns from a bid (lookahead, lookbehind or backreferences, say, which can take unbounded time), so the examples were not checked against it (RE2 says: error parsing regexp: ${why}).`,
      ],
    ]);
    expect(report.findings.find((f) => f.ruleId === 'pattern-not-run')?.severity).toBe('info');
  });

  it('checks the rest of the schema when the pattern is not run', async () => {
    const bomb = regexBomb('^(?=a)(a+)+$', 60);
    const report = await run([{ ...bomb, text: bomb.text.replace('      pattern:', '      maxLength: 10\n      pattern:') }]);
    expect(found(report, ['oas-examples-valid'])).toEqual([['oas-examples-valid', 'api/moenster.yaml', 15, 'The example does not match its schema: / must have at most 10 characters.']]);
  });
});
