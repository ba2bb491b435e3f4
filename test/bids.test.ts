import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { GOALS, PRINCIPLES } from '../rules/catalogue/framework.js';
import { check } from '../src/check.js';
import { reportSchema } from '../src/assess/report-schema.js';
import { renderJson } from '../src/reporters/json.js';
import { REPO } from './rule-docs.js';

const bid = (name: string) => path.join(REPO, 'fixtures', 'bids', name);
const validateReport = new Ajv2020({ strict: true, allErrors: true }).compile(reportSchema);

function statuses(report: Awaited<ReturnType<typeof check>>): Record<string, string> {
  return Object.fromEntries(report.rules.filter((r) => r.status !== 'pass' && r.status !== 'not-applicable').map((r) => [r.ruleId, r.status]));
}

describe('the example bids give the verdicts their authors intended', () => {
  it('the conforming self-service passes every rule that applies, with no findings', async () => {
    const report = await check({ paths: [bid('borgerservice-selvbetjening')] });
    expect(report.findings).toEqual([]);
    expect(statuses(report)).toEqual({});
    expect(report.summary.mindstekrav).toEqual({ status: 'met', assessed: 27, failed: [], notAssessed: [], deviations: [] });
    expect(report.rules.filter((r) => r.status === 'not-applicable').map((r) => r.ruleId)).toEqual([
      'saml-valid-until',
      'sol-case-index-delivery',
      'sol-deviations-mitigated',
      'sol-employee-login-adgangsstyring',
      'sol-events-beskedfordeler',
      'sol-flis-delivery',
      'sol-organisation-data',
      'sol-support-system-duties',
    ]);
    expect(report.solution).toEqual({ file: 'loesningsbeskrivelse.yaml', name: 'Byggeansøgning Selvbetjening', version: '5.2', vendor: { name: 'Nordlys Digital A/S', cvr: '31425364' } });
    expect(report.asOf).toBe('2026-10-15');
    expect(report.inputs.filter((i) => i.kind === 'attachment')).toHaveLength(9);
    expect(Object.fromEntries(report.inputs.filter((i) => i.kind !== 'attachment').map((i) => [i.path, i.kind]))).toEqual({
      'api/byggeansoegning-v1.yaml': 'openapi',
      'loesningsbeskrivelse.yaml': 'solution',
      'memo/kvittering.xml': 'memo',
      'saml/sp-metadata.xml': 'saml-metadata',
      'wsdl/FordelingAfsend.wsdl': 'wsdl',
      'wsdl/policies.wsdl': 'wsdl',
    });
  });

  it('the case system deviates, explained, from AR 4.2 and from the benefit index, and meets every mindstekrav', async () => {
    const report = await check({ paths: [bid('sagssystem-med-afvigelser')] });
    // the visit-plan API has no bulk export: a recommendation (MAY), so it fails only its own rule
    expect(statuses(report)).toEqual({ 'sol-employee-login-adgangsstyring': 'deviation', 'sol-case-index-delivery': 'deviation', 'oas-bulk-export': 'fail' });
    expect(report.summary.mindstekrav.status).toBe('met');
    expect(report.findings.map((f) => [f.ruleId, f.location.file, f.location.pointer, f.location.range?.start.line, f.deviation])).toEqual([
      ['oas-bulk-export', 'api/besoegsplan.yaml', '/paths', 11, undefined],
      ['sol-employee-login-adgangsstyring', 'loesningsbeskrivelse.yaml', '/authentication/employees/provider', 49, 0],
      ['sol-case-index-delivery', 'loesningsbeskrivelse.yaml', '/integrations', 60, 1],
    ]);
    expect(report.architectureRules.find((ar) => ar.id === 'AR 2.3')?.status).toBe('pass');
    expect(report.deviations.map((d) => [d.rule, d.explained, d.covers.length > 0])).toEqual([
      ['AR 4.2', true, true],
      ['SD-013', true, true],
    ]);
    expect(report.deviations[1]?.covers).toEqual(['sol-case-index-delivery']);
    const ar42 = report.architectureRules.find((ar) => ar.id === 'AR 4.2');
    expect(ar42?.status).toBe('deviation');
    expect(report.principles.find((p) => p.id === 'P4')?.status).toBe('deviation');
    expect(report.summary.findings).toEqual({ error: 0, warning: 0, info: 1, deviation: 2 });
  });

  it('the weak bid fails its mindstekrav, naming each one', async () => {
    const report = await check({ paths: [bid('svagt-bud')] });
    expect(report.summary.mindstekrav.status).toBe('not-met');
    expect(report.summary.mindstekrav.failed).toEqual([
      'bid-rest-interfaces-have-openapi',
      'memo-header',
      'memo-ids',
      'memo-version',
      'oas-no-credentials-in-url',
      'oas-servers-https',
      'saml-acs',
      'saml-certificates',
      'saml-placeholders',
      'saml-signed-requests',
      'saml-valid-until',
      'sol-accessibility',
      'sol-data-responsibility',
      'sol-deviations-explained',
      'sol-digital-post',
      'sol-identity-complete',
      'sol-nemlogin-for-citizens',
      'sol-retired-components',
      'sol-schema-valid',
      'sol-service-levels',
      'wsdl-document-literal',
      'wsdl-https-endpoints',
    ]);
    const xml = report.findings.filter((f) => /\.(xml|wsdl)$/.test(f.location.file)).map((f) => `${f.location.file}:${f.location.range?.start.line} ${f.ruleId}`);
    expect(xml).toContain('saml/sp-metadata.xml:5 saml-certificates');
    expect(xml).toContain('wsdl/BorgerService.wsdl:12 wsdl-document-literal');
    expect(xml).toContain('memo/brev.xml:12 memo-ids');
    const byRule = (id: string) => report.findings.filter((f) => f.ruleId === id).map((f) => `${f.location.range?.start.line} ${f.message.da}`);
    expect(byRule('sol-nemlogin-for-citizens')).toEqual([
      '30 Borgere logger ind med «own-login» og ikke via NemLog-in.',
      '31 Virksomheder logger ind med «nemid» og ikke via NemLog-in.',
    ]);
    expect(byRule('sol-base-data-sources')).toEqual(['50 Løsningen fører en lokal kopi af CPR uden begrundelse.']);
    expect(byRule('sol-exit-export')).toEqual(['52 Det er ikke beskrevet, hvordan kommunen får sine data ud af løsningen.']);
    expect(byRule('oas-no-cpr-in-url')).toEqual(['19 GET /hentBorger/{cpr} tager CPR-nummeret i stien (parameteren «cpr»).']);
    expect(byRule('bid-openapi-auth-matches')).toEqual(['46 Snitfladen «Borgerdata» er beskrevet med sikringen «oauth2», men specifikationen bruger basic, apiKey.']);
    // an unexplained deviation turns nothing into "deviation"
    expect(report.rules.find((r) => r.ruleId === 'sol-exit-export')?.status).toBe('fail');
    expect(report.deviations[0]?.explained).toBe(false);
    expect(Object.fromEntries(report.goals.map((g) => [g.id, g.status]))).toEqual({
      'sammenhaengende-it': 'fail',
      genbrug: 'fail',
      'byg-til-forandring': 'fail',
      'flere-leverandoerer': 'fail',
      driftsikkerhed: 'fail',
    });
  });
});

describe('every report', () => {
  for (const name of ['borgerservice-selvbetjening', 'sagssystem-med-afvigelser', 'svagt-bud']) {
    it(`${name}: validates against the report schema, shows all goals and principles, and is byte-identical on a second run`, async () => {
      const first = await check({ paths: [bid(name)] });
      expect(validateReport(JSON.parse(renderJson(first))), JSON.stringify(validateReport.errors)).toBe(true);
      expect(first.goals.map((g) => g.id)).toEqual(GOALS.map((g) => g.id));
      expect(first.principles.map((p) => p.id)).toEqual(PRINCIPLES.map((p) => p.id));
      expect(first.architectureRules).toHaveLength(24);
      const second = await check({ paths: [bid(name)] });
      expect(renderJson(second)).toBe(renderJson(first));
    });
  }
});
