import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { RULES, RULESET_VERSION } from '../../rules/index.js';
import { ARCHITECTURE_RULES, type ArchitectureRuleId } from '../../rules/catalogue/framework.js';
import { ParseFailure, parseData } from '../artefacts/parse.js';
import { UsageError } from '../core/errors.js';
import type { Severity } from '../core/finding.js';
import type { RuleIdentity } from '../core/rule-refs.js';
import type { Localized } from '../core/text.js';
import { locate } from '../location/locate.js';
import { child } from '../location/pointer.js';
import { resolveSelector, type Selection } from './resolve.js';
import { assessmentSchema, tenderSchema } from './schema.js';
import type { AssessmentInput, AssessmentItemInput, SolutionProfile, TenderInput, WaiverInput } from './types.js';

/** A problem in a tender profile or an assessment, at its line. */
export interface InputProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: Localized;
}

/** A tender profile or assessment that cannot be used: every problem with file and line. Never a silent default. */
export class TenderInputError extends UsageError {
  override name = 'TenderInputError';
  constructor(readonly problems: readonly InputProblem[]) {
    const lines = (lang: 'da' | 'en') => problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message[lang]}`).join('\n  ');
    super({ da: `${problems.length === 1 ? 'fejl' : `${problems.length} fejl`} i ${problems[0]?.file ?? ''}:\n  ${lines('da')}`, en: `${problems.length === 1 ? 'error' : `${problems.length} errors`} in ${problems[0]?.file ?? ''}:\n  ${lines('en')}` });
  }
}

/** A waiver as resolved: where it was written, and the rules it names. */
export interface Waiver {
  readonly source: 'tender' | 'assessment';
  readonly file: string;
  readonly line: number;
  readonly rule: string;
  readonly rules: readonly string[];
  readonly scope: WaiverInput['scope'];
  readonly reason: string;
  readonly approvedBy: string;
  readonly expires: string;
}

export interface Requirement {
  readonly id: string;
  readonly title: string;
  readonly rules: readonly string[];
  readonly questions: readonly ArchitectureRuleId[];
  readonly deviationsAllowed: boolean;
}

export interface Criterion {
  readonly id: string;
  readonly title: string;
  readonly weight: number;
  readonly rules: readonly string[];
  readonly questions: readonly ArchitectureRuleId[];
  /** What the evaluators score, for a manually scored criterion. */
  readonly manual?: string;
}

/** A tender profile, checked and resolved against the rule set: ready for `check` and `compare`. */
export interface Tender {
  readonly kind: 'tender';
  readonly file: string;
  /** The profile's text, so workers can load the very same profile. */
  readonly text: string;
  readonly sha256: string;
  readonly name: string;
  readonly reference: string;
  readonly date: string;
  readonly buyer?: string;
  readonly ruleset: string;
  readonly profiles: readonly SolutionProfile[];
  /** The rules that are run, in rule-set order. */
  readonly rules: readonly string[];
  /** Architecture-rule questions the tender asks the evaluators (under its mindstekrav and criteria): open until answered. */
  readonly questions: readonly ArchitectureRuleId[];
  /** Every architecture-rule question in the tender's scope: the evaluators may answer these. */
  readonly answerable: readonly ArchitectureRuleId[];
  readonly excluded: readonly { readonly ruleId: string; readonly reason: string }[];
  readonly severity: ReadonlyMap<string, Severity>;
  readonly mindstekrav: readonly Requirement[];
  readonly award?: { readonly scale: { readonly max: number; readonly deviation: number }; readonly criteria: readonly Criterion[] };
  readonly waivers: readonly Waiver[];
}

export interface AssessmentItem extends AssessmentItemInput {
  readonly line: number;
}

/** One bid's assessment, parsed and validated; what it may decide is judged against the report. */
export interface Assessment {
  readonly kind: 'assessment';
  readonly file: string;
  readonly sha256: string;
  readonly tender?: string;
  readonly bid: AssessmentInput['bid'];
  readonly items: readonly AssessmentItem[];
  readonly waivers: readonly Waiver[];
}

/** A tender profile or assessment given by path, or as text with the name to report it by. */
export type InputSource = string | { readonly file: string; readonly text: string };

async function read(source: InputSource): Promise<{ file: string; text: string; sha256: string }> {
  if (typeof source !== 'string') return { ...source, sha256: createHash('sha256').update(source.text).digest('hex') };
  let bytes: Buffer;
  try {
    bytes = await readFile(source);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT' ? { da: `${source} findes ikke`, en: `${source} does not exist` } : { da: `${source} kan ikke læses (${code ?? String(cause)})`, en: `${source} cannot be read (${code ?? String(cause)})` },
      { cause },
    );
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  // the hash of the text, so a profile read from disk and the same text given in memory have one identity
  return { file: source, text, sha256: createHash('sha256').update(text).digest('hex') };
}

let validators: { tender: ValidateFunction; assessment: ValidateFunction } | undefined;
function validator(which: 'tender' | 'assessment'): ValidateFunction {
  validators ??= (() => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    return { tender: ajv.compile(tenderSchema), assessment: ajv.compile(assessmentSchema) };
  })();
  return validators[which];
}

/** Parses and schema-checks a document; every problem comes back with its line. */
function parseChecked(file: string, text: string, which: 'tender' | 'assessment'): { data: unknown; at: (pointer: string, key?: boolean) => { line: number; column: number } } {
  const format = path.extname(file).toLowerCase() === '.json' ? 'json' : 'yaml';
  const at = (pointer: string, key = false) => {
    const range = locate(text, format, [{ pointer, key }])[0];
    return range?.start ?? { line: 1, column: 1 };
  };
  let data: unknown;
  try {
    data = parseData(text, format);
  } catch (error) {
    const failure = error instanceof ParseFailure ? error : undefined;
    throw new TenderInputError([{ file, line: failure?.line ?? 1, column: failure?.column ?? 1, message: { da: `filen kan ikke læses som ${format.toUpperCase()}: ${failure?.message ?? String(error)}`, en: `the file cannot be parsed as ${format.toUpperCase()}: ${failure?.message ?? String(error)}` } }]);
  }
  // a list whose entries are all commented out (as in a fresh assessment) is empty, not null
  if (data !== null && typeof data === 'object') {
    for (const key of ['verdicts', 'waivers', 'excluded', 'severity', 'mindstekrav']) {
      if ((data as Record<string, unknown>)[key] === null) delete (data as Record<string, unknown>)[key];
    }
  }
  const validate = validator(which);
  if (!validate(data)) {
    const errors = relevant(validate.errors ?? []);
    throw new TenderInputError(errors.map((e) => ({ file, ...at(pointerOf(e), e.keyword === 'additionalProperties'), message: schemaMessage(e) })));
  }
  return { data, at };
}

/** ajv reports every branch of a oneOf; the branch errors under it say less than the oneOf itself. */
function relevant(errors: readonly ErrorObject[]): ErrorObject[] {
  const oneOf = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath);
  return errors.filter((e) => e.keyword === 'oneOf' || !oneOf.some((p) => e.instancePath.startsWith(p) && e.instancePath !== p) && !oneOf.includes(e.instancePath));
}

function pointerOf(e: ErrorObject): string {
  if (e.keyword === 'additionalProperties') return child(e.instancePath, String((e.params as { additionalProperty: string }).additionalProperty));
  return e.instancePath;
}

function schemaMessage(e: ErrorObject): Localized {
  const where = e.instancePath || '/';
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { da: `feltet «${String(p['missingProperty'])}» mangler under ${where}`, en: `field '${String(p['missingProperty'])}' is missing under ${where}` };
    case 'additionalProperties':
      return { da: `feltet «${String(p['additionalProperty'])}» kendes ikke (stavefejl?)`, en: `field '${String(p['additionalProperty'])}' is unknown (a typo?)` };
    case 'enum':
      return { da: `${where} skal være en af: ${(p['allowedValues'] as unknown[]).join(', ')}`, en: `${where} must be one of: ${(p['allowedValues'] as unknown[]).join(', ')}` };
    case 'const':
      return { da: `${where} skal være ${JSON.stringify(p['allowedValue'])}`, en: `${where} must be ${JSON.stringify(p['allowedValue'])}` };
    case 'type':
      return { da: `${where} har forkert type (forventet ${String(p['type'])})`, en: `${where} has the wrong type (expected ${String(p['type'])})` };
    case 'pattern':
      return { da: `${where} har ikke den rette form (${String(p['pattern'])})`, en: `${where} does not have the right form (${String(p['pattern'])})` };
    case 'oneOf':
      return { da: `${where} skal være «bid» eller en fil med eventuel pointer`, en: `${where} must be "bid" or a file with an optional pointer` };
    default:
      return { da: `${where} er ugyldig (${e.keyword})`, en: `${where} is invalid (${e.keyword})` };
  }
}

/** `2026.11.0` < `2027.1.0`: versions compared number by number. */
function newer(a: string, b: string): boolean {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return false;
}

/** Reads a tender profile, checks it against its schema and the rule set, and resolves its selectors. Throws {@link TenderInputError}. */
export async function loadTender(source: InputSource, rules: readonly RuleIdentity[] = RULES): Promise<Tender> {
  const { file, text, sha256 } = await read(source);
  const { data, at } = parseChecked(file, text, 'tender');
  const input = data as TenderInput;
  const problems: InputProblem[] = [];
  const problem = (pointer: string, message: Localized) => problems.push({ file, ...at(pointer), message });
  const select = (ref: string, pointer: string): Selection => {
    const selection = resolveSelector(ref, rules);
    if ('error' in selection) {
      problem(pointer, selection.error);
      return { rules: [], questions: [] };
    }
    return selection;
  };
  const selectAll = (refs: readonly string[], pointer: string): Selection => {
    const all = refs.map((ref, i) => select(ref, child(pointer, i)));
    return { rules: [...new Set(all.flatMap((s) => s.rules))], questions: [...new Set(all.flatMap((s) => s.questions))] };
  };

  if (newer(input.ruleset, RULESET_VERSION)) {
    problem('/ruleset', { da: `udbudsprofilen er skrevet til regelsæt ${input.ruleset}, men denne rammetjek har regelsæt ${RULESET_VERSION}; opdatér rammetjek`, en: `the tender profile was written for ruleset ${input.ruleset}, but this rammetjek has ruleset ${RULESET_VERSION}; update rammetjek` });
  }
  const excluded = new Map<string, string>();
  (input.excluded ?? []).forEach((e, i) => {
    for (const id of select(e.rule, child('/excluded', i, 'rule')).rules) excluded.set(id, e.reason);
  });
  const severity = new Map<string, Severity>();
  (input.severity ?? []).forEach((s, i) => {
    for (const id of select(s.rule, child('/severity', i, 'rule')).rules) severity.set(id, s.severity);
  });

  const duplicates = (ids: readonly string[], pointer: string, what: Localized) => {
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) problem(child(pointer, i, 'id'), { da: `${what.da} ${id} står to gange`, en: `${what.en} ${id} appears twice` });
    });
  };
  const mindstekrav: Requirement[] = (input.mindstekrav ?? []).map((m, i) => {
    const s = selectAll(m.rules, child('/mindstekrav', i, 'rules'));
    for (const id of s.rules.filter((r) => excluded.has(r))) {
      problem(child('/mindstekrav', i, 'rules'), { da: `mindstekrav ${m.id} bygger på reglen ${id}, som udbudsprofilen også fravælger`, en: `mandatory requirement ${m.id} rests on rule ${id}, which the tender profile also excludes` });
    }
    return { id: m.id, title: m.title, rules: s.rules, questions: s.questions, deviationsAllowed: m.deviations !== 'forbidden' };
  });
  duplicates(mindstekrav.map((m) => m.id), '/mindstekrav', { da: 'mindstekravet', en: 'mandatory requirement' });

  let award: Tender['award'];
  if (input.award) {
    const criteria: Criterion[] = input.award.criteria.map((c, i) => {
      const pointer = child('/award/criteria', i);
      if ((c.rules === undefined) === (c.manual === undefined)) {
        problem(pointer, { da: `kriterium ${c.id} skal have enten «rules» (pointgives ud fra reglerne) eller «manual» (pointgives af bedømmerne), ikke ${c.rules ? 'begge' : 'ingen af dem'}`, en: `criterion ${c.id} needs either 'rules' (scored from the rules) or 'manual' (scored by the evaluators), not ${c.rules ? 'both' : 'neither'}` });
      }
      const s = c.rules ? selectAll(c.rules, child(pointer, 'rules')) : { rules: [], questions: [] };
      const used = s.rules.filter((r) => !excluded.has(r));
      if (c.rules && used.length === 0 && s.questions.length === 0 && s.rules.length > 0) {
        problem(child(pointer, 'rules'), { da: `kriterium ${c.id} har ingen regler tilbage: de er alle fravalgt`, en: `criterion ${c.id} has no rules left: all are excluded` });
      }
      return { id: c.id, title: c.title, weight: c.weight, rules: used, questions: s.questions, ...(c.manual ? { manual: c.manual } : {}) };
    });
    duplicates(criteria.map((c) => c.id), '/award/criteria', { da: 'kriteriet', en: 'criterion' });
    const sum = criteria.reduce((total, c) => total + c.weight, 0);
    if (Math.abs(sum - 100) > 1e-9) {
      const shown = Number(sum.toFixed(4));
      problem('/award/criteria', { da: `vægtene giver tilsammen ${String(shown).replace('.', ',')}, ikke 100 (${criteria.map((c) => `${c.id} ${String(c.weight).replace('.', ',')}`).join(' + ')})`, en: `the weights add up to ${shown}, not 100 (${criteria.map((c) => `${c.id} ${c.weight}`).join(' + ')})` });
    }
    award = { scale: input.award.scale, criteria };
  }
  const waivers = resolveWaivers(input.waivers ?? [], 'tender', file, select, at);
  if (problems.length > 0) throw new TenderInputError(problems);

  const selected = input.rules ? selectAll(input.rules, '/rules') : undefined;
  const chosen = new Set<string>(selected ? selected.rules : rules.map((r) => r.id));
  for (const m of mindstekrav) for (const r of m.rules) chosen.add(r);
  for (const c of award?.criteria ?? []) for (const r of c.rules) chosen.add(r);
  const questions = new Set<ArchitectureRuleId>([...mindstekrav.flatMap((m) => m.questions), ...(award?.criteria ?? []).flatMap((c) => c.questions)]);
  return {
    kind: 'tender',
    file,
    text,
    sha256,
    name: input.name,
    reference: input.reference,
    date: input.date,
    ...(input.buyer ? { buyer: input.buyer } : {}),
    ruleset: input.ruleset,
    profiles: input.profiles,
    rules: rules.map((r) => r.id).filter((id) => chosen.has(id) && !excluded.has(id)),
    questions: [...questions].sort(),
    answerable: selected ? [...new Set([...questions, ...selected.questions])].sort() : ARCHITECTURE_RULES.filter((ar) => ar.manual).map((ar) => ar.id),
    excluded: rules.map((r) => r.id).filter((id) => excluded.has(id)).map((ruleId) => ({ ruleId, reason: excluded.get(ruleId) as string })),
    severity,
    mindstekrav,
    ...(award ? { award } : {}),
    waivers,
  };
}

function resolveWaivers(
  inputs: readonly WaiverInput[],
  source: Waiver['source'],
  file: string,
  select: (ref: string, pointer: string) => Selection,
  at: (pointer: string) => { line: number },
): Waiver[] {
  return inputs.map((w, i) => ({
    source,
    file,
    line: at(child('/waivers', i)).line,
    rule: w.rule,
    rules: select(w.rule, child('/waivers', i, 'rule')).rules,
    scope: w.scope,
    reason: w.reason,
    approvedBy: w.approvedBy,
    expires: w.expires,
  }));
}

/** Reads one bid's assessment and checks it against its schema; what it decides is judged when the bid is checked. Throws {@link TenderInputError}. */
export async function loadAssessment(source: InputSource, rules: readonly RuleIdentity[] = RULES): Promise<Assessment> {
  const { file, text, sha256 } = await read(source);
  const { data, at } = parseChecked(file, text, 'assessment');
  const input = data as AssessmentInput;
  const problems: InputProblem[] = [];
  const items = (input.verdicts ?? []).map((v, i) => {
    if ((v.rule === undefined) === (v.criterion === undefined)) {
      problems.push({ file, ...at(child('/verdicts', i)), message: { da: 'en afgørelse skal have enten «rule» eller «criterion»', en: "a decision needs either 'rule' or 'criterion'" } });
    }
    if (v.verdict === undefined && v.score === undefined) {
      problems.push({ file, ...at(child('/verdicts', i)), message: { da: 'en afgørelse skal have «verdict», «score» eller begge', en: "a decision needs 'verdict', 'score' or both" } });
    }
    return { ...v, line: at(child('/verdicts', i)).line };
  });
  const select = (ref: string, pointer: string): Selection => {
    const selection = resolveSelector(ref, rules);
    if ('error' in selection) {
      problems.push({ file, ...at(pointer), message: selection.error });
      return { rules: [], questions: [] };
    }
    return selection;
  };
  const waivers = resolveWaivers(input.waivers ?? [], 'assessment', file, select, at);
  if (problems.length > 0) throw new TenderInputError(problems);
  return { kind: 'assessment', file, sha256, ...(input.tender ? { tender: input.tender } : {}), bid: input.bid, items, waivers };
}
