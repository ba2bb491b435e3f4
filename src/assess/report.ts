import {
  ARCHITECTURE_RULES,
  FRAMEWORK,
  GOAL_MAPPING_SOURCE,
  GOALS,
  PRINCIPLES,
  type ArchitectureRuleId,
  type GoalId,
  type ManualAssessment,
  type PrincipleId,
} from '../../rules/catalogue/framework.js';
import type { BidFile } from '../artefacts/bid.js';
import type { SolutionModel } from '../artefacts/solution/model.js';
import type { RuleRun } from '../core/engine.js';
import { type Finding, isOpen, type Severity } from '../core/finding.js';
import type { Level, Mode, RuleTarget, SourceKind } from '../core/rule.js';
import type { Localized } from '../core/text.js';
import { coveringDeviation, deviationRegister, type DeclaredDeviation, type DeviationClaim } from './deviations.js';
import type { TenderResult } from './tender.js';

/**
 * The verdict on a rule, an architecture rule, a principle or a goal. `waived`: the buyer accepted
 * every finding of the rule by a waiver in the tender profile or the assessment.
 */
export type VerdictStatus = 'pass' | 'fail' | 'deviation' | 'waived' | 'manual' | 'not-applicable' | 'not-assessed';

export interface RuleVerdict {
  readonly ruleId: string;
  readonly catalogueId: string;
  readonly title: Localized;
  readonly appliesTo: RuleTarget;
  readonly level: Level;
  readonly mode: Mode;
  /** How firm the rule's source is: primary, secondary, or rammetjek's own (see `SourceKind`). */
  readonly sourceKind: SourceKind;
  readonly severity: Severity;
  readonly architectureRules: readonly ArchitectureRuleId[];
  readonly status: VerdictStatus;
  /** Why a rule was not assessed, so "not assessed" is never a silent gap. */
  readonly reason?: Localized;
  readonly findings: number;
  /** Indexes in the deviation register of the deviations that cover this rule. */
  readonly deviations: readonly number[];
  /** The evaluator's decision on a declared rule (from the assessment), which the verdict follows. */
  readonly decision?: Decision;
}

/** Who decided a declared rule or an architecture rule's question, and how. */
export interface Decision {
  readonly verdict: 'pass' | 'fail';
  readonly assessor: string;
  readonly date: string;
}

export interface ArchitectureRuleVerdict {
  readonly id: ArchitectureRuleId;
  readonly principle: PrincipleId;
  readonly title: Localized;
  readonly municipal: boolean;
  readonly url: string;
  readonly status: VerdictStatus;
  readonly rules: readonly string[];
  /** The question for the evaluator, when no rule decides this architecture rule. */
  readonly manual?: ManualAssessment;
  /** The evaluator's answer to the question (from the assessment). */
  readonly decision?: Decision;
}

export interface RollUp {
  readonly status: VerdictStatus;
  /** How many architecture rules have each status. */
  readonly counts: Readonly<Partial<Record<VerdictStatus, number>>>;
  readonly architectureRules: readonly ArchitectureRuleId[];
}

export interface PrincipleVerdict extends RollUp {
  readonly id: PrincipleId;
  readonly title: Localized;
  readonly url: string;
}

export interface GoalVerdict extends RollUp {
  readonly id: GoalId;
  readonly title: Localized;
  /** The goal → architecture rule mapping is rammetjek's own: KL publishes none. */
  readonly sourceKind: SourceKind;
}

export interface Mindstekrav {
  /**
   * `not-met` when a MUST rule fails; `not-assessed` when a MUST rule could not be assessed (its
   * document is missing or unreadable, or the rule crashed) — what was never checked is never "met";
   * `met` only when every MUST rule was assessed and none fails; `met-by-deviation` when some MUST
   * rule is met only by a deviation the vendor declared (listed in `deviations`): never plain "met".
   */
  readonly status: 'met' | 'met-by-deviation' | 'not-met' | 'not-assessed';
  readonly assessed: number;
  readonly failed: readonly string[];
  /** MUST rules that could not be assessed. */
  readonly notAssessed: readonly string[];
  /** MUST rules the vendor deviates from with an explanation: the buyer decides whether that is acceptable. */
  readonly deviations: readonly string[];
}

