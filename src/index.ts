/**
 * rammetjek: checks IT solutions offered to Danish municipalities against the fælleskommunale
 * rammearkitektur. Importing this module has no side effects and opens no network connections.
 * @packageDocumentation
 */
export { check, type CheckOptions, type Timing } from './check.js';
export { DEFAULT_LIMITS, type Limits } from './core/limits.js';
export { defineRule } from './core/rule.js';
export type { AnyRule, At, Level, Mode, ReportDescriptor, RuleContext, RuleDefinition, RuleTarget, SourceKind } from './core/rule.js';
export type { Finding, Location, Position, Range, Severity } from './core/finding.js';
export type { Lang, Localized } from './core/text.js';
export { RammetjekError, RuleError, UsageError } from './core/errors.js';
export type {
  ArchitectureRuleVerdict,
  GoalVerdict,
  Mindstekrav,
  PrincipleVerdict,
  Report,
  RuleVerdict,
  VerdictStatus,
} from './assess/report.js';
export type { CoveredFinding, DeclaredDeviation, DeviationDecision } from './assess/deviations.js';
export type { Decision } from './assess/report.js';
export type {
  AwardResult,
  CriterionPart,
  CriterionResult,
  DecisionRecord,
  OpenItem,
  RefusedDecision,
  RequirementResult,
  RequirementStatus,
  TenderResult,
  WaiverRecord,
} from './assess/tender.js';
export { loadAssessment, loadTender, TenderInputError } from './tender/load.js';
export type { Assessment, AssessmentItem, Criterion, InputProblem, InputSource, Requirement, Tender, Waiver } from './tender/load.js';
export type { AssessmentInput, AssessmentItemInput, AssessmentVerdict, TenderInput, WaiverInput } from './tender/types.js';
export { tenderSchema, assessmentSchema } from './tender/schema.js';
export { comparisonSchema } from './tender/comparison-schema.js';
export { compare, type BidColumn, type Comparison, type CompareOptions, type ComparisonRow, type Progress, type RowKind } from './assess/compare.js';
export { renderComparisonCsv, renderComparisonJson, renderComparisonText } from './reporters/comparison.js';
export { catalogueEntry, type CatalogueEntry } from './assess/catalogue.js';
export type { BidFile } from './artefacts/bid.js';
export type { InputDocument, InputFile } from './artefacts/files.js';
export type { SolutionDescription } from './artefacts/solution/types.js';
export type { SolutionModel } from './artefacts/solution/model.js';
export { solutionSchema } from './artefacts/solution/schema.js';
export { reportSchema } from './assess/report-schema.js';
export { renderJson } from './reporters/json.js';
export { renderText, type TextOptions } from './reporters/text.js';
export { renderHtml, type HtmlOptions } from './reporters/html.js';
export { neutralise } from './reporters/neutralise.js';
export { renderMarkdown, type MarkdownOptions } from './reporters/markdown.js';
export { renderSarif, type SarifOptions } from './reporters/sarif.js';
export { renderJunit, type JunitOptions } from './reporters/junit.js';
export { renderGithub, type GithubOptions } from './reporters/github.js';
export { FORMATS, FILE_NAMES, render, type Format, type RenderOptions } from './reporters/formats.js';
export { RULES, RULESET_VERSION } from '../rules/index.js';
export { ARCHITECTURE_RULES, GOALS, PRINCIPLES, FRAMEWORK } from '../rules/catalogue/framework.js';
export { VERSION } from './version.js';
