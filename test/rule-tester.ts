import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { loadBid } from '../src/artefacts/bid.js';
import { formatOf, sourceText } from '../src/artefacts/files.js';
import { locateFindings, runRules } from '../src/core/engine.js';
import { compareFindings, type Finding } from '../src/core/finding.js';
import type { AnyRule, RuleDefinition } from '../src/core/rule.js';

/** Strips the common indentation of an inline document, so line numbers in tests are the lines you see. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((text, part, i) => text + part + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').replace(/\n\s*$/, '\n').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)?.[0].length ?? 0));
  return lines.map((l) => l.slice(indent)).join('\n');
}

export interface ExpectedFinding {
  readonly messageId: string;
  readonly pointer: string;
  readonly line: number;
  /** The exact English message, when the test pins the text. */
  readonly message?: string;
}

export interface Case {
  /** The solution description, as a vendor would write it. */
  readonly doc: string;
  /** Other files in the bid (paths relative to the bid root). */
  readonly files?: readonly string[];
  readonly asOf?: string;
  readonly name?: string;
}

export interface InvalidCase extends Case {
  readonly errors: readonly ExpectedFinding[];
}

export interface Cases {
  readonly valid: readonly (string | Case)[];
  readonly invalid: readonly InvalidCase[];
  /** Documents the rule must not apply to (verdict not-applicable). */
  readonly notApplicable?: readonly (string | Case)[];
}

const SOLUTION_FILE = 'loesningsbeskrivelse.yaml';

/** Runs one rule through the real loader, model, engine and locator, on one solution description. */
export async function runOn(rule: AnyRule, c: Case): Promise<{ findings: Finding[]; applicable: number }> {
  const others = c.files ?? [];
  const sources = [sourceText({ path: SOLUTION_FILE, text: c.doc }), ...others.filter((p) => formatOf(p)).map((path) => sourceText({ path, text: '' }))];
  const attachments = others.filter((p) => !formatOf(p)).map((path) => ({ path, kind: 'attachment' as const, sha256: '', bytes: 0 }));
  const loaded = await loadBid(sources, attachments);
  expect(loaded.findings, 'the test document must parse').toEqual([]);
  expect(loaded.bid.solutions, 'the test document must be a solution description (schemaVersion and solution)').toHaveLength(1);
  const [run] = runRules(loaded.bid, [rule], c.asOf ?? '2026-11-01', RULES);
  if (!run) throw new Error('no run');
  expect(run.crashed, `rule crashed: ${run.findings.map((f) => f.message.en).join('; ')}`).toBe(false);
  return { findings: locateFindings(run.findings, loaded.texts).sort(compareFindings), applicable: run.applicable };
}

const asCase = (c: string | Case): Case => (typeof c === 'string' ? { doc: c } : c);

/** ESLint-style rule tests: valid cases give no findings, invalid cases give exactly the findings listed. */
export function ruleTester(rule: RuleDefinition<'solution', string>, cases: Cases): void {
  describe(rule.id, () => {
    expect(cases.invalid.length, 'a rule needs invalid cases').toBeGreaterThan(0);
    cases.valid.forEach((c, i) => {
      it(`valid #${i + 1}${asCase(c).name ? `: ${asCase(c).name}` : ''}`, async () => {
        const { findings, applicable } = await runOn(rule as AnyRule, asCase(c));
        expect(applicable, 'a valid case must be one the rule applies to').toBe(1);
        expect(findings.map((f) => `${f.location.pointer}: ${f.message.en}`)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, async () => {
        expect(c.errors.length, 'an invalid case must expect findings').toBeGreaterThan(0);
        const { findings } = await runOn(rule as AnyRule, c);
        const pinned = (messageId: string | undefined, pointer: string) =>
          c.errors.some((e) => e.messageId === messageId && e.pointer === pointer && e.message !== undefined);
        const actual = findings.map((f) => ({
          messageId: f.messageId,
          pointer: f.location.pointer,
          line: f.location.range?.start.line,
          ...(pinned(f.messageId, f.location.pointer) ? { message: f.message.en } : {}),
        }));
        // Findings at one place come in message order; the test lists them in any order it likes.
        const byPlace = (a: { line?: number | undefined; pointer: string; messageId?: string | undefined }, b: typeof a) =>
          (a.line ?? 0) - (b.line ?? 0) || a.pointer.localeCompare(b.pointer) || (a.messageId ?? '').localeCompare(b.messageId ?? '');
        expect(actual.sort(byPlace)).toEqual(c.errors.map((e) => ({ ...e })).sort(byPlace));
        for (const f of findings) {
          expect(f.ruleId).toBe(rule.id);
          expect(f.message.da).not.toMatch(/\{\w+\}/);
          expect(f.message.en).not.toMatch(/\{\w+\}/);
          expect(f.message.da).not.toBe(f.message.en);
        }
      });
    });
    (cases.notApplicable ?? []).forEach((c, i) => {
      it(`not applicable #${i + 1}`, async () => {
        const { findings, applicable } = await runOn(rule as AnyRule, asCase(c));
        expect(applicable).toBe(0);
        expect(findings).toEqual([]);
      });
    });
  });
}