export interface Report {
  readonly reportVersion: 2;
  readonly tool: { readonly name: 'rammetjek'; readonly version: string };
  readonly ruleset: { readonly version: string; readonly sha256: string; readonly rules: number };
  readonly framework: { readonly name: Localized; readonly version: string; readonly url: string };
  /** The date the bid is judged at (YYYY-MM-DD). */
  readonly asOf: string;
  /** The bid folder as given, which every file path is relative to. */
  readonly root: string;
  readonly solution?: {
    readonly file: string;
    /** The description could not be parsed: nothing in it was judged. */
    readonly unreadable?: true;
    readonly name?: string;
    readonly version?: string;
    readonly vendor?: { readonly name?: string; readonly cvr?: string };
  };
  readonly inputs: readonly BidFile[];
  readonly summary: {
    /** Open findings by severity; covered by a deviation, and (when any) waived by the buyer. */
    readonly findings: Readonly<Record<Severity, number>> & { readonly deviation: number; readonly waived?: number };
    readonly rules: Readonly<Partial<Record<VerdictStatus, number>>>;
    readonly mindstekrav: Mindstekrav;
  };
  readonly goals: readonly GoalVerdict[];
  readonly principles: readonly PrincipleVerdict[];
  readonly architectureRules: readonly ArchitectureRuleVerdict[];
  readonly rules: readonly RuleVerdict[];
  readonly findings: readonly Finding[];
  readonly deviations: readonly DeclaredDeviation[];
  /** The evaluation against a tender profile (`check({ tender })`): mindstekrav, award score, open items, decisions. */
  readonly tender?: TenderResult;
}

export interface ReportInput {
  readonly root: string;
  readonly asOf: string;
  readonly version: string;
  readonly ruleset: Report['ruleset'];
  readonly files: readonly BidFile[];
  readonly solutions: readonly SolutionModel[];
  /** Files meant as the solution description that could not be parsed. */
  readonly unreadableSolutions?: readonly string[];
  /** Other files that could not be read or parsed, by the kinds of document they may have been. */
  readonly unreadableDocuments?: ReadonlyMap<string, readonly string[]>;
  readonly runs: readonly RuleRun[];
  /** All findings, located and sorted, including load and parse errors. */
  readonly findings: readonly Finding[];
  readonly deviations: readonly DeviationClaim[];
  /** The waiver that covers a finding (index in the tender's waiver register), for findings no deviation covers. */
  readonly waive?: (finding: Finding) => number | undefined;
  /** The evaluators' decisions on declared rules and on architecture rules' questions. */
  readonly decisions?: { readonly rules: ReadonlyMap<string, Decision>; readonly questions: ReadonlyMap<string, Decision> };
}

/** Order of precedence when verdicts roll up: the first status present wins. A rule that could not be assessed outranks a pass: "no findings" must not hide what was never checked. */
const PRECEDENCE: readonly VerdictStatus[] = ['fail', 'deviation', 'waived', 'manual', 'not-assessed', 'pass', 'not-applicable'];

function rollUp(statuses: readonly VerdictStatus[]): VerdictStatus {
  return PRECEDENCE.find((s) => statuses.includes(s)) ?? 'not-assessed';
}

function count(statuses: readonly VerdictStatus[]): Partial<Record<VerdictStatus, number>> {
  const counts: Partial<Record<VerdictStatus, number>> = {};
  for (const s of PRECEDENCE) {
    const n = statuses.filter((x) => x === s).length;
    if (n) counts[s] = n;
  }
  return counts;
}

