import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { compare } from '../src/assess/compare.js';
import { renderComparisonHtml } from '../src/reporters/comparison-html.js';
import { REPO } from './rule-docs.js';
import { run } from './run-cli.js';

const bid = (name: string) => path.join(REPO, 'fixtures', 'bids', name);
const TENDER = path.join(REPO, 'fixtures', 'tenders', 'byggeansoegning', 'udbudsprofil.yaml');
const ASSESSMENTS = path.join(REPO, 'fixtures', 'tenders', 'byggeansoegning', 'vurderinger');
export const COMPARED = ['borgerservice-selvbetjening', 'selvbetjening-kvikform', 'selvbetjening-borgerflow', 'selvbetjening-digitalt-hus', 'svagt-bud'];

describe('the comparison as HTML', () => {
  it('puts the bids side by side: a column per bid, a row per requirement, criterion, principle and goal, then the ranking', async () => {
    const c = await compare({ bids: COMPARED.map(bid), tender: TENDER, assessments: ASSESSMENTS, workers: 1 });
    const html = renderComparisonHtml(c, { lang: 'da' });
    expect(html).not.toMatch(/<(script|link|img|iframe)\b|\bsrc=|url\(/i);
    expect([...html.matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1])).toEqual(['Buddene', `Rangering (${c.final ? 'endelig' : 'foreløbig'})`, 'Side om side']);
    const tables = [...html.matchAll(/<table class="compare"><caption>([^<]+)<\/caption><thead><tr>(.*?)<\/tr><\/thead><tbody>(.*?)<\/tbody>/g)];
    expect(tables.map((t) => t[1])).toEqual(['Mindstekrav', 'Tildelingskriterier', 'Principper', 'Arkitekturmål']);
    for (const t of tables) expect(t[2]!.match(/<th scope="col"/g)).toHaveLength(c.bids.length + 1);
    expect(tables.reduce((n, t) => n + (t[3]!.match(/<tr/g)?.length ?? 0), 0)).toBe(c.rows.length);
    expect(html.match(/<li value="\d+"><strong>/g)).toHaveLength(c.ranking.length);
    const report = await new HtmlValidate({ extends: ['html-validate:standard', 'html-validate:document'] }).validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([]);
    const first = c.ranking[0]!;
    expect(html).toContain(`<li value="1"><strong>${first.bid}</strong> — ${String(Math.round(first.total * 100) / 100).replace('.', ',')}</li>`);
  });

  it('escapes bid folder names, and compare --format html writes it', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'rammetjek-')), 'x<img src=y>');
    cpSync(bid('svagt-bud'), dir, { recursive: true });
    const html = renderComparisonHtml(await compare({ bids: [dir, bid('borgerservice-selvbetjening')], tender: TENDER, workers: 1 }), { lang: 'en' });
    expect(html).not.toContain('<img');
    expect(html).toContain('x&#60;img src=y&#62;');
    const { code, out } = await run('compare', bid('svagt-bud'), bid('borgerservice-selvbetjening'), '--tender', TENDER, '--format', 'html', '--workers', '1');
    expect(code).toBe(0);
    expect(out.startsWith('<!DOCTYPE html>\n<html lang="da">')).toBe(true);
  });
});
