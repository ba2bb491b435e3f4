/**
 * The evaluation of one bid against a tender profile: which rules run (and how severe), the
 * evaluators' decisions from the assessment, waivers, and from the finished report the mindstekrav
 * per requirement, the award score per criterion with its formula, and the items a person still has
 * to judge. Deviations are the vendor's claim: on a mindstekrav the buyer decides.
 */
import { createHash } from 'node:crypto';
import { ARCHITECTURE_RULES, type ArchitectureRuleId } from '../../rules/catalogue/framework.js';
import type { BidFile } from '../artefacts/bid.js';
import type { SolutionKind } from '../artefacts/solution/types.js';
import type { Finding } from '../core/finding.js';
import type { AnyRule } from '../core/rule.js';
import { normaliseRuleRef } from '../core/rule-refs.js';
import type { Localized } from '../core/text.js';
import type { Assessment, AssessmentItem, Tender, Waiver } from '../tender/load.js';
import { resolveSelector } from '../tender/resolve.js';
import type { DeviationClaim } from './deviations.js';
import type { Decision, Report, RuleVerdict } from './report.js';

export type RequirementStatus = 'met' | 'not-met' | 'not-assessed' | 'pending';

export interface RequirementResult {
  readonly id: string;
  readonly title: string;
  /**
   * `not-met`: a rule fails (or a deviation is rejected or forbidden); `not-assessed`: a rule could
   * not be assessed, or none of its rules concerned the bid; `pending`: not met unless the buyer
   * accepts a deviation or answers a question, or an evaluator confirms a rule met only on the
   * vendor's statement; `met` otherwise.
   */
  readonly status: RequirementStatus;
  readonly deviationsAllowed: boolean;
  readonly rules: readonly string[];
  readonly questions: readonly ArchitectureRuleId[];
  readonly failed: readonly string[];
  readonly notAssessed: readonly string[];
  /** Deviations (register indexes) that cover findings of the requirement's rules. */
  readonly deviations: readonly number[];
  /** Rules met only on the vendor's word, not yet confirmed by an evaluator. */
  readonly declared: readonly string[];
  readonly waived: readonly string[];
  /** Why the requirement is not met or pending, one line each. */
  readonly reasons: readonly Localized[];
}

export interface CriterionPart {
  /** A rule id or an architecture rule (its question). */
  readonly ref: string;
  readonly status: string;
  /** Points on the tender's scale; absent when the part does not count (not applicable, waived, unanswered). */
  readonly points?: number;
  /** The points were given by an evaluator. */
  readonly scoredBy?: string;
}

export interface CriterionResult {
  readonly id: string;
  readonly title: string;
  readonly weight: number;
  readonly basis: 'rules' | 'manual';
  /** Points on the scale (0 to max): the mean of the parts, or the evaluators' score; absent while unscored. */
  readonly score?: number;
  /** weight × score / max. */
  readonly weighted: number;
  readonly parts: readonly CriterionPart[];
  readonly scoredBy?: string;
}

export interface AwardResult {
  readonly scale: { readonly max: number; readonly deviation: number };
  readonly criteria: readonly CriterionResult[];
  readonly total: number;
  /** The calculation written out, so a reader can check it. */
  readonly formula: Localized;
  /** Some part is still unscored: the total may change. */
  readonly provisional: boolean;
}

export interface OpenItem {
  readonly kind: 'question' | 'deviation' | 'criterion' | 'declared' | 'assessment';
  readonly ref: string;
  readonly text: Localized;
  /** A final ranking has to wait for it. */
  readonly blocking: boolean;
}

export interface DecisionRecord {
  readonly ref: string;
  readonly verdict?: string;
  readonly score?: number;
  readonly assessor: string;
  readonly date: string;
  readonly note?: string;
  readonly line: number;
  readonly evidence?: { readonly file: string; readonly sha256: string; readonly status: 'matches' | 'changed' | 'missing' };
}

export interface RefusedDecision {
  readonly ref: string;
  readonly line: number;
  readonly reason: Localized;
}

