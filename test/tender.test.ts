import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../src/assess/report-schema.js';
import { check } from '../src/check.js';
import type { Report } from '../src/assess/report.js';
import { renderJson } from '../src/reporters/json.js';
import { renderText } from '../src/reporters/text.js';
import { loadAssessment, loadTender, TenderInputError } from '../src/tender/load.js';
import { REPO } from './rule-docs.js';
import { run } from './run-cli.js';

const bid = (name: string) => path.join(REPO, 'fixtures', 'bids', name);
const TENDER = path.join(REPO, 'fixtures', 'tenders', 'byggeansoegning', 'udbudsprofil.yaml');
const CASE_TENDER = path.join(REPO, 'fixtures', 'tenders', 'omsorgssystem', 'udbudsprofil.yaml');
const assessmentOf = (name: string, tender = 'byggeansoegning') => path.join(REPO, 'fixtures', 'tenders', tender, 'vurderinger', `${name}.yaml`);
const tenderText = readFileSync(TENDER, 'utf8');
const validateReport = new Ajv2020({ strict: true, allErrors: true }).compile(reportSchema);

/**
 * The fixture assessments record each bid's fingerprint. When a fixture bid changes, its assessment is
 * (rightly) flagged as made for another version; this says which value to write instead.
 */
function expectCurrentAssessment(report: Report, file: string): void {
  const t = report.tender;
  expect(t?.assessment?.stale, `fixture bid ${report.root} has changed since ${path.relative(REPO, file)} was written: update its bid.sha256 to ${t?.bid.sha256}`).toBe(false);
}

async function judged(name: string, withAssessment = true, asOf?: string): Promise<Report> {
  const assessment = assessmentOf(name);
  const report = await check({ paths: [bid(name)], tender: TENDER, ...(withAssessment ? { assessment } : {}), ...(asOf ? { asOf } : {}) });
  if (withAssessment) expectCurrentAssessment(report, assessment);
  return report;
}

/** A tender profile or assessment in memory, with `replace` applied to the fixture text. */
const edited = (file: string, text: string, ...replace: [string | RegExp, string][]) => ({ file, text: replace.reduce((s, [from, to]) => s.replace(from, to), text) });

async function problemsOf(source: { file: string; text: string }, kind: 'tender' | 'assessment' = 'tender') {
  try {
    await (kind === 'tender' ? loadTender(source) : loadAssessment(source));
  } catch (error) {
    if (error instanceof TenderInputError) return error.problems.map((p) => `${p.file}:${p.line} ${p.message.en}`);
    throw error;
  }
  throw new Error('no error');
}

