import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARCHITECTURE_RULES } from '../rules/catalogue/framework.js';
import { RULES } from '../rules/index.js';
import { renderRulesDoc, renderSolutionDoc } from '../scripts/rules-doc.js';
import { DOC_OUTLINE, readDoc, REPO, ruleFolders } from './rule-docs.js';

describe('rule registry', () => {
  it('lists exactly the rule folders', () => {
    expect(RULES.map((r) => `${r.appliesTo}/${r.id}`).sort()).toEqual(ruleFolders());
  });

  it('is sorted by id, with unique ids and catalogue ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    const catalogue = RULES.map((r) => r.catalogueId);
    expect(new Set(catalogue).size).toBe(catalogue.length);
  });

  it('gives every rule a kebab-case id, sources, and texts in both languages', () => {
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
      expect(rule.sources.length, rule.id).toBeGreaterThan(0);
      for (const text of [rule.title, rule.fix, ...Object.values(rule.messages)]) {
        expect(text.da.trim(), rule.id).not.toBe('');
        expect(text.en.trim(), rule.id).not.toBe('');
      }
      expect(rule.title.da, rule.id).not.toBe(rule.title.en);
    }
  });

  it('covers every architecture rule with a rule or a question for the evaluator', () => {
    for (const ar of ARCHITECTURE_RULES) {
      const served = RULES.some((r) => (r.architectureRules as readonly string[]).includes(ar.id));
      expect(served || ar.manual !== undefined, ar.id).toBe(true);
    }
  });
});

describe('rule docs', () => {
  for (const rule of RULES) {
    for (const lang of ['da', 'en'] as const) {
      it(`${rule.id} doc.${lang}.md has the fixed outline`, () => {
        const doc = readDoc(`${rule.appliesTo}/${rule.id}`, lang);
        const lines = doc.split('\n');
        expect(lines[0]).toBe(`# ${rule.id}`);
        expect(lines[2], 'the summary line equals the title').toBe(rule.title[lang]);
        const headings = lines.filter((l) => /^#{2,3} /.test(l));
        expect(headings).toEqual(DOC_OUTLINE[lang]);
        expect(doc).toMatch(/```(yaml|xml|json) invalid\n/);
        expect(doc).toMatch(/```(yaml|xml|json) valid\n/);
      });
    }
  }
});

describe('generated docs are in step (run `npm run docs` after changing a rule or the schema)', () => {
  for (const [name, render] of [['rules.md', renderRulesDoc], ['solution-description.md', renderSolutionDoc]] as const) {
    it(`docs/${name}`, () => {
      const file = path.join(REPO, 'docs', name);
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe(render());
    });
  }
});