export interface WaiverRecord {
  readonly index: number;
  readonly source: 'tender' | 'assessment';
  readonly file: string;
  readonly line: number;
  readonly rule: string;
  readonly scope: Waiver['scope'];
  readonly reason: string;
  readonly approvedBy: string;
  readonly expires: string;
  /** `applied`: it covers findings; `expired`: its date has passed and the findings count again; `unused`: nothing to cover. */
  readonly status: 'applied' | 'expired' | 'unused';
  /** Findings it covers (or would cover, when expired). */
  readonly findings: number;
}

/** The tender section of a report. */
export interface TenderResult {
  readonly file: string;
  readonly sha256: string;
  readonly name: string;
  readonly reference: string;
  readonly date: string;
  readonly buyer?: string;
  readonly ruleset: string;
  readonly profiles: readonly string[];
  /** The bid declares one of the tender's solution profiles. */
  readonly profileMatches: boolean;
  /** The bid's fingerprint (SHA-256 over its files' paths and hashes): an assessment records it. */
  readonly bid: { readonly sha256: string };
  readonly excluded: readonly { readonly ruleId: string; readonly reason: string }[];
  readonly severity: readonly { readonly ruleId: string; readonly severity: string }[];
  readonly mindstekrav: { readonly status: RequirementStatus; readonly requirements: readonly RequirementResult[] };
  readonly award?: AwardResult;
  readonly open: readonly OpenItem[];
  readonly assessment?: { readonly file: string; readonly sha256: string; readonly forBid: string; readonly stale: boolean };
  readonly decisions: readonly DecisionRecord[];
  readonly refused: readonly RefusedDecision[];
  readonly waivers: readonly WaiverRecord[];
}

/** The rules a tender runs, with its severity overrides. */
export function tenderRules(tender: Tender, rules: readonly AnyRule[]): AnyRule[] {
  const chosen = new Set(tender.rules);
  return rules.filter((r) => chosen.has(r.id)).map((r) => {
    const severity = tender.severity.get(r.id);
    return severity && severity !== r.severity ? ({ ...r, severity } as AnyRule) : r;
  });
}

/** SHA-256 over the bid's files (path and hash, reports left out): what an assessment was made for. */
export function bidFingerprint(files: readonly BidFile[]): string {
  const hash = createHash('sha256');
  for (const f of [...files].filter((f) => f.kind !== 'report').sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) hash.update(`${f.path}\u0000${f.sha256}\n`);
  return hash.digest('hex');
}

/** What the tender and the assessment decide before the report is built. */
export interface TenderPlan {
  readonly deviations: readonly DeviationClaim[];
  readonly waive: (finding: Finding) => number | undefined;
  readonly decisions: { readonly rules: ReadonlyMap<string, Decision>; readonly questions: ReadonlyMap<string, Decision> };
  readonly finish: (report: Report) => TenderResult;
}

export interface PlanInput {
  readonly tender: Tender;
  readonly assessment?: Assessment;
  readonly asOf: string;
  readonly rules: readonly AnyRule[];
  readonly files: readonly BidFile[];
  readonly findings: readonly Finding[];
  readonly deviations: readonly DeviationClaim[];
  readonly bidKinds: readonly SolutionKind[];
}

const upper = (ref: string) => normaliseRuleRef(ref).toUpperCase();

