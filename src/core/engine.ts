import type { Bid } from '../artefacts/bid.js';
import { locate } from '../location/locate.js';
import { diagnostic } from './diagnostics.js';
import { RuleError } from './errors.js';
import type { Finding, Location } from './finding.js';
import type { AnyRule, At, Models, RuleDefinition, RuleTarget } from './rule.js';
import { fillLocalized } from './text.js';

/** What running one rule over a bid gave. */
export interface RuleRun {
  readonly rule: AnyRule;
  /** Documents the rule could read (0: its artefact is missing → not assessed). */
  readonly targets: number;
  /** Documents the rule applied to (0 of several targets → not applicable). */
  readonly applicable: number;
  readonly crashed: boolean;
  /** Not run: the time limit for the rules had passed (the verdict is not assessed). */
  readonly timedOut?: boolean;
  readonly findings: readonly Finding[];
  /** Milliseconds spent, for --timing. */
  readonly ms: number;
}

/** The documents a rule of each target reads, and the file a bare pointer refers to. */
function targetsOf<T extends RuleTarget>(bid: Bid, target: T): { model: Models[T]; file: string }[] {
  switch (target) {
    case 'solution':
      return bid.solutions.map((s) => ({ model: s as Models[T], file: s.file }));
    case 'openapi':
      return bid.openapis.map((o) => ({ model: o as Models[T], file: o.file }));
    case 'saml':
      return bid.samls.map((m) => ({ model: m as Models[T], file: m.file }));
    case 'wsdl':
      return bid.wsdls.map((m) => ({ model: m as Models[T], file: m.file }));
    case 'memo':
      return bid.memos.map((m) => ({ model: m as Models[T], file: m.file }));
    case 'bid':
      // cross-document rules compare the solution description with the rest; without one there is nothing to compare
      return bid.solutions.length > 0 ? [{ model: bid as Models[T], file: bid.solutions[0]?.file ?? '' }] : [];
  }
  return [];
}

/** Runs each rule over its documents (`ruleset`: every rule of the run, when `rules` is a part of it). A rule that throws is reported as a rule-error; the others go on. */
export function runRules(bid: Bid, rules: readonly AnyRule[], asOf: string, ruleset: readonly AnyRule[] = rules, budgetMs = Number.POSITIVE_INFINITY): RuleRun[] {
  const deadline = performance.now() + budgetMs;
  // a rule cannot be stopped midway (rules are synchronous), but no rule starts after the deadline
  return rules.map((rule) =>
    performance.now() > deadline
      ? { rule, targets: targetsOf(bid, rule.appliesTo).length, applicable: 0, crashed: false, timedOut: true, findings: [], ms: 0 }
      : runRule(bid, rule as RuleDefinition, asOf, ruleset),
  );
}

function runRule(bid: Bid, rule: RuleDefinition, asOf: string, ruleset: readonly AnyRule[]): RuleRun {
  const started = performance.now();
  const findings: Finding[] = [];
  const targets = targetsOf(bid, rule.appliesTo);
  let applicable = 0;
  let crashed = false;
  for (const { model, file } of targets) {
    try {
      if (rule.applies && !rule.applies(model)) continue;
      applicable++;
      rule.check(model, {
        asOf,
        ruleset,
        report: ({ at, messageId, data, key }) => {
          const template = rule.messages[messageId];
          if (!template) throw new Error(`rule ${rule.id} has no message ${messageId}`);
          findings.push({
            ruleId: rule.id,
            catalogueId: rule.catalogueId,
            messageId,
            severity: rule.severity,
            message: fillLocalized(template, data),
            fix: rule.fix,
            // Object.assign, not a spread: a spread in hot code gives every object a hidden class of its own
            location: key ? Object.assign(locationOf(at, file), { key }) : locationOf(at, file),
            architectureRules: rule.architectureRules,
          });
        },
      });
    } catch (cause) {
      crashed = true;
      const error = new RuleError(rule.id, file, { cause });
      findings.push(
        diagnostic(
          'rule-error',
          { da: `Reglen ${rule.id} fejlede: ${error.message}`, en: `The rule ${rule.id} failed: ${error.message}` },
          { file, pointer: '' },
        ),
      );
    }
  }
  return { rule: rule as AnyRule, targets: targets.length, applicable, crashed, findings, ms: performance.now() - started };
}

function locationOf(at: At, file: string): Location {
  if (typeof at === 'string') return { file, pointer: at };
  // an XML element knows its path and range; it belongs to the rule's document
  if ('range' in at && 'local' in at) return { file, pointer: at.path, range: at.range };
  return at.range ? { file: at.file, pointer: at.pointer, range: at.range } : { file: at.file, pointer: at.pointer };
}

/** Adds line/column ranges to findings, reading each file with findings once, for just those pointers. */
export function locateFindings(findings: readonly Finding[], texts: ReadonlyMap<string, string>): Finding[] {
  const byFile = new Map<string, number[]>();
  findings.forEach((f, i) => {
    if (f.location.range || !texts.has(f.location.file)) return;
    const list = byFile.get(f.location.file);
    if (list) list.push(i);
    else byFile.set(f.location.file, [i]);
  });
  const located = [...findings];
  for (const [file, indexes] of byFile) {
    const text = texts.get(file) as string;
    if (/^\uFEFF?\s*</.test(text)) continue; // XML findings carry their range from the element
    const format = /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'yaml';
    const ranges = locate(text, format, indexes.map((i) => ({ pointer: findings[i]!.location.pointer, key: findings[i]!.location.key === true })));
    indexes.forEach((i, n) => {
      const range = ranges[n];
      const finding = findings[i] as Finding;
      if (range) located[i] = { ...finding, location: Object.assign({}, finding.location, { range }) };
    });
  }
  return located;
}
