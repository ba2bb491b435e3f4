/**
 * Every message a user can trigger from the command line, in Danish and in English: the error
 * paths are walked in both languages, and Danish output may not hold an English sentence (nor
 * English output a Danish one).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

const BID = 'fixtures/bids/borgerservice-selvbetjening';
const TENDER = 'fixtures/tenders/byggeansoegning/udbudsprofil.yaml';
const dir = mkdtempSync(path.join(tmpdir(), 'rammetjek-messages-'));
const empty = path.join(dir, 'tom');
mkdirSync(empty);
const existing = path.join(dir, 'findes.yaml');
writeFileSync(existing, 'x: 1\n');
const twoBids = path.join(dir, 'to-bud');
for (const name of ['a', 'b']) {
  mkdirSync(path.join(twoBids, name), { recursive: true });
  writeFileSync(path.join(twoBids, name, 'loesningsbeskrivelse.yaml'), 'schemaVersion: "1.0"\nsolution:\n  name: Bud\n');
}

/** Each case: the arguments (without --lang) and the exit code it must give. */
const CASES: ReadonlyArray<{ name: string; argv: string[]; code: number; stream: 'out' | 'err' }> = [
  { name: 'unknown option', argv: ['check', '--frmat', 'json', BID], code: 2, stream: 'err' },
  { name: 'unknown command', argv: ['chek', BID], code: 2, stream: 'err' },
  { name: 'missing argument', argv: ['check'], code: 2, stream: 'err' },
  { name: 'invalid choice', argv: ['check', '-f', 'xml', BID], code: 2, stream: 'err' },
  { name: 'option without a value', argv: ['check', BID, '-o'], code: 2, stream: 'err' },
  { name: 'bad date', argv: ['check', '--as-of', '2026-1-1', BID], code: 2, stream: 'err' },
  { name: 'bad limit syntax', argv: ['check', '--limit', 'fileBytes', BID], code: 2, stream: 'err' },
  { name: 'unknown limit', argv: ['check', '--limit', 'bytes=10', BID], code: 2, stream: 'err' },
  { name: 'zero limit', argv: ['check', '--limit', 'files=0', BID], code: 2, stream: 'err' },
  { name: 'no such path', argv: ['check', path.join(dir, 'findes-ikke')], code: 2, stream: 'err' },
  { name: 'nothing to check', argv: ['check', empty], code: 2, stream: 'err' },
  { name: 'two descriptions', argv: ['check', path.join(twoBids, 'a'), path.join(twoBids, 'b')], code: 2, stream: 'err' },
  { name: 'report to a folder', argv: ['check', BID, '-o', dir], code: 2, stream: 'err' },
  { name: 'too many arguments', argv: ['explain', 'P4', 'P5'], code: 2, stream: 'err' },
  { name: 'unknown rule', argv: ['explain', 'sol-findes-ikke'], code: 2, stream: 'err' },
  { name: 'no rules under', argv: ['rules', '-p', 'P9'], code: 2, stream: 'err' },
  { name: 'init over a file', argv: ['init', existing], code: 2, stream: 'err' },
  { name: 'init under a file', argv: ['init', path.join(existing, 'bud.yaml')], code: 2, stream: 'err' },
  { name: 'compare without bids', argv: ['compare'], code: 2, stream: 'err' },
  { name: 'compare without a tender', argv: ['compare', BID], code: 2, stream: 'err' },
  { name: 'compare with a missing tender', argv: ['compare', BID, '--tender', path.join(dir, 'findes-ikke.yaml')], code: 2, stream: 'err' },
  { name: 'compare with a missing assessments folder', argv: ['compare', BID, '--tender', TENDER, '--assessments', path.join(dir, 'findes-ikke')], code: 2, stream: 'err' },
  { name: 'compare with a bad worker count', argv: ['compare', BID, '--tender', TENDER, '--workers', 'x'], code: 2, stream: 'err' },
  { name: 'assessment without a tender', argv: ['assessment', BID], code: 2, stream: 'err' },
  { name: 'check with an assessment and no tender', argv: ['check', BID, '--assessment', existing], code: 2, stream: 'err' },
  { name: 'catalogue of nothing', argv: ['catalogue', empty], code: 2, stream: 'err' },
  { name: 'init --tender over a file', argv: ['init', '--tender', existing], code: 2, stream: 'err' },
  { name: 'two formats on standard output', argv: ['check', BID, '-f', 'html,sarif'], code: 2, stream: 'err' },
  { name: 'help', argv: ['--help'], code: 0, stream: 'out' },
  ...['check', 'compare', 'assessment', 'catalogue', 'rules', 'explain', 'schema', 'init'].map((command) => ({ name: `${command} --help`, argv: [command, '--help'], code: 0, stream: 'out' as const })),
];

