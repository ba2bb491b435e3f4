import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import type { AnyRule } from '../src/core/rule.js';
import { runOn } from './rule-tester.js';
import { docExamples, readDoc } from './rule-docs.js';

/** Every example in a rule doc does what the doc says: invalid ones give findings of the rule, valid ones none. */
describe('rule doc examples', () => {
  for (const rule of RULES as readonly AnyRule[]) {
    for (const lang of ['da', 'en'] as const) {
      for (const example of docExamples(readDoc(`${rule.appliesTo}/${rule.id}`, lang))) {
        it(`${rule.id} doc.${lang}.md line ${example.line} is ${example.kind}`, async () => {
          const [doc = '', ...parts] = example.text.split(/^--- # (?:fil|file): /m);
          const documents = Object.fromEntries(parts.map((part) => [part.slice(0, part.indexOf('\n')).trim(), part.slice(part.indexOf('\n') + 1)]));
          const { findings, applicable } = await runOn(rule, { doc, documents, files: alsoInBid(example.text) });
          if (example.kind === 'valid') {
            expect(applicable).toBeGreaterThan(0);
            expect(findings.map((f) => f.message.en)).toEqual([]);
          } else {
            expect(findings.length).toBeGreaterThan(0);
          }
        });
      }
    }
  }
});

/** An example may say which other files the bid holds, in a comment on its first line. */
function alsoInBid(text: string): string[] {
  const m = /^# (?:buddet indeholder også|the bid also holds): (.+)$/m.exec(text.split('\n')[0] ?? '');
  return m?.[1] ? m[1].split(',').map((f) => f.trim()) : [];
}