export function planTender(input: PlanInput): TenderPlan {
  const { tender, assessment, asOf } = input;
  const fingerprint = bidFingerprint(input.files);
  const max = tender.award?.scale.max;
  const inTender = new Set(tender.rules);
  const byId = new Map(input.rules.map((r) => [r.id, r]));
  const forbidden = tender.mindstekrav.filter((m) => !m.deviationsAllowed);
  const hashes = new Map(input.files.map((f) => [f.path, f.sha256]));

  const refused: RefusedDecision[] = [];
  const records: DecisionRecord[] = [];
  const ruleDecisions = new Map<string, Decision>();
  const questionDecisions = new Map<string, Decision>();
  const ruleScores = new Map<string, { points: number; by: string }>();
  const criterionScores = new Map<string, { points: number; by: string }>();
  const deviationDecisions = new Map<number, DeviationClaim['decision']>();
  const decidedAt = new Map<string, number>();

  const refuse = (item: AssessmentItem, reason: Localized) => refused.push({ ref: item.rule ?? item.criterion ?? '', line: item.line, reason });
  const once = (key: string, item: AssessmentItem): boolean => {
    const earlier = decidedAt.get(key);
    if (earlier !== undefined) {
      refuse(item, { da: `punktet er allerede afgjort i linje ${earlier}; én afgørelse pr. punkt`, en: `the item was already decided on line ${earlier}; one decision per item` });
      return false;
    }
    decidedAt.set(key, item.line);
    return true;
  };
  const scoreOk = (item: AssessmentItem): boolean => {
    if (item.score === undefined) return true;
    if (max === undefined) {
      refuse(item, { da: 'udbuddet har ingen tildelingskriterier, så der gives ikke point', en: 'the tender has no award criteria, so nothing is scored' });
      return false;
    }
    if (item.score > max) {
      refuse(item, { da: `${fmt(item.score, 'da')} point er over skalaens højeste, ${fmt(max, 'da')}`, en: `${item.score} points is above the scale's maximum, ${max}` });
      return false;
    }
    return true;
  };
  const evidenceStatus = (evidence: NonNullable<AssessmentItem['evidence']>): 'matches' | 'changed' | 'missing' =>
    !hashes.has(evidence.file) ? 'missing' : hashes.get(evidence.file) === evidence.sha256 ? 'matches' : 'changed';
  // a decision resting on a file that is not in the bid, or not the file the evaluator saw, is not applied
  const evidenceOk = (item: AssessmentItem): boolean => {
    if (!item.evidence) return true;
    const { file } = item.evidence;
    const status = evidenceStatus(item.evidence);
    if (status === 'missing') refuse(item, { da: `dokumentationen ${file} findes ikke i buddet`, en: `the evidence ${file} is not in the bid` });
    else if (status === 'changed') refuse(item, { da: `dokumentationen ${file} er ændret, siden vurderingen blev skrevet`, en: `the evidence ${file} has changed since the assessment was written` });
    return status === 'matches';
  };
  const record = (ref: string, item: AssessmentItem) => {
    const evidence = item.evidence ? { ...item.evidence, status: evidenceStatus(item.evidence) } : undefined;
    records.push({ ref, ...(item.verdict ? { verdict: item.verdict } : {}), ...(item.score !== undefined ? { score: item.score } : {}), assessor: item.assessor, date: item.date, ...(item.note ? { note: item.note } : {}), line: item.line, ...(evidence ? { evidence } : {}) });
  };

  // decisions made for another version of the bid are not applied: the evaluators must confirm them for this one
  const stale = assessment !== undefined && assessment.bid.sha256 !== fingerprint;
  for (const item of assessment?.items ?? []) {
    if (stale) {
      refuse(item, { da: 'vurderingen er lavet til en anden udgave af buddet; afgørelsen gælder ikke, før bedømmerne har bekræftet den for denne udgave', en: 'the assessment was made for another version of the bid; the decision does not apply until the evaluators confirm it for this version' });
      continue;
    }
    if (item.criterion !== undefined) {
      const criterion = tender.award?.criteria.find((c) => c.id === item.criterion);
      if (!criterion) refuse(item, { da: `udbuddet har intet tildelingskriterium ${item.criterion}`, en: `the tender has no award criterion ${item.criterion}` });
      else if (!criterion.manual) refuse(item, { da: `kriterium ${criterion.id} pointgives ud fra sine regler, ikke af bedømmerne`, en: `criterion ${criterion.id} is scored from its rules, not by the evaluators` });
      else if (item.score === undefined) refuse(item, { da: `kriterium ${criterion.id} skal have point («score»)`, en: `criterion ${criterion.id} needs a score` });
      else if (scoreOk(item) && evidenceOk(item) && once(`criterion ${criterion.id}`, item)) {
        criterionScores.set(criterion.id, { points: item.score, by: item.assessor });
        record(criterion.id, item);
      }
      continue;
    }
    const ref = item.rule as string;
    if (item.verdict === 'deviation-accepted' || item.verdict === 'deviation-rejected') {
      const selection = resolveSelector(ref, input.rules);
      const named = 'error' in selection ? [] : selection.rules;
      // the deviation the vendor wrote with this reference; else the deviations that cover the rule named
      const exact = input.deviations.filter((d) => upper(d.rule) === upper(ref));
      const claims = exact.length > 0 ? exact : input.deviations.filter((d) => d.names.some((n) => named.includes(n)));
      if (claims.length === 0) {
        refuse(item, { da: `buddet erklærer ingen afvigelse fra ${ref}`, en: `the bid declares no deviation from ${ref}` });
        continue;
      }
      if (!evidenceOk(item)) continue;
      for (const claim of claims) {
        if (!once(`deviation ${claim.index}`, item)) continue;
        if (item.verdict === 'deviation-accepted' && !claim.explained) {
          refuse(item, { da: `afvigelsen fra ${claim.rule} er ikke begrundet; leverandøren skal begrunde den, før den kan accepteres`, en: `the deviation from ${claim.rule} is not justified; the vendor must justify it before it can be accepted` });
          continue;
        }
        const barred = forbidden.find((m) => m.rules.some((r) => claim.names.includes(r) && input.findings.some((f) => f.ruleId === r)));
        if (item.verdict === 'deviation-accepted' && barred) {
          refuse(item, { da: `mindstekrav ${barred.id} tillader ikke afvigelser, så afvigelsen fra ${claim.rule} kan ikke accepteres`, en: `mandatory requirement ${barred.id} allows no deviations, so the deviation from ${claim.rule} cannot be accepted` });
          continue;
        }
        deviationDecisions.set(claim.index, { verdict: item.verdict === 'deviation-accepted' ? 'accepted' : 'rejected', assessor: item.assessor, date: item.date, ...(item.note ? { note: item.note } : {}) });
        record(claim.rule, item);
      }
      continue;
    }
    const selection = resolveSelector(ref, input.rules);
    if ('error' in selection) {
      refuse(item, selection.error);
      continue;
    }
    if (/^\s*AR\b/i.test(ref)) {
      const id = normaliseRuleRef(ref) as ArchitectureRuleId;
      if (selection.questions.length === 0) {
        refuse(item, { da: `${id} har intet spørgsmål til bedømmeren; dens regler afgøres ud fra buddets dokumenter`, en: `${id} has no question for the evaluator; its rules are decided from the bid's documents` });
      } else if (!tender.answerable.includes(id)) {
        refuse(item, { da: `${id} indgår ikke i udbuddet`, en: `${id} is not part of the tender` });
      } else if (scoreOk(item) && evidenceOk(item) && once(id, item)) {
        if (item.verdict === 'pass' || item.verdict === 'fail') questionDecisions.set(id, { verdict: item.verdict, assessor: item.assessor, date: item.date });
        if (item.score !== undefined) ruleScores.set(id, { points: item.score, by: item.assessor });
        record(id, item);
      }
      continue;
    }
    if (selection.rules.length !== 1 || selection.questions.length > 0) {
      refuse(item, { da: `${ref} er en gruppe af regler; afgør én regel eller ét spørgsmål ad gangen`, en: `${ref} is a group of rules; decide one rule or one question at a time` });
      continue;
    }
    const rule = byId.get(selection.rules[0] as string);
    if (!rule || !inTender.has(rule.id)) {
      refuse(item, { da: `reglen ${ref} indgår ikke i udbuddet`, en: `rule ${ref} is not part of the tender` });
    } else if (rule.mode === 'automatic') {
      refuse(item, { da: `${rule.id} afgøres automatisk ud fra buddets dokumenter, ikke af bedømmerne; vil ordregiver acceptere et fund, skrives en dispensation (waiver)`, en: `${rule.id} is decided automatically from the bid's documents, not by the evaluators; to accept a finding, the buyer writes a waiver` });
    } else if (scoreOk(item) && evidenceOk(item) && once(rule.id, item)) {
      if (item.verdict === 'pass' || item.verdict === 'fail') ruleDecisions.set(rule.id, { verdict: item.verdict, assessor: item.assessor, date: item.date });
      if (item.score !== undefined) ruleScores.set(rule.id, { points: item.score, by: item.assessor });
      record(rule.id, item);
    }
  }

  const deviations = input.deviations.map((d) => {
    const decision = deviationDecisions.get(d.index);
    return decision ? { ...d, decision } : d;
  });
  const waivers = [...tender.waivers, ...(assessment && !stale ? assessment.waivers : [])];
  const covers = (w: Waiver, f: Finding) =>
    w.rules.includes(f.ruleId) &&
    (w.scope === 'bid' || (w.scope.file === f.location.file && (w.scope.pointer === undefined || f.location.pointer === w.scope.pointer || f.location.pointer.startsWith(`${w.scope.pointer}/`))));
  const active = (w: Waiver) => w.expires >= asOf;
  const waive = (f: Finding) => {
    const i = waivers.findIndex((w) => active(w) && covers(w, f));
    return i >= 0 ? i : undefined;
  };

  const finish = (report: Report): TenderResult => {
    const verdicts = new Map(report.rules.map((r) => [r.ruleId, r]));
    const arStatus = new Map(report.architectureRules.map((a) => [a.id as string, a.status]));
    const open: OpenItem[] = [];
    if (stale) {
      open.push({
        kind: 'assessment',
        ref: assessment.file,
        blocking: true,
        text: { da: `Vurderingen ${assessment.file} er lavet til en anden udgave af buddet (fingeraftryk ${assessment.bid.sha256.slice(0, 12)}…, buddet har nu ${fingerprint.slice(0, 12)}…); afgørelserne gælder ikke, før bedømmerne har set dem efter.`, en: `The assessment ${assessment.file} was made for another version of the bid (fingerprint ${assessment.bid.sha256.slice(0, 12)}…, the bid now has ${fingerprint.slice(0, 12)}…); its decisions do not apply until the evaluators have reviewed them.` },
      });
    }
    const openDeviation = new Set<number>();
    const requirements = tender.mindstekrav.map((m): RequirementResult => {
      const rules = m.rules.map((id) => verdicts.get(id)).filter((v): v is RuleVerdict => v !== undefined);
      const failed = rules.filter((v) => v.status === 'fail').map((v) => v.ruleId);
      // a rule of the requirement that did not run (the caller left it out) was never checked
      const notRun = m.rules.filter((id) => !verdicts.has(id));
      const notAssessed = [...rules.filter((v) => v.status === 'not-assessed').map((v) => v.ruleId), ...notRun];
      const deviated = rules.filter((v) => v.status === 'deviation');
      const devIndexes = [...new Set(deviated.flatMap((v) => report.findings.filter((f) => f.ruleId === v.ruleId && f.deviation !== undefined).map((f) => f.deviation as number)))].sort((a, b) => a - b);
      const reasons: Localized[] = [];
      if (failed.length > 0) reasons.push({ da: `ikke opfyldt: ${failed.join(', ')}`, en: `not met: ${failed.join(', ')}` });
      if (notAssessed.length > 0) reasons.push({ da: `ikke vurderet: ${notAssessed.join(', ')}`, en: `not assessed: ${notAssessed.join(', ')}` });
      let pending = false;
      for (const index of devIndexes) {
        const d = report.deviations[index];
        if (!d) continue;
        if (!m.deviationsAllowed) {
          const hit = d.covers.filter((r) => deviated.some((v) => v.ruleId === r)).join(', ');
          reasons.push({ da: `ikke opfyldt: ${hit}; afvigelsen fra ${d.rule} tæller ikke, for kravet tillader ikke afvigelser`, en: `not met: ${hit}; the deviation from ${d.rule} does not count, as the requirement allows no deviations` });
        } else if (!d.decision) {
          pending = true;
          reasons.push({ da: `ikke opfyldt, medmindre ordregiver accepterer afvigelsen fra ${d.rule}`, en: `not met unless the buyer accepts the deviation from ${d.rule}` });
          if (!openDeviation.has(index)) {
            openDeviation.add(index);
            open.push({ kind: 'deviation', ref: d.rule, blocking: true, text: { da: `Afgør afvigelsen fra ${d.rule} (${d.findings.length} fund; mindstekrav ${m.id}): deviation-accepted eller deviation-rejected.`, en: `Decide the deviation from ${d.rule} (${d.findings.length} ${d.findings.length === 1 ? 'finding' : 'findings'}; mandatory requirement ${m.id}): deviation-accepted or deviation-rejected.` } });
          }
        }
      }
      const forbiddenHit = !m.deviationsAllowed && deviated.length > 0;
      for (const q of m.questions) {
        const decision = questionDecisions.get(q);
        if (decision?.verdict === 'fail') reasons.push({ da: `${q}: bedømt ikke opfyldt af ${decision.assessor}`, en: `${q}: judged not met by ${decision.assessor}` });
        else if (!decision) {
          pending = true;
          reasons.push({ da: `${q} afventer bedømmernes svar`, en: `${q} awaits the evaluators' answer` });
        }
      }
      // a rule met only on the vendor's word is no more settled than an unanswered question
      const declared = rules.filter((v) => v.mode === 'declared' && v.status === 'pass' && !v.decision).map((v) => v.ruleId);
      if (declared.length > 0) {
        pending = true;
        reasons.push({ da: `afventer bedømmerne: ${declared.join(', ')} bygger kun på leverandørens erklæring`, en: `awaits the evaluators: ${declared.join(', ')} rests only on the vendor's statement` });
      }
      const questionFailed = m.questions.some((q) => questionDecisions.get(q)?.verdict === 'fail');
      const applied = rules.filter((v) => v.status !== 'not-applicable').length + m.questions.length;
      if (applied === 0) reasons.push({ da: 'ingen af kravets regler vedrører buddet, så kravet er ikke vurderet', en: 'none of the requirement’s rules concern the bid, so it was not assessed' });
      const status: RequirementStatus =
        failed.length > 0 || forbiddenHit || questionFailed ? 'not-met'
        : notAssessed.length > 0 || applied === 0 ? 'not-assessed'
        : pending ? 'pending'
        : 'met';
      return {
        id: m.id,
        title: m.title,
        status,
        deviationsAllowed: m.deviationsAllowed,
        rules: m.rules,
        questions: m.questions,
        failed: [...failed, ...(forbiddenHit ? deviated.map((v) => v.ruleId) : [])],
        notAssessed,
        deviations: devIndexes,
        declared,
        waived: rules.filter((v) => v.status === 'waived').map((v) => v.ruleId),
        reasons,
      };
    });
    for (const q of tender.questions) {
      if (!questionDecisions.has(q) && !open.some((o) => o.ref === q)) {
        const ar = ARCHITECTURE_RULES.find((a) => a.id === q);
        if (ar?.manual) open.push({ kind: 'question', ref: q, blocking: true, text: ar.manual.question });
      }
    }
    const award = tender.award ? scoreAward(tender.award, verdicts, arStatus, questionDecisions, ruleScores, criterionScores, open) : undefined;
    // only a pass or fail decision confirms the vendor's statement; points alone do not
    const mandatory = new Set(tender.mindstekrav.flatMap((m) => m.rules));
    const declaredOpen = [...new Set([...mandatory, ...(tender.award?.criteria ?? []).flatMap((c) => c.rules)])]
      .map((id) => verdicts.get(id))
      .filter((v): v is RuleVerdict => v !== undefined && v.mode === 'declared' && v.status === 'pass' && !v.decision);
    for (const v of declaredOpen.sort((a, b) => (a.ruleId < b.ruleId ? -1 : 1))) {
      // inside a mindstekrav it holds up a final ranking; inside award criteria only it does not
      open.push({ kind: 'declared', ref: v.ruleId, blocking: mandatory.has(v.ruleId), text: { da: `${v.ruleId} bygger på leverandørens erklæring; bekræft den mod dokumentationen.`, en: `${v.ruleId} rests on the vendor's statement; confirm it against the evidence.` } });
    }
    const overall: RequirementStatus =
      requirements.some((r) => r.status === 'not-met') ? 'not-met'
      : requirements.some((r) => r.status === 'not-assessed') ? 'not-assessed'
      : requirements.some((r) => r.status === 'pending') ? 'pending'
      : 'met';
    return {
      file: tender.file,
      sha256: tender.sha256,
      name: tender.name,
      reference: tender.reference,
      date: tender.date,
      ...(tender.buyer ? { buyer: tender.buyer } : {}),
      ruleset: tender.ruleset,
      profiles: tender.profiles,
      profileMatches: input.bidKinds.some((k) => tender.profiles.includes(k)),
      bid: { sha256: fingerprint },
      excluded: tender.excluded,
      severity: [...tender.severity].map(([ruleId, severity]) => ({ ruleId, severity })),
      mindstekrav: { status: overall, requirements },
      ...(award ? { award } : {}),
      open,
      ...(assessment ? { assessment: { file: assessment.file, sha256: assessment.sha256, forBid: assessment.bid.sha256, stale } } : {}),
      decisions: records,
      refused,
      waivers: waivers.map((w, index) => {
        const matched = report.findings.filter((f) => f.deviation === undefined && covers(w, f));
        const applied = report.findings.filter((f) => f.waived === index).length;
        return {
          index,
          source: w.source,
          file: w.file,
          line: w.line,
          rule: w.rule,
          scope: w.scope,
          reason: w.reason,
          approvedBy: w.approvedBy,
          expires: w.expires,
          status: !active(w) ? 'expired' : applied > 0 ? 'applied' : 'unused',
          findings: active(w) ? applied : matched.length,
        };
      }),
    };
  };
  return { deviations, waive, decisions: { rules: ruleDecisions, questions: questionDecisions }, finish };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** A number as Danish or English writes it: 8,33 / 8.33. */
export function fmt(n: number, lang: 'da' | 'en'): string {
  const text = String(round(n));
  return lang === 'da' ? text.replace('.', ',') : text;
}

function scoreAward(
  award: NonNullable<Tender['award']>,
  verdicts: ReadonlyMap<string, RuleVerdict>,
  arStatus: ReadonlyMap<string, string>,
  questions: ReadonlyMap<string, Decision>,
  ruleScores: ReadonlyMap<string, { points: number; by: string }>,
  criterionScores: ReadonlyMap<string, { points: number; by: string }>,
  open: OpenItem[],
): AwardResult {
  const { max, deviation } = award.scale;
  let provisional = false;
  const criteria = award.criteria.map((c): CriterionResult => {
    if (c.manual) {
      const given = criterionScores.get(c.id);
      if (!given) {
        provisional = true;
        open.push({ kind: 'criterion', ref: c.id, blocking: true, text: { da: `Giv point for kriterium ${c.id} (${c.title}): ${c.manual}`, en: `Score criterion ${c.id} (${c.title}): ${c.manual}` } });
      }
      return { id: c.id, title: c.title, weight: c.weight, basis: 'manual', ...(given ? { score: round(given.points), scoredBy: given.by } : {}), weighted: given ? round((c.weight * given.points) / max) : 0, parts: [] };
    }
    const parts: CriterionPart[] = c.rules.map((id) => {
      const v = verdicts.get(id);
      const status = v?.status ?? 'not-assessed';
      const given = ruleScores.get(id);
      if (status === 'not-applicable' || status === 'waived') return { ref: id, status };
      if (given) return { ref: id, status, points: given.points, scoredBy: given.by };
      const points = status === 'pass' ? max : status === 'deviation' ? max * deviation : 0;
      return { ref: id, status, points };
    });
    for (const q of c.questions) {
      const given = ruleScores.get(q);
      const decision = questions.get(q);
      const status = decision ? decision.verdict : (arStatus.get(q) ?? 'manual');
      if (given) parts.push({ ref: q, status, points: given.points, scoredBy: given.by });
      else if (decision) parts.push({ ref: q, status, points: decision.verdict === 'pass' ? max : 0, scoredBy: decision.assessor });
      else {
        provisional = true;
        parts.push({ ref: q, status: 'manual' });
      }
    }
    const counted = parts.filter((p) => p.points !== undefined).map((p) => p.points as number);
    const score = counted.length > 0 ? round(counted.reduce((a, b) => a + b, 0) / counted.length) : 0;
    return { id: c.id, title: c.title, weight: c.weight, basis: 'rules', score, weighted: round((c.weight * score) / max), parts };
  });
  const total = round(criteria.reduce((sum, c) => sum + c.weighted, 0));
  const term = (c: CriterionResult, lang: 'da' | 'en') => `${c.id} ${fmt(c.weight, lang)} × ${c.score === undefined ? '–' : fmt(c.score, lang)}/${fmt(max, lang)}`;
  const formula = {
    da: `Σ vægt × point / ${fmt(max, 'da')} = ${criteria.map((c) => term(c, 'da')).join(' + ')} = ${fmt(total, 'da')}`,
    en: `Σ weight × points / ${fmt(max, 'en')} = ${criteria.map((c) => term(c, 'en')).join(' + ')} = ${fmt(total, 'en')}`,
  };
  return { scale: award.scale, criteria, total, formula, provisional };
}