describe('a bid judged by the self-service tender and its assessment', () => {
  it('the conforming bid meets every mindstekrav and scores 97 of 100, with the formula written out', async () => {
    const report = await judged('borgerservice-selvbetjening');
    const t = report.tender!;
    expect(t.reference).toBe('2026/14');
    expect(t.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(t.mindstekrav.status).toBe('met');
    expect(t.mindstekrav.requirements.map((r) => [r.id, r.status])).toEqual([['K-1', 'met'], ['K-2', 'met'], ['K-3', 'met'], ['K-4', 'met'], ['K-5', 'met'], ['K-6', 'met']]);
    expect(t.award?.criteria.map((c) => [c.id, c.score, c.weighted])).toEqual([['T-1', 10, 30], ['T-2', 10, 25], ['T-3', 10, 20], ['T-4', 10, 10], ['T-5', 8, 12]]);
    expect(t.award?.total).toBe(97);
    expect(t.award?.provisional).toBe(false);
    expect(t.award?.formula.da).toBe('Σ vægt × point / 10 = T-1 30 × 10/10 + T-2 25 × 10/10 + T-3 20 × 10/10 + T-4 10 × 10/10 + T-5 15 × 8/10 = 97');
    expect(t.open.filter((o) => o.blocking)).toEqual([]);
    // who decided what, with the evidence file checked against its hash
    expect(t.decisions.map((d) => [d.ref, d.verdict ?? d.score, d.assessor, d.evidence?.status])).toEqual([
      ['sol-exit-export', 'pass', 'Mette Holm, it-arkitekt', undefined],
      ['sol-data-responsibility', 'pass', 'Mette Holm, it-arkitekt', 'matches'],
      ['T-5', 8, 'Jonas Ravn, fagkoordinator byggesag', undefined],
    ]);
    expect(report.rules.find((r) => r.ruleId === 'sol-exit-export')?.decision).toEqual({ verdict: 'pass', assessor: 'Mette Holm, it-arkitekt', date: '2026-11-03' });
    // the tender excludes two rules and makes the receipt an error
    expect(report.rules.map((r) => r.ruleId)).not.toContain('sol-flis-delivery');
    expect(t.excluded.map((e) => e.ruleId)).toEqual(['sol-events-beskedfordeler', 'sol-flis-delivery']);
    expect(report.rules.find((r) => r.ruleId === 'sol-selfservice-receipt')?.severity).toBe('error');
  });

  it('a deviation on a mindstekrav is "not met unless the buyer accepts it"; the assessment accepts it', async () => {
    const before = await judged('selvbetjening-borgerflow', false);
    const k2 = before.tender!.mindstekrav.requirements.find((r) => r.id === 'K-2')!;
    expect(k2.status).toBe('pending');
    expect(k2.reasons.map((r) => r.da)).toEqual(['ikke opfyldt, medmindre ordregiver accepterer afvigelsen fra SD-015']);
    expect(before.tender!.mindstekrav.status).toBe('pending');
    // without the assessment the exit export (K-4) and the data processing (K-5) rest on the vendor's word alone
    expect(before.tender!.open.filter((o) => o.blocking).map((o) => [o.kind, o.ref])).toEqual([['deviation', 'SD-015'], ['criterion', 'T-5'], ['declared', 'sol-data-responsibility'], ['declared', 'sol-exit-export']]);
    // the deviation lists exactly the findings it covers, and only the rule it covered
    expect(before.deviations.map((d) => [d.rule, d.covers, d.findings])).toEqual([
      ['SD-015', ['sol-digital-post'], [{ ruleId: 'sol-digital-post', file: 'loesningsbeskrivelse.yaml', pointer: '/digitalPost/format', line: 68 }]],
    ]);

    const after = await judged('selvbetjening-borgerflow');
    expect(after.tender!.mindstekrav.status).toBe('met');
    expect(after.deviations[0]?.decision).toEqual({ verdict: 'accepted', assessor: 'Mette Holm, it-arkitekt', date: '2026-11-04', note: expect.stringContaining('Kvitteringen når borgerens digitale postkasse') });
    // a deviation gives half points; bid-memo-samples fails (no MeMo samples) under AR 5.1
    expect(after.tender!.award?.criteria.map((c) => c.score)).toEqual([10, 8.75, 10, 10, 7]);
    expect(after.tender!.award?.total).toBe(92.38);
  });

  it('two one-line deviations on AR 4.1/4.2 cover real failures: without a tender "met by deviation", with the tender not met', async () => {
    const plain = await check({ paths: [bid('selvbetjening-digitalt-hus')] });
    // the CPR number in a URL is a SHOULD of its own (no Danish text forbids it); the tender raises it to K-3
    expect(plain.summary.mindstekrav).toEqual({ status: 'met-by-deviation', assessed: 27, failed: [], notAssessed: [], deviations: ['saml-signed-requests'] });
    expect(renderText(plain, { lang: 'da', color: false })).toContain('Mindstekrav (SKAL-regler): opfyldt ved afvigelse — ordregiver skal tage stilling til afvigelserne\n      △ SAML-004 Forespørgsler til NemLog-in er signerede\n');
    expect(plain.deviations.map((d) => [d.rule, d.covers])).toEqual([
      ['AR 4.1', ['oas-no-cpr-in-url', 'saml-signed-requests']],
      ['AR 4.2', ['saml-signed-requests']],
    ]);

    const report = await judged('selvbetjening-digitalt-hus');
    const t = report.tender!;
    expect(t.mindstekrav.status).toBe('not-met');
    const [k1, , k3] = t.mindstekrav.requirements;
    // K-1 allows no deviations: the covered failure counts
    expect([k1?.status, k1?.failed, k1?.reasons.map((r) => r.en)]).toEqual(['not-met', ['saml-signed-requests'], ['not met: saml-signed-requests; the deviation from AR 4.2 does not count, as the requirement allows no deviations']]);
    // the buyer rejected the AR 4.1 deviation: the CPR number in the URL fails K-3
    expect([k3?.status, k3?.failed]).toEqual(['not-met', ['oas-no-cpr-in-url']]);
    expect(report.deviations[0]?.decision?.verdict).toBe('rejected');
    expect(renderText(report, { lang: 'da', color: false })).toContain('  AR 4.1 (ville dække: oas-no-cpr-in-url, saml-signed-requests) — afvist af ordregiver (Mette Holm, it-arkitekt, 2026-11-04)\n');
    expect(report.findings.filter((f) => f.ruleId === 'oas-no-cpr-in-url').map((f) => [f.location.range?.start.line, f.deviation])).toEqual([[55, undefined]]);
  });

  it('the weak bid fails every mindstekrav', async () => {
    const t = (await judged('svagt-bud')).tender!;
    expect(t.mindstekrav.requirements.map((r) => [r.id, r.status, r.failed])).toEqual([
      ['K-1', 'not-met', ['sol-nemlogin-for-citizens', 'saml-signed-requests', 'saml-certificates']],
      ['K-2', 'not-met', ['sol-digital-post', 'memo-version', 'memo-header', 'memo-ids']],
      ['K-3', 'not-met', ['bid-rest-interfaces-have-openapi', 'oas-servers-https', 'oas-operations-secured', 'oas-no-credentials-in-url', 'oas-no-cpr-in-url']],
      ['K-4', 'not-met', ['sol-exit-export']],
      ['K-5', 'not-met', ['sol-data-responsibility']],
      ['K-6', 'not-met', ['sol-accessibility']],
    ]);
    expect(t.award?.total).toBe(19.53);
  });

  it('the case-system tender: two accepted deviations, an answered review question, and the app scored by hand', async () => {
    const open = await check({ paths: [bid('sagssystem-med-afvigelser')], tender: CASE_TENDER });
    expect(open.tender!.profileMatches).toBe(true);
    // the case system offered to the self-service tender: the report says it declares another profile
    const elsewhere = await check({ paths: [bid('sagssystem-med-afvigelser')], tender: TENDER });
    expect(elsewhere.tender!.profileMatches).toBe(false);
    expect(renderText(elsewhere, { lang: 'da', color: false })).toContain("Buddet angiver ikke udbuddets løsningsprofil (self-service).");
    expect(open.tender!.mindstekrav.requirements.map((r) => [r.id, r.status])).toEqual([
      ['MK-1', 'pending'], ['MK-2', 'pending'], ['MK-3', 'pending'], ['MK-4', 'met'], ['MK-5', 'pending'], ['MK-6', 'pending'], ['MK-7', 'pending'],
    ]);
    expect(open.tender!.open.filter((o) => o.blocking).map((o) => `${o.kind} ${o.ref}`)).toEqual([
      'deviation AR 4.2', 'deviation SD-013', 'question AR 1.4', 'question AR 6.3', 'question AR 6.4', 'criterion K4',
      'declared sol-classification-source', 'declared sol-data-ownership', 'declared sol-data-responsibility', 'declared sol-exit-export', 'declared sol-risk-assessment',
    ]);
    const file = assessmentOf('sagssystem-med-afvigelser', 'omsorgssystem');
    const report = await check({ paths: [bid('sagssystem-med-afvigelser')], tender: CASE_TENDER, assessment: file });
    expectCurrentAssessment(report, file);
    expect(report.tender!.mindstekrav.status).toBe('met');
    expect(report.architectureRules.find((a) => a.id === 'AR 1.4')).toMatchObject({ status: 'pass', decision: { verdict: 'pass', assessor: 'Peter Lund, systemejer for SAPA' } });
    expect(report.tender!.award?.criteria.map((c) => [c.id, c.score])).toEqual([['K1', 9.59], ['K2', 9.72], ['K3', 9.79], ['K4', 8]]);
    expect(report.tender!.award?.total).toBe(92.65);
    // only the principles the tender names are run (no self-service rules), and the excluded rule is listed
    expect(report.rules.some((r) => r.ruleId === 'sol-selfservice-receipt')).toBe(false);
    expect(report.tender!.excluded).toEqual([{ ruleId: 'oas-bulk-export', reason: expect.stringContaining('SKI-rammeaftalens bilag 6') }]);
  });

  it('reports with a tender validate against the report schema and are byte-identical on a second run', async () => {
    for (const name of ['borgerservice-selvbetjening', 'selvbetjening-digitalt-hus', 'svagt-bud']) {
      const first = renderJson(await judged(name));
      expect(validateReport(JSON.parse(first)), JSON.stringify(validateReport.errors)).toBe(true);
      expect(renderJson(await judged(name))).toBe(first);
    }
  });
});

describe('what was never checked is never met', () => {
  it('a mindstekrav whose rule did not run (left out by the caller) is not assessed', async () => {
    const { RULES } = await import('../rules/index.js');
    const tender = await loadTender(TENDER);
    const report = await check({ paths: [bid('borgerservice-selvbetjening')], tender, rules: RULES.filter((r) => r.id !== 'sol-accessibility') });
    const k6 = report.tender!.mindstekrav.requirements.find((r) => r.id === 'K-6');
    expect([k6?.status, k6?.notAssessed]).toEqual(['not-assessed', ['sol-accessibility']]);
    expect(report.tender!.mindstekrav.status).toBe('not-assessed');
  });

  it('a mindstekrav none of whose rules concern the bid is not assessed, not met', async () => {
    const text = tenderText.replace('rules: [SD-028]', 'rules: [SD-034]').replace(/excluded:\n(  - .*\n    .*\n)+/, '');
    const report = await check({ paths: [bid('borgerservice-selvbetjening')], tender: { file: 'udbud.yaml', text } });
    const k6 = report.tender!.mindstekrav.requirements.find((r) => r.id === 'K-6');
    expect([k6?.status, k6?.reasons.map((r) => r.en)]).toEqual(['not-assessed', ['none of the requirement’s rules concern the bid, so it was not assessed']]);
  });
});

describe('waivers', () => {
  // the tender waives oas-contact for every bid until 2027-03-31; the weak bid's API has no contact
  it('a waived finding stays visible with the verdict waived and does not count, until the waiver expires', async () => {
    const during = await judged('svagt-bud', true, '2027-03-31');
    const finding = during.findings.find((f) => f.ruleId === 'oas-contact');
    expect([finding?.location.file, finding?.waived]).toEqual(['api/borgerdata.yaml', 0]);
    expect(during.rules.find((r) => r.ruleId === 'oas-contact')?.status).toBe('waived');
    expect(during.summary.findings.waived).toBe(1);
    expect(during.tender!.waivers.map((w) => [w.rule, w.status, w.findings])).toEqual([['oas-contact', 'applied', 1]]);

    const after = await judged('svagt-bud', true, '2027-04-01');
    expect(after.findings.find((f) => f.ruleId === 'oas-contact')?.waived).toBeUndefined();
    expect(after.rules.find((r) => r.ruleId === 'oas-contact')?.status).toBe('fail');
    expect(after.summary.findings.waived).toBeUndefined();
    expect(after.summary.findings.warning).toBe(during.summary.findings.warning + 1);
    expect(after.tender!.waivers.map((w) => [w.rule, w.status, w.findings])).toEqual([['oas-contact', 'expired', 1]]);
    expect(renderText(after, { lang: 'da', color: false })).toContain('oas-contact (hele buddet) — udløbet 2027-03-31: 1 fund tæller igen');
  });

  it('SARIF shows a waived finding as an accepted suppression, and an accepted deviation as accepted', async () => {
    const { renderSarif } = await import('../src/reporters/sarif.js');
    const sarif = (report: Report) => JSON.parse(renderSarif(report, { lang: 'da', exitCode: 0 })).runs[0].results as { ruleId: string; suppressions?: { status: string; justification: string }[] }[];
    const waived = sarif(await judged('svagt-bud', true, '2027-03-31')).find((r) => r.ruleId === 'oas-contact');
    expect(waived?.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'Kontaktoplysninger til snitfladerne aftales i kontraktens bilag 9 og skal ikke stå i specifikationen. (Lone Kirkegaard, udbudskonsulent, 2027-03-31)' }]);
    const accepted = sarif(await judged('selvbetjening-borgerflow')).find((r) => r.ruleId === 'sol-digital-post');
    expect(accepted?.suppressions?.[0]?.status).toBe('accepted');
    const undecided = sarif(await judged('selvbetjening-borgerflow', false)).find((r) => r.ruleId === 'sol-digital-post');
    expect(undecided?.suppressions?.[0]?.status).toBe('underReview');
  });

  it('a waiver in the assessment covers only the file and pointer it names', async () => {
    const text = readFileSync(assessmentOf('svagt-bud'), 'utf8');
    const assessment = edited('vurdering.yaml', text, [
      'verdicts:',
      'waivers:\n  - { rule: sol-base-data-sources, scope: { file: loesningsbeskrivelse.yaml, pointer: /baseData/0 }, reason: CPR-kopien fjernes ved idriftsættelse., approvedBy: "Lone Kirkegaard, udbudskonsulent", expires: "2027-01-31" }\n  - { rule: memo-ids, scope: { file: memo/andet.xml }, reason: Forkert fil., approvedBy: Lone Kirkegaard, expires: "2027-01-31" }\nverdicts:',
    ]);
    const report = await check({ paths: [bid('svagt-bud')], tender: TENDER, assessment });
    expect(report.findings.filter((f) => f.ruleId === 'sol-base-data-sources').map((f) => [f.location.pointer, f.waived])).toEqual([['/baseData/0/source', 1]]);
    expect(report.findings.filter((f) => f.ruleId === 'memo-ids').every((f) => f.waived === undefined)).toBe(true);
    expect(report.tender!.waivers.map((w) => [w.source, w.rule, w.status, w.line])).toEqual([
      ['tender', 'oas-contact', 'applied', 72],
      ['assessment', 'sol-base-data-sources', 'applied', 10],
      ['assessment', 'memo-ids', 'unused', 11],
    ]);
  });
});