/** What is not prose: quoted values, paths, options, command lines, ids and the allowed values of options. */
function prose(text: string): string {
  return text
    .replace(/«[^»]*»|'[^']*'|"[^"]*"/g, ' ')
    .replace(/\S*[/\\.=]\S*/g, ' ')
    .replace(/(^|\s)-{1,2}[\w-]+/g, ' ')
    .replace(/<[^>]*>|\[[^\]]*\]/g, ' ')
    .replace(/\b(rammetjek|check|rules|explain|schema|init|help|text|json|md|error|warning|info|never|da|en|JSON|Schema|YAML|OpenAPI|SAML|SD-\d+|P\d|AR|FK|fileBytes|files|depth|ruleSeconds|sol-[\w-]+|UTF-8)\b/g, ' ');
}

const ENGLISH = /\b(the|is|not|unknown|missing|option|options|argument|arguments|file|folder|use|usage|show|display|command|commands|valid|values?|must|give|exists|cannot|nothing|found|such|default|choices|did|you|mean|too|many|needs|see|write|written|instead|print|list|language|report|limit|limits|whole|number|positive|folders|and|of)\b/i;
const DANISH = /\b(ikke|ukendt|mangler|brug|se|fil|mappe|mappen|findes|tilvalg|værdi|gyldige?|skal|angiv|og|eller|til|er|ingen|grænsen?|rapporten|sprog|vis|skriv|tjek|kommando|mente|du|allerede|intet)\b/i;

describe.each(['da', 'en'] as const)('messages in %s', (lang) => {
  it.each(CASES)('$name', async ({ argv, code, stream }) => {
    const result = await run(...argv, '--lang', lang);
    expect(result.code).toBe(code);
    const text = result[stream];
    expect(text.trim()).not.toBe('');
    if (stream === 'err') {
      // a usage error is one line saying what was wrong; a report that could not be written is printed instead
      expect(text.trimEnd().split('\n')).toHaveLength(1);
      expect(text).toMatch(/^rammetjek: /);
    }
    const words = prose(text);
    if (lang === 'da') expect(ENGLISH.exec(words)?.[0]).toBeUndefined();
    else expect(DANISH.exec(words)?.[0]).toBeUndefined();
  });
});

describe('a usage error names the one command that helps', () => {
  it.each([
    [['check', '--frmat', BID, '--lang', 'da'], 'rammetjek: ukendt tilvalg --frmat (mente du --format?); se «rammetjek check --help»'],
    [['check', '--frmat', BID, '--lang', 'en'], "rammetjek: unknown option --frmat (did you mean --format?); see 'rammetjek check --help'"],
    [['chek', BID], 'rammetjek: ukendt kommando chek (mente du check?); se «rammetjek --help»'],
    [['rules', '-f', 'xml'], 'rammetjek: xml er ikke en gyldig værdi for --format: gyldige værdier er text, json, md; se «rammetjek rules --help»'],
    [['check', '-f', 'xml', BID], 'rammetjek: ukendt format: xml; formaterne er text, json, html, md, sarif, junit, github'],
    [['check', '--as-of', '2026-1-1', BID], 'rammetjek: 2026-1-1 er ikke en gyldig værdi for --as-of: brug ÅÅÅÅ-MM-DD; se «rammetjek check --help»'],
    [['check'], 'rammetjek: mangler argumentet stier; se «rammetjek check --help»'],
  ])('%j', async (argv, line) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(2);
    expect(err).toBe(`${line}\n`);
  });
});

describe('help names option values in its language', () => {
  it.each([
    ['da', '  --tender <fil>', '  --as-of <dato>'],
    ['en', '  --tender <file>', '  --as-of <date>'],
  ])('%s', async (lang, tender, asOf) => {
    const { out } = await run('compare', '--help', '--lang', lang);
    expect(out).toContain(tender);
    expect(out).toContain(asOf);
  });

  it('init --tender says what it wrote in one language', async () => {
    const target = path.join(mkdtempSync(path.join(tmpdir(), 'rammetjek-messages-')), 'udbud.yaml');
    const { code, out } = await run('init', '--tender', target, '--lang', 'en');
    expect([code, out]).toEqual([0, `Wrote the tender profile ${target} and the editor's schema in ${path.join(path.dirname(target), '.rammetjek', 'tender.schema.json')}\n`]);
  });
});
