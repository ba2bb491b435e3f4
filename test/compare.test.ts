import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { compare, type Comparison } from '../src/assess/compare.js';
import { renderComparisonCsv, renderComparisonJson, renderComparisonText } from '../src/reporters/comparison.js';
import { comparisonSchema } from '../src/tender/comparison-schema.js';
import { REPO } from './rule-docs.js';
import { run } from './run-cli.js';

const bid = (name: string) => path.join(REPO, 'fixtures', 'bids', name);
const TENDER = path.join(REPO, 'fixtures', 'tenders', 'byggeansoegning', 'udbudsprofil.yaml');
const ASSESSMENTS = path.join(REPO, 'fixtures', 'tenders', 'byggeansoegning', 'vurderinger');
const BIDS = ['borgerservice-selvbetjening', 'selvbetjening-kvikform', 'selvbetjening-borgerflow', 'selvbetjening-digitalt-hus', 'svagt-bud'].map(bid);

const byBid = (c: Comparison, f: (b: Comparison['bids'][number]) => unknown) => Object.fromEntries(c.bids.map((b) => [b.id, f(b)]));

/** The fixture assessments carry each bid's fingerprint; a changed fixture bid must say which value to write. */
function expectCurrentAssessments(c: Comparison): void {
  for (const b of c.bids) {
    if (b.assessment) expect(b.assessment.stale, `fixture bid ${b.id} has changed since ${b.assessment.file} was written: update its bid.sha256 to ${b.fingerprint}`).toBe(false);
  }
}