describe('what an assessment may decide', () => {
  const text = readFileSync(assessmentOf('borgerservice-selvbetjening'), 'utf8');
  const refusedFor = async (verdicts: string, name = 'borgerservice-selvbetjening', base = text) => {
    const report = await check({ paths: [bid(name)], tender: TENDER, assessment: edited('vurdering.yaml', base, ['verdicts:\n', `verdicts:\n${verdicts}`]) });
    return report.tender!.refused.map((r) => `${r.line} ${r.ref}: ${r.reason.en}`);
  };
  const item = (fields: string) => `  - { ${fields}, assessor: Mette Holm, date: "2026-11-03" }\n`;

  it('refuses verdicts on automatic rules, unknown items and groups, with the reason and line', async () => {
    expect(await refusedFor(item('rule: SD-009, verdict: pass') + item('rule: AR 4.1, verdict: pass') + item('rule: AR 9.9, verdict: pass') + item('rule: P4, verdict: pass') + item('criterion: T-9, score: 5') + item('criterion: T-1, score: 5'))).toEqual([
      "10 SD-009: sol-nemlogin-for-citizens is decided automatically from the bid's documents, not by the evaluators; to accept a finding, the buyer writes a waiver",
      "11 AR 4.1: AR 4.1 has no question for the evaluator; its rules are decided from the bid's documents",
      "12 AR 9.9: architecture rule 'AR 9.9' does not exist in the framework (see 'rammetjek explain P1' … 'P8')",
      '13 P4: P4 is a group of rules; decide one rule or one question at a time',
      '14 T-9: the tender has no award criterion T-9',
      '15 T-1: criterion T-1 is scored from its rules, not by the evaluators',
    ]);
  });

  it('answers a question in the tender’s scope, and refuses one outside it', async () => {
    const answered = await check({ paths: [bid('borgerservice-selvbetjening')], tender: TENDER, assessment: edited('vurdering.yaml', text, ['verdicts:\n', `verdicts:\n${item('rule: AR 2.4, verdict: pass')}`]) });
    expect(answered.tender!.refused).toEqual([]);
    expect(answered.architectureRules.find((a) => a.id === 'AR 2.4')?.status).toBe('pass');
    // the case-system tender runs P1, P2, P4, P6, P7 and P8: AR 5.2's question is not part of it
    const caseText = readFileSync(assessmentOf('sagssystem-med-afvigelser', 'omsorgssystem'), 'utf8');
    const outside = await check({ paths: [bid('sagssystem-med-afvigelser')], tender: CASE_TENDER, assessment: edited('vurdering.yaml', caseText, ['verdicts:\n', `verdicts:\n${item('rule: AR 5.2, verdict: pass')}`]) });
    expect(outside.tender!.refused.map((r) => `${r.line} ${r.ref}: ${r.reason.en}`)).toEqual(['10 AR 5.2: AR 5.2 is not part of the tender']);
  });

  it('refuses a score above the scale, a second decision on the same item, and accepting a deviation the tender forbids or the vendor did not justify', async () => {
    expect(await refusedFor(item('criterion: T-5, score: 11') + item('rule: sol-exit-export, verdict: fail'))).toEqual([
      "10 T-5: 11 points is above the scale's maximum, 10",
      // the fixture's own decision comes after the one added here
      '12 sol-exit-export: the item was already decided on line 11; one decision per item',
    ]);
    const hus = readFileSync(assessmentOf('selvbetjening-digitalt-hus'), 'utf8');
    expect(await refusedFor(item('rule: AR 4.2, verdict: deviation-accepted') + item('rule: SD-015, verdict: deviation-accepted'), 'selvbetjening-digitalt-hus', hus)).toEqual([
      '10 AR 4.2: mandatory requirement K-1 allows no deviations, so the deviation from AR 4.2 cannot be accepted',
      '11 SD-015: the bid declares no deviation from SD-015',
    ]);
    const weak = readFileSync(assessmentOf('svagt-bud'), 'utf8');
    expect(await refusedFor(item('rule: SD-020, verdict: deviation-accepted'), 'svagt-bud', weak)).toEqual([
      '10 SD-020: the deviation from SD-020 is not justified; the vendor must justify it before it can be accepted',
    ]);
  });

  it('flags an assessment made for another version of the bid, applies none of its decisions, and blocks the final ranking on it', async () => {
    const report = await check({ paths: [bid('borgerservice-selvbetjening')], tender: TENDER, assessment: edited('vurdering.yaml', text, [/sha256: [0-9a-f]{64}\n(?=verdicts)/, `sha256: ${'f'.repeat(64)}\n`]) });
    expect(report.tender!.assessment?.stale).toBe(true);
    // its decisions are not applied: the plan is unscored again, and the declared rules are back on the vendor's word
    expect(report.tender!.decisions).toEqual([]);
    expect(report.tender!.refused.map((r) => `${r.line} ${r.ref}`)).toEqual(['10 sol-exit-export', '15 sol-data-responsibility', '23 T-5']);
    expect(report.tender!.refused[0]?.reason.en).toBe('the assessment was made for another version of the bid; the decision does not apply until the evaluators confirm it for this version');
    expect(report.tender!.open.filter((o) => o.blocking).map((o) => `${o.kind} ${o.ref}`)).toEqual(['assessment vurdering.yaml', 'criterion T-5', 'declared sol-data-responsibility', 'declared sol-exit-export']);
    expect(report.tender!.mindstekrav.status).toBe('pending');
    expect(renderText(report, { lang: 'en', color: false })).toContain('Assessment: vurdering.yaml — made for another version of the bid');
  });

  it('refuses a decision whose evidence changed after it was written, or is not in the bid: the requirement awaits the evaluators again', async () => {
    const changed = await check({ paths: [bid('borgerservice-selvbetjening')], tender: TENDER, assessment: edited('vurdering.yaml', text, [/(file: bilag\/databehandleraftale\.pdf\n\s+sha256: )[0-9a-f]{64}/, `$1${'a'.repeat(64)}`]) });
    expect(changed.tender!.refused.map((r) => `${r.line} ${r.ref}: ${r.reason.da}`)).toEqual(['15 sol-data-responsibility: dokumentationen bilag/databehandleraftale.pdf er ændret, siden vurderingen blev skrevet']);
    expect(changed.tender!.refused[0]?.reason.en).toBe('the evidence bilag/databehandleraftale.pdf has changed since the assessment was written');
    expect(changed.tender!.decisions.map((d) => d.ref)).toEqual(['sol-exit-export', 'T-5']);
    expect(changed.rules.find((r) => r.ruleId === 'sol-data-responsibility')?.decision).toBeUndefined();
    const k5 = changed.tender!.mindstekrav.requirements.find((r) => r.id === 'K-5');
    expect([k5?.status, k5?.declared]).toEqual(['pending', ['sol-data-responsibility']]);
    expect(changed.tender!.mindstekrav.status).toBe('pending');
    expect(changed.tender!.open.filter((o) => o.blocking).map((o) => `${o.kind} ${o.ref}`)).toEqual(['declared sol-data-responsibility']);

    const missing = await check({ paths: [bid('borgerservice-selvbetjening')], tender: TENDER, assessment: edited('vurdering.yaml', text, ['file: bilag/databehandleraftale.pdf', 'file: bilag/databehandleraftale-underskrevet.pdf']) });
    expect(missing.tender!.refused.map((r) => `${r.line} ${r.ref}: ${r.reason.da}`)).toEqual(['15 sol-data-responsibility: dokumentationen bilag/databehandleraftale-underskrevet.pdf findes ikke i buddet']);
    expect(missing.tender!.refused[0]?.reason.en).toBe('the evidence bilag/databehandleraftale-underskrevet.pdf is not in the bid');
    expect(missing.tender!.mindstekrav.requirements.find((r) => r.id === 'K-5')?.status).toBe('pending');
  });

  it('a mindstekrav met only on the vendor’s statement awaits the evaluators, and blocks a final ranking; a statement under an award criterion only does not', async () => {
    const report = await check({ paths: [bid('borgerservice-selvbetjening')], tender: TENDER });
    const k4 = report.tender!.mindstekrav.requirements.find((r) => r.id === 'K-4')!;
    expect([k4.status, k4.declared, k4.reasons.map((r) => r.da)]).toEqual(['pending', ['sol-exit-export'], ['afventer bedømmerne: sol-exit-export bygger kun på leverandørens erklæring']]);
    expect(k4.reasons[0]?.en).toBe("awaits the evaluators: sol-exit-export rests only on the vendor's statement");
    expect(report.tender!.mindstekrav.status).toBe('pending');
    const declared = report.tender!.open.filter((o) => o.kind === 'declared');
    expect(declared.filter((o) => o.blocking).map((o) => o.ref)).toEqual(['sol-data-responsibility', 'sol-exit-export']);
    // sol-access-logging counts only towards T-1 (P4): confirming it is good practice, not a condition for the ranking
    expect(declared.find((o) => o.ref === 'sol-access-logging')?.blocking).toBe(false);
  });

  it('points alone do not confirm the vendor’s statement: only a pass or fail decision does', async () => {
    const scored = text.replace('rule: sol-exit-export\n    verdict: pass\n', 'rule: sol-exit-export\n    score: 9\n') + '  - rule: sol-access-logging\n    score: 8\n    assessor: Mette Holm, it-arkitekt\n    date: "2026-11-03"\n    note: Logningen er beskrevet, men opbevaringstiden er ikke aftalt.\n';
    const report = await check({ paths: [bid('borgerservice-selvbetjening')], tender: TENDER, assessment: { file: 'vurdering.yaml', text: scored } });
    expect(report.tender!.refused).toEqual([]);
    expect(report.tender!.decisions.filter((d) => d.score !== undefined && d.verdict === undefined).map((d) => d.ref)).toEqual(['sol-exit-export', 'T-5', 'sol-access-logging']);
    expect(report.tender!.mindstekrav.requirements.find((r) => r.id === 'K-4')?.status).toBe('pending');
    const declared = report.tender!.open.filter((o) => o.kind === 'declared');
    expect(declared.find((o) => o.ref === 'sol-exit-export')?.blocking).toBe(true);
    expect(declared.find((o) => o.ref === 'sol-access-logging')?.blocking).toBe(false);
  });

  it('an evaluator failing a declared mindstekrav makes the bid non-conforming', async () => {
    const report = await check({ paths: [bid('borgerservice-selvbetjening')], tender: TENDER, assessment: edited('vurdering.yaml', text, ['rule: sol-exit-export\n    verdict: pass', 'rule: sol-exit-export\n    verdict: fail']) });
    expect(report.rules.find((r) => r.ruleId === 'sol-exit-export')?.status).toBe('fail');
    expect(report.tender!.mindstekrav.requirements.find((r) => r.id === 'K-4')?.status).toBe('not-met');
    expect(report.tender!.mindstekrav.status).toBe('not-met');
  });

  it('an assessment for another tender is a usage error', async () => {
    await expect(check({ paths: [bid('borgerservice-selvbetjening')], tender: TENDER, assessment: edited('vurdering.yaml', text, ['tender: "2026/14"', 'tender: "2026/15"']) })).rejects.toThrow('assessment vurdering.yaml belongs to tender 2026/15, not 2026/14');
  });
});

