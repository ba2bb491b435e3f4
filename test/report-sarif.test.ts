import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { renderSarif } from '../src/reporters/sarif.js';
import { fixtureReport, FIXTURE_BIDS, HOSTILE, hostileReport, largeReport, tenderReport } from './report-fixtures.js';
import { REPO } from './rule-docs.js';

// the official SARIF 2.1.0 schema (MIT, Microsoft), vendored with its source in test/schemas/README.md
const schema = JSON.parse(readFileSync(path.join(REPO, 'test', 'schemas', 'sarif-2.1.0.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function sarifOf(text: string): Sarif.Log {
  const log = JSON.parse(text) as Sarif.Log;
  const ok = validate(log);
  expect(ok ? [] : validate.errors).toEqual([]);
  return log;
}

/** What GitHub's code scanning upload needs beyond the schema. */
function expectGithubReady(log: Sarif.Log): void {
  expect(log.runs).toHaveLength(1);
  const run = log.runs[0] as Sarif.Run;
  const rules = run.tool.driver.rules ?? [];
  for (const result of run.results ?? []) {
    expect(rules[result.ruleIndex as number]?.id).toBe(result.ruleId);
    for (const loc of result.locations ?? []) {
      const artifact = loc.physicalLocation?.artifactLocation;
      expect(artifact?.uri).toMatch(/^(?![a-z]+:)(?!\/)\S+$/);
      const region = loc.physicalLocation?.region;
      if (region) {
        expect(region.startLine).toBeGreaterThanOrEqual(1);
        expect(region.startColumn).toBeGreaterThanOrEqual(1);
        expect(region.endLine).toBeGreaterThanOrEqual(region.startLine as number);
      }
    }
    expect(Object.keys(result.partialFingerprints ?? {})).toEqual(['rammetjek/v1']);
  }
  const fingerprints = (run.results ?? []).map((r) => r.partialFingerprints?.['rammetjek/v1']);
  expect(new Set(fingerprints).size).toBe(fingerprints.length);
}

describe('SARIF', () => {
  it.each(FIXTURE_BIDS)('validates %s against the official SARIF 2.1.0 schema and meets GitHub’s upload rules', async (name) => {
    const report = await fixtureReport(name);
    const log = sarifOf(renderSarif(report, { lang: 'da', exitCode: 1 }));
    expectGithubReady(log);
    const run = log.runs[0] as Sarif.Run;
    expect(run.tool.driver.name).toBe('rammetjek');
    // every rule that took part, with its help
    expect(run.tool.driver.rules?.slice(0, report.rules.length).map((r) => r.id)).toEqual(report.rules.map((r) => r.ruleId));
    expect(run.results).toHaveLength(report.findings.length);
    expect(run.artifacts?.map((a) => [a.location?.uri, a.hashes?.['sha-256']])).toEqual(report.inputs.map((i) => [i.path, i.sha256]));
    expect(run.invocations).toEqual([{ executionSuccessful: true, exitCode: 1 }]);
    expect(run.originalUriBaseIds?.['BIDROOT']).toMatchObject({ uri: `fixtures/bids/${name}/`, uriBaseId: 'SRCROOT' });
  });

  it('describes a rule with its doc, its why and fix, its principle and architecture rules as tags, and its level', async () => {
    const log = sarifOf(renderSarif(await fixtureReport('svagt-bud'), { lang: 'da', exitCode: 1 }));
    const rule = log.runs[0]?.tool.driver.rules?.find((r) => r.id === 'sol-nemlogin-for-citizens');
    expect(rule).toMatchObject({
      name: 'SD-009',
      shortDescription: { text: 'Borgere og virksomheder logger ind via NemLog-in' },
      helpUri: 'https://unpkg.com/rammetjek@0.1.0/rules/solution/sol-nemlogin-for-citizens/doc.da.md',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['rammearkitektur', 'P2', 'P4', 'AR 2.1', 'AR 4.2', 'MUST', 'automatic'] },
    });
    expect(rule?.help?.markdown).toMatch(/^\*\*Borgere og virksomheder logger ind via NemLog-in\*\* \(Niveau: SKAL\)\n\n### Hvorfor\n\n- AR 2\.1 .*\n- AR 4\.2 .*\n\n### Sådan retter du\n\nBrug NemLog-in/);
  });

  it('locates a result relative to the bid folder, with a 1-based region and the JSON pointer', async () => {
    const log = sarifOf(renderSarif(await fixtureReport('svagt-bud'), { lang: 'en', exitCode: 1 }));
    const result = log.runs[0]?.results?.find((r) => r.ruleId === 'sol-nemlogin-for-citizens');
    expect(result).toMatchObject({
      level: 'error',
      message: { text: "Citizens log in with 'own-login', not through NemLog-in." },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: 'loesningsbeskrivelse.yaml', uriBaseId: 'BIDROOT', index: 1 }, region: { startLine: 30, startColumn: 25 } },
          logicalLocations: [{ fullyQualifiedName: '/authentication/citizens/provider' }],
        },
      ],
    });
  });

  it('with paths from the checkout, as GitHub code scanning reads them, locates results from the folder rammetjek ran in', async () => {
    const log = sarifOf(renderSarif(await fixtureReport('svagt-bud'), { lang: 'da', exitCode: 1, paths: 'checkout' }));
    expectGithubReady(log);
    const run = log.runs[0] as Sarif.Run;
    expect(run.originalUriBaseIds).toBeUndefined();
    expect(run.artifacts?.[1]?.location).toEqual({ uri: 'fixtures/bids/svagt-bud/loesningsbeskrivelse.yaml', uriBaseId: 'SRCROOT' });
    expect(run.results?.find((r) => r.ruleId === 'sol-nemlogin-for-citizens')?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({ uri: 'fixtures/bids/svagt-bud/loesningsbeskrivelse.yaml', uriBaseId: 'SRCROOT', index: 1 });
  });

  it('gives the same fingerprints in every run, and when lines move', async () => {
    const report = await fixtureReport('svagt-bud');
    const prints = (text: string) => (JSON.parse(text) as Sarif.Log).runs[0]?.results?.map((r) => r.partialFingerprints?.['rammetjek/v1']);
    const first = prints(renderSarif(report, { lang: 'da', exitCode: 1 }));
    expect(prints(renderSarif(await fixtureReport('svagt-bud'), { lang: 'en', exitCode: 1 }))).toEqual(first);
    const moved = { ...report, findings: report.findings.map((f) => (f.location.range ? { ...f, location: { ...f.location, range: { start: { line: f.location.range.start.line + 5, column: 1 }, end: { line: f.location.range.end.line + 5, column: 1 } } } } : f)) };
    expect(prints(renderSarif(moved, { lang: 'da', exitCode: 1 }))).toEqual(first);
    expect(first?.[0]).toMatch(/^[0-9a-f]{16}:1$/);
  });

  it('turns explained deviations into suppressions under review, with the justification', async () => {
    const report = await fixtureReport('sagssystem-med-afvigelser');
    const log = sarifOf(renderSarif(report, { lang: 'da', exitCode: 0 }));
    const suppressed = log.runs[0]?.results?.filter((r) => r.suppressions);
    expect(suppressed).toHaveLength(report.findings.filter((f) => f.deviation !== undefined).length);
    expect(suppressed?.[0]?.suppressions).toEqual([{ kind: 'external', status: 'underReview', justification: expect.stringMatching(/^Kommunen har endnu ikke taget Context Handler 2 i brug\..* Kompas Omsorg er tilsluttet Context Handler 2/) }]);
  });

  it('marks deviations the buyer accepted, and waivers, as accepted suppressions', async () => {
    const accepted = sarifOf(renderSarif(await tenderReport('sagssystem-med-afvigelser', 'omsorgssystem'), { lang: 'da', exitCode: 0 }));
    const statuses = accepted.runs[0]?.results?.flatMap((r) => r.suppressions ?? []).map((x) => x.status);
    expect(statuses).toEqual(['accepted', 'accepted']);
    const waived = sarifOf(renderSarif(await tenderReport('svagt-bud', 'byggeansoegning'), { lang: 'da', exitCode: 1 }));
    const suppressed = waived.runs[0]?.results?.filter((r) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed?.[0]?.suppressions?.[0]).toMatchObject({ kind: 'external', status: 'accepted', justification: expect.stringMatching(/\(.+, \d{4}-\d{2}-\d{2}\)$/) });
  });

  it('records a crashed run as not successful, and stays valid with hostile strings and 5,000 results', async () => {
    const hostile = await hostileReport();
    const log = sarifOf(renderSarif(hostile, { lang: 'da', exitCode: 2 }));
    expect(log.runs[0]?.invocations?.[0]).toEqual({ executionSuccessful: false, exitCode: 2 });
    const uris = log.runs[0]?.artifacts?.map((a) => a.location?.uri);
    expect(uris).toContain('api/x%3Cb%3E%0A%E2%9C%94%20opfyldt%0D.yaml');
    expect(HOSTILE.file).toContain('<b>');
    expectGithubReady(log);
    const large = sarifOf(renderSarif(largeReport(await fixtureReport('svagt-bud'), 5000), { lang: 'da', exitCode: 1 }));
    expect(large.runs[0]?.results).toHaveLength(5000);
    expectGithubReady(large);
  });
});