describe('five bids for the self-service tender, with the evaluators’ assessments', () => {
  it('ranks the three conforming bids by their totals and lists the two non-conforming ones unranked', async () => {
    const c = await compare({ bids: BIDS, tender: TENDER, assessments: ASSESSMENTS });
    expectCurrentAssessments(c);
    expect(c.ranking).toEqual([
      { rank: 1, bid: 'borgerservice-selvbetjening', total: 97 },
      { rank: 2, bid: 'selvbetjening-borgerflow', total: 92.38 },
      { rank: 3, bid: 'selvbetjening-kvikform', total: 88.87 },
    ]);
    expect(c.notRanked.map((n) => [n.bid, n.reason.da])).toEqual([
      ['selvbetjening-digitalt-hus', 'ukonditionsmæssigt: et mindstekrav er ikke opfyldt'],
      ['svagt-bud', 'ukonditionsmæssigt: et mindstekrav er ikke opfyldt'],
    ]);
    expect(c.final).toBe(true);
    expect(byBid(c, (b) => b.mindstekrav)).toEqual({
      'borgerservice-selvbetjening': 'met',
      'selvbetjening-kvikform': 'met',
      'selvbetjening-borgerflow': 'met',
      'selvbetjening-digitalt-hus': 'not-met',
      'svagt-bud': 'not-met',
    });
    // a high total does not rank a non-conforming bid
    expect(byBid(c, (b) => b.total)['selvbetjening-digitalt-hus']).toBe(92.83);
    const row = (id: string) => c.rows.find((r) => r.id === id)?.values;
    expect(row('K-1')).toEqual(['met', 'met', 'met', 'not-met', 'not-met']);
    expect(row('K-3')).toEqual(['met', 'met', 'met', 'not-met', 'not-met']);
    expect(row('T-4')).toEqual([10, 7.5, 10, 10, 0]);
    expect(row('T-5')).toEqual([8, 9, 7, 6, 2]);
    expect(row('total')).toEqual([97, 88.87, 92.38, 92.83, 19.53]);
    // P4 fails on SHOULD rules only for Kvikform and Digitalt Hus (its MUST rule there is covered by a deviation,
    // which K-1 forbids: the mindstekrav row says not met): 'remarks', apart from the weak bid's MUST failures
    expect(row('P4')).toEqual(['pass', 'remarks', 'pass', 'remarks', 'fail']);
    expect(c.rows.map((r) => r.kind).filter((k, i, all) => all.indexOf(k) === i)).toEqual(['mindstekrav', 'criterion', 'total', 'principle', 'goal']);
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(comparisonSchema);
    expect(validate(JSON.parse(renderComparisonJson(c))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('without assessments nothing is ranked: a deviation awaits the buyer, the vendors’ statements on mindstekrav are unconfirmed and the plans are not scored', async () => {
    const c = await compare({ bids: BIDS, tender: TENDER, workers: 1 });
    expect(c.final).toBe(false);
    // the exit export (K-4) and the data processing (K-5) rest on the vendors' word until an evaluator confirms them
    expect(c.ranking).toEqual([]);
    expect(c.notRanked.map((n) => [n.bid, n.reason.en])).toEqual([
      ['borgerservice-selvbetjening', 'awaits the buyer: a mandatory requirement is not met unless the buyer accepts a deviation, answers a question or confirms the vendor’s statement'],
      ['selvbetjening-kvikform', 'awaits the buyer: a mandatory requirement is not met unless the buyer accepts a deviation, answers a question or confirms the vendor’s statement'],
      ['selvbetjening-borgerflow', 'awaits the buyer: a mandatory requirement is not met unless the buyer accepts a deviation, answers a question or confirms the vendor’s statement'],
      ['selvbetjening-digitalt-hus', 'non-conforming: a mandatory requirement is not met'],
      ['svagt-bud', 'non-conforming: a mandatory requirement is not met'],
    ]);
    expect(c.notRanked[0]?.reason.da).toBe('afventer ordregiver: et mindstekrav er ikke opfyldt, medmindre ordregiver accepterer en afvigelse, besvarer et spørgsmål eller bekræfter leverandørens erklæring');
    expect(byBid(c, (b) => b.open?.filter((o) => o.blocking && o.kind === 'declared').map((o) => o.ref))['borgerservice-selvbetjening']).toEqual(['sol-data-responsibility', 'sol-exit-export']);
    const text = renderComparisonText(c, 'da');
    expect(text).toContain('Rangering (foreløbig)');
    expect(text).toContain('  selvbetjening-borgerflow: Afgør afvigelsen fra SD-015 (1 fund; mindstekrav K-2): deviation-accepted eller deviation-rejected.');
    expect(text).toContain('  borgerservice-selvbetjening: Giv point for kriterium T-5');
    expect(text).not.toContain('  svagt-bud: Giv point');
  });

  it('an evaluator’s decision changes the ranking: the exit export of the best bid is judged not met', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rammetjek-vurderinger-'));
    cpSync(ASSESSMENTS, dir, { recursive: true });
    const file = path.join(dir, 'borgerservice-selvbetjening.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('rule: sol-exit-export\n    verdict: pass', 'rule: sol-exit-export\n    verdict: fail').replace(/note: Ophørsbestemmelserne.*/, 'note: Prisbilaget tager betaling for udtræk ved ophør, i strid med kravet.'));
    const c = await compare({ bids: BIDS, tender: TENDER, assessments: dir, workers: 1 });
    expect(c.ranking.map((r) => [r.rank, r.bid])).toEqual([[1, 'selvbetjening-borgerflow'], [2, 'selvbetjening-kvikform']]);
    expect(c.rows.find((r) => r.id === 'K-4')?.values[0]).toBe('not-met');

    // and a manual score: Borgerflow's plan scored 0 instead of 7 drops it below Kvikform
    writeFileSync(path.join(dir, 'selvbetjening-borgerflow.yaml'), readFileSync(path.join(dir, 'selvbetjening-borgerflow.yaml'), 'utf8').replace('score: 7', 'score: 0'));
    const again = await compare({ bids: BIDS, tender: TENDER, assessments: dir, workers: 1 });
    expect(again.ranking.map((r) => [r.rank, r.bid, r.total])).toEqual([[1, 'selvbetjening-kvikform', 88.87], [2, 'selvbetjening-borgerflow', 81.88]]);
  });

  it('is byte-identical in JSON and CSV on a second run, with worker threads or without, the profile given by path or loaded in memory', async () => {
    const { loadTender } = await import('../src/tender/load.js');
    const threads = await compare({ bids: BIDS, tender: await loadTender({ file: TENDER, text: readFileSync(TENDER, 'utf8') }), assessments: ASSESSMENTS, workers: 2 });
    const inline = await compare({ bids: BIDS, tender: TENDER, assessments: ASSESSMENTS, workers: 1 });
    expect(renderComparisonJson(threads)).toBe(renderComparisonJson(inline));
    expect(renderComparisonCsv(threads)).toBe(renderComparisonCsv(inline));
  });

  it('CSV for Danish Excel: a BOM, semicolons, decimal commas, CRLF, quoted fields holding a semicolon', async () => {
    const csv = renderComparisonCsv(await compare({ bids: BIDS, tender: TENDER, assessments: ASSESSMENTS, workers: 1 }));
    expect(csv.startsWith('\uFEFFRække;Id;Titel;Vægt;borgerservice-selvbetjening;selvbetjening-kvikform;selvbetjening-borgerflow;selvbetjening-digitalt-hus;svagt-bud\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toContain('Tildelingskriterier;T-4;Drift, servicemål og robusthed;10;10;7,5;10;10;0');
    expect(lines).toContain('I alt;;I alt (vægtet, 0–100);;97;88,87;92,38;92,83;19,53');
    expect(lines).toContain('Rangering;;endelig;;1;3;2;ikke rangeret;ikke rangeret');
    expect(lines.find((l) => l.startsWith('Mindstekrav;K-1;'))).toBe('Mindstekrav;K-1;"Borgere logger ind med MitID via NemLog-in og virksomheder med MitID Erhverv; løsningen er tilsluttet NemLog-in med gyldige OIOSAML 3-metadata.";;opfyldt;opfyldt;opfyldt;ikke opfyldt;ikke opfyldt');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('equal totals share a rank, listed by bid name', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lige-'));
    for (const name of ['b-bud', 'a-bud']) cpSync(bid('borgerservice-selvbetjening'), path.join(dir, name), { recursive: true });
    // the copies have the same files, so the fixture assessment of the original fits both
    const original = path.join(ASSESSMENTS, 'borgerservice-selvbetjening.yaml');
    const assessments = { 'b-bud': original, 'a-bud': original, 'selvbetjening-kvikform': path.join(ASSESSMENTS, 'selvbetjening-kvikform.yaml') };
    const c = await compare({ bids: [path.join(dir, 'b-bud'), path.join(dir, 'a-bud'), bid('selvbetjening-kvikform')], tender: TENDER, assessments, workers: 1 });
    expectCurrentAssessments(c);
    expect(c.ranking).toEqual([{ rank: 1, bid: 'a-bud', total: 97 }, { rank: 1, bid: 'b-bud', total: 97 }, { rank: 3, bid: 'selvbetjening-kvikform', total: 88.87 }]);
    expect(c.final).toBe(true);
  });

  it('CSV keeps a vendor name Excel would run as a formula as text', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'formel-'));
    const copy = path.join(dir, 'formel-bud');
    cpSync(bid('borgerservice-selvbetjening'), copy, { recursive: true });
    const description = path.join(copy, 'loesningsbeskrivelse.yaml');
    writeFileSync(description, readFileSync(description, 'utf8').replace('vendor: { name: Nordlys Digital A/S', 'vendor: { name: "=HYPERLINK(\\"https://x.example\\";\\"Nordlys\\")"'));
    const csv = renderComparisonCsv(await compare({ bids: [copy], tender: TENDER, workers: 1 }));
    expect(csv.split('\r\n')[1]).toBe('Leverandør;;;;"\'=HYPERLINK(""https://x.example"";""Nordlys"")"');
  });

  it('a bid for another solution profile than the tender’s is listed, not ranked, whatever it scores', async () => {
    // the same tender, but for a case system: the self-service bid meets every mindstekrav and is still for the wrong profile
    const text = readFileSync(TENDER, 'utf8').replace('profiles: [self-service]', 'profiles: [case-system]');
    const c = await compare({ bids: BIDS.slice(0, 2), tender: { file: TENDER, text }, assessments: ASSESSMENTS, workers: 1 });
    expectCurrentAssessments(c);
    expect(byBid(c, (b) => [b.profileMatches, b.mindstekrav])).toEqual({ 'borgerservice-selvbetjening': [false, 'met'], 'selvbetjening-kvikform': [false, 'met'] });
    expect(c.ranking).toEqual([]);
    expect(c.notRanked.map((n) => [n.bid, n.reason.da, n.reason.en])).toEqual([
      ['borgerservice-selvbetjening', 'buddet er ikke til den løsningsprofil, udbuddet gælder', 'the bid is not for the solution profile the tender is for'],
      ['selvbetjening-kvikform', 'buddet er ikke til den løsningsprofil, udbuddet gælder', 'the bid is not for the solution profile the tender is for'],
    ]);
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(comparisonSchema);
    expect(validate(JSON.parse(renderComparisonJson(c))), JSON.stringify(validate.errors)).toBe(true);
    // for the right profile the same bids are ranked, and the column says so
    const right = await compare({ bids: BIDS.slice(0, 2), tender: TENDER, assessments: ASSESSMENTS, workers: 1 });
    expect(right.bids.map((b) => b.profileMatches)).toEqual([true, true]);
    expect(right.ranking.map((r) => r.bid)).toEqual(['borgerservice-selvbetjening', 'selvbetjening-kvikform']);
  });

  it('a bid folder that cannot be read is reported, and the rest are still compared and ranked', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'tomt-bud-'));
    const c = await compare({ bids: [BIDS[0] as string, bid('findes-ikke'), empty], tender: TENDER, assessments: ASSESSMENTS, workers: 1 });
    expect(c.bids.map((b) => [b.id, b.status])).toEqual([['borgerservice-selvbetjening', 'checked'], ['findes-ikke', 'unreadable'], [path.basename(empty), 'unreadable']]);
    expect(c.bids[1]?.error?.en).toBe(`no such file or folder: ${bid('findes-ikke')}`);
    expect(c.bids[2]?.error?.en).toContain('There are no files to check');
    expect(c.ranking).toEqual([{ rank: 1, bid: 'borgerservice-selvbetjening', total: 97 }]);
    expect(c.final).toBe(false);
    expect(c.rows.find((r) => r.id === 'K-1')?.values).toEqual(['met', null, null]);
  });
});

describe('rammetjek compare', () => {
  it('prints the table and the ranking; JSON and CSV on request', async () => {
    const { code, out } = await run('compare', ...BIDS, '--tender', TENDER, '--assessments', ASSESSMENTS, '--workers', '1');
    expect(code).toBe(0);
    expect(out).toContain('Sammenligning af bud · Digital byggeansøgning – selvbetjeningsløsning (2026/14) · Egedal Kommune, Teknik og Miljø');
    expect(out).toMatch(/ {2}I alt \(vægtet, 0–100\) +97 +88,87 +92,38 +92,83 +19,53\n/);
    expect(out).toContain('Rangering (endelig)\n   1. borgerservice-selvbetjening  97\n   2. selvbetjening-borgerflow     92,38\n   3. selvbetjening-kvikform       88,87\n');
    const json = await run('compare', ...BIDS, '--tender', TENDER, '--format', 'json', '--workers', '1', '--lang', 'en');
    expect(JSON.parse(json.out).comparisonVersion).toBe(1);
    const csv = await run('compare', ...BIDS.slice(0, 2), '--tender', TENDER, '--format', 'csv', '--workers', '1');
    expect(csv.out.startsWith('\uFEFFRække;')).toBe(true);
  });

  it('a folder of assessments that does not exist is an error; an assessment that fits no bid is named', async () => {
    const missing = await run('compare', ...BIDS.slice(0, 1), '--tender', TENDER, '--assessments', path.join(REPO, 'vurderinger-findes-ikke'));
    expect([missing.code, missing.err]).toEqual([2, `rammetjek: mappen med vurderinger, ${path.join(REPO, 'vurderinger-findes-ikke')}, findes ikke\n`]);
    const { code, err } = await run('compare', ...BIDS.slice(0, 2), '--tender', TENDER, '--assessments', ASSESSMENTS, '--workers', '1');
    expect(code).toBe(0);
    expect(err).toContain('rammetjek: vurderingen selvbetjening-borgerflow.yaml hører ikke til nogen af buddene (filnavnet skal være buddets mappenavn)');
    expect(err).not.toContain('borgerservice-selvbetjening.yaml hører');
  });

  it('needs a tender, and a tender that cannot be used stops the comparison with file and line', async () => {
    expect((await run('compare', ...BIDS)).err).toContain('compare kræver en udbudsprofil: --tender udbudsprofil.yaml');
    const dir = mkdtempSync(path.join(tmpdir(), 'udbud-'));
    const bad = path.join(dir, 'udbud.yaml');
    writeFileSync(bad, readFileSync(TENDER, 'utf8').replace('weight: 30', 'weight: 20'));
    const { code, err } = await run('compare', ...BIDS, '--tender', bad, '--lang', 'en');
    expect(code).toBe(2);
    expect(err).toContain(`${bad}:49:3: the weights add up to 90, not 100`);
  });
});