describe('a tender profile that cannot be used is an error with file and line, never a silent default', () => {
  it('an unknown rule, an architecture rule or principle that does not exist', async () => {
    expect(await problemsOf(edited('udbud.yaml', tenderText, ['rules: [SD-015, MEMO-001', 'rules: [SD-015, MEMO-099'], ['rule: sol-flis-delivery', 'rule: sol-flis-levering'], ['rules: ["AR 5.1"]', 'rules: ["AR 5.9", P9]']))).toEqual([
      "udbud.yaml:16 rule 'sol-flis-levering' does not exist (see 'rammetjek rules')",
      "udbud.yaml:32 rule 'MEMO-099' does not exist (see 'rammetjek rules')",
      "udbud.yaml:57 architecture rule 'AR 5.9' does not exist in the framework (see 'rammetjek explain P1' … 'P8')",
      'udbud.yaml:57 principle P9 does not exist; the principles are P1–P8',
    ]);
  });

  it('weights that do not add up to 100', async () => {
    expect(await problemsOf(edited('udbud.yaml', tenderText, ['weight: 30', 'weight: 35']))).toEqual(['udbud.yaml:49 the weights add up to 105, not 100 (T-1 35 + T-2 25 + T-3 20 + T-4 10 + T-5 15)']);
  });

  it('a ruleset newer than the tool', async () => {
    expect(await problemsOf(edited('udbud.yaml', tenderText, ['ruleset: "2026.11.0"', 'ruleset: "2027.2.0"']))).toEqual(['udbud.yaml:10 the tender profile was written for ruleset 2027.2.0, but this rammetjek has ruleset 2026.12.0; update rammetjek']);
  });

  it('schema violations: an unknown field, a missing field, a bad value; a criterion with both rules and manual scoring; a mindstekrav on an excluded rule', async () => {
    expect(await problemsOf(edited('udbud.yaml', tenderText, ['buyer:', 'ordregiver:'], ['profiles: [self-service]', 'profiles: [selvbetjening]']))).toEqual([
      "udbud.yaml:9 field 'ordregiver' is unknown (a typo?)",
      'udbud.yaml:11 /profiles/0 must be one of: self-service, case-system, integration, other',
    ]);
    expect(await problemsOf(edited('udbud.yaml', tenderText, [/^name: .*\n/m, '']))).toEqual(["udbud.yaml:5 field 'name' is missing under /"]);
    expect(await problemsOf(edited('udbud.yaml', tenderText, ['      weight: 15\n', '      weight: 15\n      rules: [P1]\n'], ['rules: [SD-020]', 'rules: [SD-020, sol-flis-delivery]']))).toEqual([
      'udbud.yaml:38 mandatory requirement K-4 rests on rule sol-flis-delivery, which the tender profile also excludes',
      "udbud.yaml:66 criterion T-5 needs either 'rules' (scored from the rules) or 'manual' (scored by the evaluators), not both",
    ]);
  });

  it('an assessment item with neither rule nor criterion', async () => {
    const text = readFileSync(assessmentOf('svagt-bud'), 'utf8');
    expect(await problemsOf(edited('vurdering.yaml', text, ['criterion: T-5', 'note2: x']), 'assessment')).toEqual(["vurdering.yaml:10 field 'note2' is unknown (a typo?)"]);
    expect(await problemsOf(edited('vurdering.yaml', text, ['  - criterion: T-5\n    score: 2\n', '  - score: 2\n']), 'assessment')).toEqual(["vurdering.yaml:10 a decision needs either 'rule' or 'criterion'"]);
  });
});

