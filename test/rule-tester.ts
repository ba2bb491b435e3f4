import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { loadBid } from '../src/artefacts/bid.js';
import { formatOf, sourceText } from '../src/artefacts/files.js';
import { locateFindings, runRules } from '../src/core/engine.js';
import { compareFindings, type Finding } from '../src/core/finding.js';
import type { AnyRule, RuleDefinition, RuleTarget } from '../src/core/rule.js';

/** Strips the common indentation of an inline document, so line numbers in tests are the lines you see. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  // raw: a backslash in a YAML pattern (\d) stays a backslash
  const raw = strings.raw.reduce((text, part, i) => text + part + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').replace(/\n\s*$/, '\n').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)?.[0].length ?? 0));
  return lines.map((l) => l.slice(indent)).join('\n');
}

export interface ExpectedFinding {
  /** The file of the finding, when it is not the main document. */
  readonly file?: string;
  readonly messageId: string;
  readonly pointer: string;
  readonly line: number;
  /** The exact English message, when the test pins the text. */
  readonly message?: string;
}

export interface Case {
  /** The main document: a solution description, or for OpenAPI rules a spec, as a vendor would write it. */
  readonly doc: string;
  /** Where the main document is in the bid. */
  readonly path?: string;
  /** Other documents in the bid, with their text. */
  readonly documents?: Readonly<Record<string, string>>;
  /** Other files in the bid, whose content does not matter (paths relative to the bid root). */
  readonly files?: readonly string[];
  readonly asOf?: string;
  readonly name?: string;
  /** Documents in the test that are broken on purpose. */
  readonly unparsable?: readonly string[];
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

const MAIN_FILE: Record<RuleTarget, string> = { solution: 'loesningsbeskrivelse.yaml', openapi: 'openapi.yaml', saml: 'saml/sp-metadata.xml', wsdl: 'wsdl/service.wsdl', memo: 'memo/besked.xml', bid: 'loesningsbeskrivelse.yaml' };

/** Runs one rule through the real loader, models, engine and locator, on a small bid. */
export async function runOn(rule: AnyRule, c: Case): Promise<{ findings: Finding[]; applicable: number; main: string }> {
  const main = c.path ?? MAIN_FILE[rule.appliesTo];
  const others = c.files ?? [];
  const sources = [
    sourceText({ path: main, text: c.doc }),
    ...Object.entries(c.documents ?? {}).map(([path, text]) => sourceText({ path, text })),
    ...others.filter((p) => formatOf(p)).map((path) => sourceText({ path, text: '' })),
  ];
  const attachments = others.filter((p) => !formatOf(p)).map((path) => ({ path, kind: 'attachment' as const, sha256: '', bytes: 0 }));
  const loaded = await loadBid(sources, attachments);
  expect(loaded.findings.map((f) => f.location.file), 'the test documents must parse (unless listed as unparsable)').toEqual([...(c.unparsable ?? [])]);
  if (rule.appliesTo === 'solution') expect(loaded.bid.solutions, 'the main document must be a solution description (schemaVersion and solution)').toHaveLength(1);
  if (rule.appliesTo === 'openapi') expect(loaded.bid.openapis.map((o) => o.file), 'the main document must be an OpenAPI document').toContain(main);
  if (rule.appliesTo === 'saml') expect(loaded.bid.samls.map((o) => o.file), 'the main document must be SAML SP metadata').toContain(main);
  if (rule.appliesTo === 'wsdl') expect(loaded.bid.wsdls.map((o) => o.file), 'the main document must be a WSDL').toContain(main);
  if (rule.appliesTo === 'memo') expect(loaded.bid.memos.map((o) => o.file), 'the main document must be a MeMo message').toContain(main);
  const [run] = runRules(loaded.bid, [rule], c.asOf ?? '2026-11-01', RULES);
  if (!run) throw new Error('no run');
  expect(run.crashed, `rule crashed: ${run.findings.map((f) => f.message.en).join('; ')}`).toBe(false);
  return { findings: locateFindings(run.findings, loaded.texts).sort(compareFindings), applicable: run.applicable, main };
}

const asCase = (c: string | Case): Case => (typeof c === 'string' ? { doc: c } : c);

/** ESLint-style rule tests: valid cases give no findings, invalid cases give exactly the findings listed. */
export function ruleTester<T extends RuleTarget>(rule: RuleDefinition<T, string>, cases: Cases): void {
  describe(rule.id, () => {
    expect(cases.invalid.length, 'a rule needs invalid cases').toBeGreaterThan(0);
    cases.valid.forEach((c, i) => {
      it(`valid #${i + 1}${asCase(c).name ? `: ${asCase(c).name}` : ''}`, async () => {
        const { findings, applicable } = await runOn(rule as AnyRule, asCase(c));
        expect(applicable, 'a valid case must be one the rule applies to').toBeGreaterThan(0);
        expect(findings.map((f) => `${f.location.pointer}: ${f.message.en}`)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, async () => {
        expect(c.errors.length, 'an invalid case must expect findings').toBeGreaterThan(0);
        const { findings, main } = await runOn(rule as AnyRule, c);
        const pinned = (messageId: string | undefined, pointer: string) =>
          c.errors.some((e) => e.messageId === messageId && e.pointer === pointer && e.message !== undefined);
        const actual = findings.map((f) => ({
          ...(f.location.file !== main ? { file: f.location.file } : {}),
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
          // every placeholder of the message was filled in
          const template = rule.messages[f.messageId as string];
          for (const lang of ['da', 'en'] as const) {
            for (const [placeholder] of template?.[lang].matchAll(/\{\w+\}/g) ?? []) expect(f.message[lang]).not.toContain(placeholder);
          }
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
