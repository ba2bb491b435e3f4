import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { solutionSchema } from '../src/artefacts/solution/schema.js';
import { REPO } from '../test/rule-docs.js';
import { RULES } from './index.js';

/**
 * Phrasings that read as translated, found in a review of the Danish texts: an English genitive
 * apostrophe on a name (KOMBIT's → KOMBITs), calques, and leftovers from the seed documents.
 */
const TRANSLATED: readonly RegExp[] = [
  /påstande \(assertions\)/i,
  /typet som det, de er/i,
  /hentes i sider/i,
  /fundet nævner/i,
  /\b(KOMBIT|KL|SKI|NSP|FDA|IT-System-AP|Node)[’']s\b/,
  /seed-strategi/i,
  /pr\. buddets dato/i,
  /plain http/i,
];

function danishTexts(): { where: string; text: string }[] {
  const texts: { where: string; text: string }[] = [];
  for (const rule of RULES) {
    texts.push({ where: `${rule.id} doc.da.md`, text: readFileSync(path.join(REPO, 'rules', rule.appliesTo, rule.id, 'doc.da.md'), 'utf8') });
    for (const [key, value] of Object.entries({ title: rule.title, fix: rule.fix, ...rule.messages })) texts.push({ where: `${rule.id} ${key}`, text: value.da });
  }
  const walk = (schema: unknown, at: string): void => {
    if (!schema || typeof schema !== 'object') return;
    const s = schema as Record<string, unknown>;
    if (typeof s['description'] === 'string') texts.push({ where: `schema ${at}`, text: String(s['description']).split('\n\n')[0] ?? '' });
    for (const [key, sub] of Object.entries(s)) if (typeof sub === 'object') walk(sub, `${at}/${key}`);
  };
  walk(solutionSchema, '');
  texts.push({ where: 'templates/loesningsbeskrivelse.yaml', text: readFileSync(path.join(REPO, 'templates', 'loesningsbeskrivelse.yaml'), 'utf8') });
  return texts;
}

describe('the Danish texts read as Danish', () => {
  it('use none of the translated-sounding phrasings', () => {
    const hits = danishTexts().flatMap(({ where, text }) => TRANSLATED.filter((re) => re.test(text)).map((re) => `${where}: ${re.source}`));
    expect(hits).toEqual([]);
  });
});
