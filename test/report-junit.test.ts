import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { renderJunit } from '../src/reporters/junit.js';
import { fixtureReport, FIXTURE_BIDS, hostileReport } from './report-fixtures.js';
import { REPO } from './rule-docs.js';

// the Jenkins xUnit plug-in's JUnit schema (MIT), vendored with its source in test/schemas/README.md
const xsd = readFileSync(path.join(REPO, 'test', 'schemas', 'junit-10.xsd'), 'utf8');

async function expectValid(xml: string): Promise<void> {
  const result = await validateXML({ xml: [{ fileName: 'rammetjek.junit.xml', contents: xml }], schema: [{ fileName: 'junit-10.xsd', contents: xsd }] });
  expect(result.errors.map((e) => e.message)).toEqual([]);
  expect(result.valid).toBe(true);
}

type Case = { '@_name': string; '@_classname': string; failure?: { '@_type': string; '@_message': string; '#text': string }; skipped?: { '@_message': string }; error?: unknown; 'system-out'?: string };
type Suite = { '@_name': string; '@_tests': string; '@_failures': string; '@_errors': string; '@_skipped': string; testcase: Case[] };
const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(xml).testsuites as { testsuite: Suite[]; '@_tests': string };

describe('JUnit XML', () => {
  it.each(FIXTURE_BIDS)('%s validates against the JUnit XSD, with a suite per artefact kind and a case per rule', async (name) => {
    const report = await fixtureReport(name);
    const xml = renderJunit(report, { lang: 'da' });
    await expectValid(xml);
    const doc = parse(xml);
    const kinds = [...new Set(report.rules.map((r) => r.appliesTo))];
    expect(doc.testsuite.map((s) => s['@_name'])).toEqual(['solution', 'openapi', 'saml', 'wsdl', 'memo', 'bid'].filter((k) => kinds.includes(k as never)).map((k) => `rammetjek.${k}`));
    expect(Number(doc['@_tests'])).toBe(report.rules.length);
    for (const suite of doc.testsuite) {
      const rules = report.rules.filter((r) => `rammetjek.${r.appliesTo}` === suite['@_name']);
      expect(suite.testcase).toHaveLength(rules.length);
      expect(Number(suite['@_failures'])).toBe(rules.filter((r) => r.status === 'fail').length);
      expect(Number(suite['@_skipped'])).toBe(rules.filter((r) => ['not-applicable', 'not-assessed', 'manual'].includes(r.status)).length);
      expect(suite.testcase.filter((c) => c.failure).length).toBe(Number(suite['@_failures']));
    }
  });

  it('names the finding, its place and the fix in a failure, and why a rule was skipped', async () => {
    const doc = parse(renderJunit(await fixtureReport('svagt-bud'), { lang: 'da' }));
    const cases = doc.testsuite.flatMap((s) => s.testcase);
    const nemlogin = cases.find((c) => c['@_name'].startsWith('sol-nemlogin-for-citizens '));
    expect(nemlogin?.['@_name']).toBe('sol-nemlogin-for-citizens (SD-009): Borgere og virksomheder logger ind via NemLog-in');
    expect(nemlogin?.failure?.['@_type']).toBe('error');
    expect(nemlogin?.failure?.['@_message']).toMatch(/^Borgere logger ind med «own-login» og ikke via NemLog-in\./);
    expect(nemlogin?.failure?.['#text']).toContain('fixtures/bids/svagt-bud/loesningsbeskrivelse.yaml:30:25 (/authentication/citizens/provider) error: Borgere logger ind med «own-login» og ikke via NemLog-in. Ret: Brug NemLog-in');
    const skipped = cases.filter((c) => c.skipped);
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped.every((c) => /^(ikke relevant|ikke vurderet|manuel vurdering)/.test(c.skipped?.['@_message'] ?? ''))).toBe(true);
  });

  it('stays valid XML with hostile strings: control characters neutralised, markup escaped, one line per finding', async () => {
    const xml = renderJunit(await hostileReport(), { lang: 'da' });
    await expectValid(xml);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(xml).toContain('name="rammetjek: Portal\\x1B[2J\\x1B]0;pwned\\x07&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    expect(xml).toMatch(/\napi\/x&lt;b&gt;\\n✔ opfyldt\\r\.yaml:\d+:\d+ /);
  });
});
