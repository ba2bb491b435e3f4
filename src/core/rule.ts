import type { ArchitectureRuleId } from '../../rules/catalogue/framework.js';
import type { Bid } from '../artefacts/bid.js';
import type { SolutionModel } from '../artefacts/solution/model.js';
import type { OpenApiModel } from '../artefacts/openapi/model.js';
import type { MemoModel, SamlModel, WsdlModel } from '../artefacts/xml/model.js';
import type { XmlElement } from '../artefacts/xml/parse.js';
import type { Range, Severity } from './finding.js';
import type { RuleIdentity } from './rule-refs.js';
import type { Localized } from './text.js';

/** What a rule reads. `bid` rules see every artefact of the bid at once (cross-document rules). */
export interface Models {
  solution: SolutionModel;
  openapi: OpenApiModel;
  saml: SamlModel;
  wsdl: WsdlModel;
  memo: MemoModel;
  bid: Bid;
}
export type RuleTarget = keyof Models;

/** How binding a rule is in a procurement: MUST rules are candidate mindstekrav. */
export type Level = 'MUST' | 'SHOULD' | 'MAY';

/**
 * How a rule is decided: `automatic` — from the artefacts alone; `declared` — the vendor states it
 * and points to evidence, which the buyer confirms; `manual` — only a person can decide.
 */
export type Mode = 'automatic' | 'declared' | 'manual';

/**
 * How firm the rule's ground is: `primary` — the owner's own normative text (DigSt, KL, KOMBIT, a
 * standard, a law); `secondary` — someone else's reading of it (reference code, vendor guides, other
 * countries' API guides, a hearing draft); `ours` — rammetjek's own mapping or judgement, which no
 * source states. The report carries it, so a buyer knows which findings rest on firm ground.
 */
export type SourceKind = 'primary' | 'secondary' | 'ours';

/** A place in a document: a pointer into the rule's own document, a file and pointer, or an XML element (which knows its place). */
export type At = string | { readonly file: string; readonly pointer: string; readonly range?: Range } | XmlElement;

export interface ReportDescriptor<M extends string> {
  readonly at: At;
  readonly messageId: M;
  readonly data?: Readonly<Record<string, string | number>>;
  /** Point at the property name instead of its value (e.g. a property that should not be there). */
  readonly key?: boolean;
}

export interface RuleContext<M extends string> {
  /** The date the bid is judged at (YYYY-MM-DD): certificate and report ages are relative to it. */
  readonly asOf: string;
  /** The rules taking part in this run, for rules that resolve references to other rules. */
  readonly ruleset: readonly RuleIdentity[];
  report(descriptor: ReportDescriptor<M>): void;
}

export interface RuleDefinition<T extends RuleTarget = RuleTarget, M extends string = string> {
  /** Stable kebab-case id, equal to the rule's folder name; never reused. */
  readonly id: string;
  /** The id in the rule catalogue (e.g. `SD-009`), kept as an alias. */
  readonly catalogueId: string;
  readonly title: Localized;
  readonly architectureRules: readonly [ArchitectureRuleId, ...ArchitectureRuleId[]];
  readonly appliesTo: T;
  readonly severity: Severity;
  readonly level: Level;
  readonly mode: Mode;
  readonly sourceKind: SourceKind;
  /** Where the requirement comes from: URLs, or a seed document. */
  readonly sources: readonly string[];
  readonly messages: Readonly<Record<M, Localized>>;
  readonly fix: Localized;
  /** False when the rule does not concern this solution (e.g. no citizen self-service): verdict not-applicable. */
  applies?(model: Models[T]): boolean;
  /** Synchronous and pure: reads the model, reports findings, never does I/O. */
  check(model: Models[T], context: RuleContext<M>): void;
}

/** Any rule, whatever it reads. */
export type AnyRule = { [T in RuleTarget]: RuleDefinition<T> }[RuleTarget];

/** Declares a rule; the object is frozen so a rule cannot change its own metadata at run time. */
export function defineRule<T extends RuleTarget, M extends string>(
  rule: RuleDefinition<T, M>,
): RuleDefinition<T, M> {
  return Object.freeze(rule);
}