describe('rammetjek check --tender --assessment', () => {
  it('prints the tender, the mindstekrav per requirement, the award with its formula, decisions and waivers', async () => {
    const { code, out } = await run('check', bid('selvbetjening-borgerflow'), '--tender', TENDER, '--assessment', assessmentOf('selvbetjening-borgerflow'), '--no-color');
    // one warning (no MeMo samples), no errors: the accepted deviation does not fail the check
    expect(code).toBe(0);
    expect(out).toContain('Udbud: Digital byggeansøgning – selvbetjeningsløsning (2026/14) · Egedal Kommune, Teknik og Miljø');
    expect(out).toContain('Mindstekrav (udbuddets): opfyldt');
    expect(out).toContain('  ✔ K-1 Borgere logger ind med MitID via NemLog-in');
    expect(out).toContain('  I alt: 92,38');
    expect(out).toContain('Σ vægt × point / 10 = T-1 30 × 10/10 + T-2 25 × 8,75/10 + T-3 20 × 10/10 + T-4 10 × 10/10 + T-5 15 × 7/10 = 92,38');
    expect(out).toContain('  SD-015: deviation-accepted — Mette Holm, it-arkitekt, 2026-11-04 · bilag/memo-plan.pdf: uændret');
    expect(out).toContain('  SD-015 (dækker: sol-digital-post) — accepteret af ordregiver (Mette Holm, it-arkitekt, 2026-11-04)');
    expect(out).not.toContain('Mindstekrav (SKAL-regler)');
    expect(out).toContain('  · Bekræft leverandørens erklæringer mod dokumentationen (11): sol-access-logging, sol-data-ownership,');
  });

  it('exits 1 when a mindstekrav of the tender is not met, even with no open error', async () => {
    const argv = ['check', bid('selvbetjening-digitalt-hus'), '--tender', TENDER, '--assessment', assessmentOf('selvbetjening-digitalt-hus'), '-f', 'json'];
    const { code, out } = await run(...argv);
    const report = JSON.parse(out) as Report;
    expect(report.tender?.mindstekrav.status).toBe('not-met');
    expect(report.findings.filter((f) => f.severity === 'error' && f.deviation === undefined && f.waived === undefined).map((f) => f.ruleId)).toEqual([]);
    expect(code).toBe(1);
    expect((await run(...argv, '--fail-on', 'never')).code).toBe(0);
  });

  it('lists an unconfirmed vendor statement under a mindstekrav as blocking the final ranking', async () => {
    const { out } = await run('check', bid('sagssystem-med-afvigelser'), '--tender', CASE_TENDER, '--no-color');
    expect(out).toContain('  ! sol-classification-source bygger på leverandørens erklæring; bekræft den mod dokumentationen. (afventes før endelig rangering)\n');
  });

  it('speaks English with --lang en', async () => {
    const { out } = await run('check', bid('selvbetjening-borgerflow'), '--tender', TENDER, '--no-color', '--lang', 'en');
    expect(out).toContain('Mandatory requirements (the tender’s): awaits a decision\n');
    expect(out).toContain('      not met unless the buyer accepts the deviation from SD-015\n');
    expect(out).toContain('  ! Decide the deviation from SD-015 (1 finding; mandatory requirement K-2): deviation-accepted or deviation-rejected. (needed before a final ranking)\n');
    expect(out).toContain('  Total: 81.88 (provisional: not everything is scored)\n');
  });

  it('a broken tender exits 2 with file:line:column in Danish', async () => {
    const { code, err } = await run('check', bid('borgerservice-selvbetjening'), '--tender', path.join(REPO, 'fixtures', 'tenders', 'findes-ikke.yaml'));
    expect(code).toBe(2);
    expect(err).toContain('findes-ikke.yaml findes ikke');
  });

  it('an assessment without a tender is a usage error', async () => {
    const { code, err } = await run('check', bid('svagt-bud'), '--assessment', assessmentOf('svagt-bud'));
    expect(code).toBe(2);
    expect(err).toContain('en vurdering kræver en udbudsprofil (--tender)');
  });

  it('init --tender writes an annotated Danish tender profile that loads as it is, with its schema for the editor', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'udbud-'));
    const { code, out } = await run('init', '--tender', `${dir}/`);
    expect(code).toBe(0);
    expect(out).toContain('Skrev udbudsprofilen');
    const file = path.join(dir, 'udbudsprofil.yaml');
    expect(readFileSync(file, 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.rammetjek\/tender\.schema\.json\n/);
    expect(existsSync(path.join(dir, '.rammetjek', 'tender.schema.json'))).toBe(true);
    const tender = await loadTender(file);
    expect([tender.reference, tender.mindstekrav.map((m) => m.id), tender.award?.criteria.map((c) => c.weight), tender.questions]).toEqual(['2027/03', ['MK-1', 'MK-2', 'MK-3', 'MK-4'], [40, 30, 30], ['AR 1.4']]);
    expect((await run('init', '--tender', `${dir}/`)).code).toBe(2);
  });

  it('schema --tender and --assessment print the schemas, with Danish and English help on the fields', async () => {
    const tender = JSON.parse((await run('schema', '--tender')).out);
    expect(tender.$id).toBe('https://schemas.rammetjek.dk/tender/1.json');
    expect(tender.properties.mindstekrav.title).toBe('Mindstekrav · Mandatory requirements');
    const assessment = JSON.parse((await run('schema', '--assessment')).out);
    expect(assessment.properties.verdicts.items.properties.verdict.enum).toEqual(['pass', 'fail', 'deviation-accepted', 'deviation-rejected']);
  });

  it('every field of the tender and assessment schemas has a Danish and an English title and description', async () => {
    const { assessmentSchema, tenderSchema } = await import('../src/tender/schema.js');
    const missing: string[] = [];
    const walk = (node: Record<string, unknown>, at: string) => {
      const props = node['properties'] as Record<string, Record<string, unknown>> | undefined;
      for (const [name, field] of Object.entries(props ?? {})) {
        if (!/ · /.test(String(field['title'])) || !/\n\n/.test(String(field['description']))) missing.push(`${at}/${name}`);
        walk(field, `${at}/${name}`);
        const items = field['items'] as Record<string, unknown> | undefined;
        if (items) walk(items, `${at}/${name}/items`);
        for (const branch of (field['oneOf'] as Record<string, unknown>[] | undefined) ?? []) walk(branch, `${at}/${name}`);
      }
    };
    walk(tenderSchema, 'tender');
    walk(assessmentSchema, 'assessment');
    expect(missing).toEqual([]);
  });

  it('assessment writes one to fill in: the fingerprint, and each open item as a commented decision', async () => {
    const { code, out } = await run('assessment', bid('selvbetjening-borgerflow'), '--tender', TENDER);
    expect(code).toBe(0);
    const { bid: { sha256 } } = (await check({ paths: [bid('selvbetjening-borgerflow')], tender: TENDER })).tender!;
    expect(out).toContain(`  sha256: ${sha256}\n`);
    expect(out).toContain('#   - rule: "SD-015"\n#     verdict: deviation-accepted   # eller deviation-rejected\n');
    // as written it decides nothing; uncommented and signed, it accepts the deviation
    const untouched = await check({ paths: [bid('selvbetjening-borgerflow')], tender: TENDER, assessment: { file: 'vurdering.yaml', text: out } });
    expect([untouched.tender!.assessment?.stale, untouched.tender!.decisions, untouched.tender!.mindstekrav.status]).toEqual([false, [], 'pending']);
    const signed = out.replace('#   - rule: "SD-015"\n#     verdict: deviation-accepted   # eller deviation-rejected\n#     assessor: "Navn, rolle"\n#     date: "ÅÅÅÅ-MM-DD"', '  - rule: "SD-015"\n    verdict: deviation-accepted\n    assessor: "Mette Holm"\n    date: "2026-11-04"');
    const decided = await check({ paths: [bid('selvbetjening-borgerflow')], tender: TENDER, assessment: { file: 'vurdering.yaml', text: signed } });
    // the exit export and the data processing still rest on the vendor's word until they are confirmed too
    expect(decided.tender!.mindstekrav.status).toBe('pending');
    const confirm = (from: string, rule: string) => from.replace(`#   - rule: "${rule}"\n#     verdict: pass                 # eller fail\n#     assessor: "Navn, rolle"\n#     date: "ÅÅÅÅ-MM-DD"`, `  - rule: "${rule}"\n    verdict: pass\n    assessor: "Mette Holm"\n    date: "2026-11-04"`);
    const confirmed = await check({ paths: [bid('selvbetjening-borgerflow')], tender: TENDER, assessment: { file: 'vurdering.yaml', text: confirm(confirm(signed, 'sol-exit-export'), 'sol-data-responsibility') } });
    expect(confirmed.tender!.mindstekrav.status).toBe('met');
  });

  it('prints no control character from the tender, the assessment or the bid to the terminal', async () => {
    const tender = edited('udbud.yaml', tenderText, [/^name: .*$/m, 'name: "Digital \\e]0;hacked\\a byggeansøgning"']);
    const report = await check({ paths: [bid('selvbetjening-borgerflow')], tender });
    const text = renderText(report, { lang: 'da', color: false });
    expect(text).toContain('Udbud: Digital \\x1B]0;hacked\\x07 byggeansøgning');
    expect(text).not.toMatch(/[\u001b\u0007]/);
  });
});