/** Marks findings covered by an explained deviation, and decides a verdict for every rule in scope. */
export function buildReport(input: ReportInput): Report {
  const findings = input.findings.map((finding): Finding => {
    const deviation = coveringDeviation(finding, input.deviations);
    if (deviation !== undefined) return { ...finding, deviation };
    const waived = input.waive?.(finding);
    return waived !== undefined ? { ...finding, waived } : finding;
  });
  const register = deviationRegister(input.deviations, findings);
  const findingsByRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = findingsByRule.get(f.ruleId);
    if (list) list.push(f);
    else findingsByRule.set(f.ruleId, [f]);
  }
  const unreadable = input.unreadableSolutions?.[0];
  const ruleVerdicts: RuleVerdict[] = input.runs.map((run) => {
    const own = findingsByRule.get(run.rule.id) ?? [];
    const open = own.filter(isOpen);
    const decision = input.decisions?.rules.get(run.rule.id);
    // Without a solution description nothing can be judged (not assessed); a bid without, say, an
    // OpenAPI file simply offers no such interface, which cross-document rules check (not applicable).
    const missing = run.targets === 0 && (run.rule.appliesTo === 'solution' || run.rule.appliesTo === 'bid');
    // a file of the rule's kind that could not be read leaves the rule unjudged, unless it fails on what was read
    const unread = input.unreadableDocuments?.get(run.rule.appliesTo) ?? [];
    const status: VerdictStatus =
      missing || run.crashed || run.timedOut ? 'not-assessed'
      : unread.length > 0 && open.length === 0 && !decision ? 'not-assessed'
      : run.targets === 0 || run.applicable === 0 ? 'not-applicable'
      : decision ? decision.verdict
      : open.length > 0 ? 'fail'
      : own.some((f) => f.deviation !== undefined) ? 'deviation'
      : own.length > 0 ? 'waived'
      : 'pass';
    const reason: Localized | undefined =
      status !== 'not-assessed' ? undefined
      : run.crashed ? { da: 'Reglen fejlede under kontrollen (se fundet rule-error).', en: 'The rule failed while checking (see the rule-error finding).' }
      : run.timedOut ? { da: 'Reglen blev ikke kørt: tiden til reglerne var brugt (grænsen ruleSeconds).', en: 'The rule was not run: the time for the rules was used up (the ruleSeconds limit).' }
      : !missing && unread.length > 0 ? { da: `${unread.join(', ')} kunne ikke læses, og reglen gælder måske for ${unread.length === 1 ? 'den' : 'dem'}.`, en: `${unread.join(', ')} could not be read, and the rule may apply to ${unread.length === 1 ? 'it' : 'them'}.` }
      : unreadable ? { da: `Løsningsbeskrivelsen (${unreadable}) kunne ikke læses.`, en: `The solution description (${unreadable}) could not be parsed.` }
      : { da: 'Buddet indeholder ingen løsningsbeskrivelse.', en: 'The bid holds no solution description.' };
    return {
      ruleId: run.rule.id,
      catalogueId: run.rule.catalogueId,
      title: run.rule.title,
      appliesTo: run.rule.appliesTo,
      level: run.rule.level,
      mode: run.rule.mode,
      sourceKind: run.rule.sourceKind,
      severity: run.rule.severity,
      architectureRules: run.rule.architectureRules,
      status,
      ...(reason ? { reason } : {}),
      findings: own.length,
      deviations: register.filter((d) => d.covers.includes(run.rule.id)).map((d) => d.index),
      ...(decision && status === decision.verdict ? { decision } : {}),
    };
  });

  const architectureRules: ArchitectureRuleVerdict[] = ARCHITECTURE_RULES.map((ar) => {
    const rules = ruleVerdicts.filter((v) => v.architectureRules.includes(ar.id));
    // A person still has to judge an architecture rule with a manual question, whatever the machine found.
    // A MAY rule is a recommendation: its failure shows on the rule, but does not fail the architecture rule.
    const ruleStatuses = rules.map((r) => (r.level === 'MAY' && r.status === 'fail' ? 'pass' : r.status));
    const decision = input.decisions?.questions.get(ar.id);
    const answer: VerdictStatus[] = !ar.manual ? [] : decision ? [decision.verdict] : ['manual'];
    const statuses: VerdictStatus[] = [...ruleStatuses, ...answer];
    const status = rollUp(statuses);
    return {
      id: ar.id,
      principle: ar.principle,
      title: ar.title,
      municipal: ar.municipal,
      url: ar.url,
      status,
      rules: rules.map((r) => r.ruleId),
      ...(ar.manual ? { manual: ar.manual } : {}),
      ...(ar.manual && decision ? { decision } : {}),
    };
  });

  const statusOf = (ids: readonly ArchitectureRuleId[]) =>
    architectureRules.filter((ar) => ids.includes(ar.id)).map((ar) => ar.status);

  const principles: PrincipleVerdict[] = PRINCIPLES.map((p) => {
    const ids = architectureRules.filter((ar) => ar.principle === p.id).map((ar) => ar.id);
    const statuses = statusOf(ids);
    return { id: p.id, title: p.title, url: p.url, status: rollUp(statuses), counts: count(statuses), architectureRules: ids };
  });

  const goals: GoalVerdict[] = GOALS.map((g) => {
    const statuses = statusOf(g.architectureRules);
    return { id: g.id, title: g.title, sourceKind: GOAL_MAPPING_SOURCE, status: rollUp(statuses), counts: count(statuses), architectureRules: g.architectureRules };
  });

  const must = ruleVerdicts.filter((v) => v.level === 'MUST');
  const assessed = must.filter((v) => v.status !== 'not-assessed' && v.status !== 'not-applicable');
  const failed = must.filter((v) => v.status === 'fail').map((v) => v.ruleId);
  const notAssessed = must.filter((v) => v.status === 'not-assessed').map((v) => v.ruleId);
  const mustDeviations = must.filter((v) => v.status === 'deviation').map((v) => v.ruleId);

  const first = input.solutions[0];
  const s = first?.doc.solution;
  return {
    reportVersion: 2,
    tool: { name: 'rammetjek', version: input.version },
    ruleset: input.ruleset,
    framework: { name: FRAMEWORK.name, version: FRAMEWORK.version, url: FRAMEWORK.url },
    asOf: input.asOf,
    root: input.root,
    ...(!first && unreadable ? { solution: { file: unreadable, unreadable: true } } : {}),
    ...(first
      ? {
          solution: {
            file: first.file,
            ...(s?.name ? { name: s.name } : {}),
            ...(s?.version ? { version: s.version } : {}),
            ...(s?.vendor ? { vendor: { ...(s.vendor.name ? { name: s.vendor.name } : {}), ...(s.vendor.cvr ? { cvr: s.vendor.cvr } : {}) } } : {}),
          },
        }
      : {}),
    inputs: input.files,
    summary: {
      findings: {
        error: findings.filter((f) => f.severity === 'error' && isOpen(f)).length,
        warning: findings.filter((f) => f.severity === 'warning' && isOpen(f)).length,
        info: findings.filter((f) => f.severity === 'info' && isOpen(f)).length,
        deviation: findings.filter((f) => f.deviation !== undefined).length,
        ...(findings.some((f) => f.waived !== undefined) ? { waived: findings.filter((f) => f.waived !== undefined).length } : {}),
      },
      rules: count(ruleVerdicts.map((v) => v.status)),
      mindstekrav: {
        status: failed.length > 0 ? 'not-met' : notAssessed.length > 0 || assessed.length === 0 ? 'not-assessed' : mustDeviations.length > 0 ? 'met-by-deviation' : 'met',
        assessed: assessed.length,
        failed,
        notAssessed,
        deviations: mustDeviations,
      },
    },
    goals,
    principles,
    architectureRules,
    rules: ruleVerdicts,
    findings,
    deviations: register,
  };
}

