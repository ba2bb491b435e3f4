import { tenderSectionSchema } from '../tender/report-schema.js';

/**
 * JSON Schema (draft 2020-12) of the report (reportVersion 2), published as
 * schemas/report.schema.json. Tests validate every fixture report against it.
 */

const localized = { type: 'object', required: ['da', 'en'], additionalProperties: false, properties: { da: { type: 'string' }, en: { type: 'string' } } };
const status = { enum: ['pass', 'fail', 'deviation', 'waived', 'manual', 'not-applicable', 'not-assessed'] };
const severity = { enum: ['error', 'warning', 'info'] };
const counts = { type: 'object', propertyNames: status, additionalProperties: { type: 'integer', minimum: 1 } };
const position = { type: 'object', required: ['line', 'column'], additionalProperties: false, properties: { line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 } } };
const architectureRuleId = { type: 'string', pattern: '^AR [1-8]\\.[0-9]$' };
const decision = { type: 'object', additionalProperties: false, required: ['verdict', 'assessor', 'date'], properties: { verdict: { enum: ['pass', 'fail'] }, assessor: { type: 'string' }, date: { type: 'string' } } };

export const REPORT_SCHEMA_ID = 'https://schemas.rammetjek.dk/report/2.json';

export const reportSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: REPORT_SCHEMA_ID,
  title: 'rammetjek report',
  description: 'A conformance report: verdicts per rule, architecture rule, principle and goal, with the findings behind them. Texts are given in Danish and English.',
  type: 'object',
  additionalProperties: false,
  required: ['reportVersion', 'tool', 'ruleset', 'framework', 'asOf', 'root', 'inputs', 'summary', 'goals', 'principles', 'architectureRules', 'rules', 'findings', 'deviations'],
  properties: {
    reportVersion: { const: 2 },
    tool: { type: 'object', additionalProperties: false, required: ['name', 'version'], properties: { name: { const: 'rammetjek' }, version: { type: 'string' } } },
    ruleset: { type: 'object', additionalProperties: false, required: ['version', 'sha256', 'rules'], properties: { version: { type: 'string' }, sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' }, rules: { type: 'integer', minimum: 0 } } },
    framework: { type: 'object', additionalProperties: false, required: ['name', 'version', 'url'], properties: { name: localized, version: { type: 'string' }, url: { type: 'string' } } },
    asOf: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    root: { type: 'string' },
    solution: {
      type: 'object', additionalProperties: false, required: ['file'],
      properties: { file: { type: 'string' }, unreadable: { const: true }, name: { type: 'string' }, version: { type: 'string' }, vendor: { type: 'object', additionalProperties: false, properties: { name: { type: 'string' }, cvr: { type: 'string' } } } },
    },
    inputs: {
      type: 'array',
      items: { type: 'object', additionalProperties: false, required: ['path', 'kind', 'sha256', 'bytes'], properties: { path: { type: 'string' }, kind: { enum: ['solution', 'openapi', 'saml-metadata', 'saml-idp-metadata', 'wsdl', 'memo', 'xml', 'unknown', 'attachment', 'report'] }, sha256: { type: 'string' }, bytes: { type: 'integer', minimum: 0 } } },
    },
    summary: {
      type: 'object', additionalProperties: false, required: ['findings', 'rules', 'mindstekrav'],
      properties: {
        findings: { type: 'object', additionalProperties: false, required: ['error', 'warning', 'info', 'deviation'], properties: { error: { type: 'integer' }, warning: { type: 'integer' }, info: { type: 'integer' }, deviation: { type: 'integer' }, waived: { type: 'integer' } } },
        rules: counts,
        mindstekrav: { type: 'object', additionalProperties: false, required: ['status', 'assessed', 'failed', 'notAssessed', 'deviations'], properties: { status: { enum: ['met', 'met-by-deviation', 'not-met', 'not-assessed'] }, assessed: { type: 'integer' }, failed: { type: 'array', items: { type: 'string' } }, notAssessed: { type: 'array', items: { type: 'string' } }, deviations: { type: 'array', items: { type: 'string' } } } },
      },
    },
    goals: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['id', 'title', 'sourceKind', 'status', 'counts', 'architectureRules'], properties: { id: { type: 'string' }, title: localized, sourceKind: { enum: ['primary', 'secondary', 'ours'] }, status, counts, architectureRules: { type: 'array', items: architectureRuleId } } } },
    principles: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['id', 'title', 'url', 'status', 'counts', 'architectureRules'], properties: { id: { type: 'string', pattern: '^P[1-8]$' }, title: localized, url: { type: 'string' }, status, counts, architectureRules: { type: 'array', items: architectureRuleId } } } },
    architectureRules: {
      type: 'array',
      items: {
        type: 'object', additionalProperties: false, required: ['id', 'principle', 'title', 'municipal', 'url', 'status', 'rules'],
        properties: { id: architectureRuleId, principle: { type: 'string' }, title: localized, municipal: { type: 'boolean' }, url: { type: 'string' }, status, rules: { type: 'array', items: { type: 'string' } }, manual: { type: 'object', additionalProperties: false, required: ['question', 'evidence'], properties: { question: localized, evidence: localized } }, decision },
      },
    },
    rules: {
      type: 'array',
      items: {
        type: 'object', additionalProperties: false,
        required: ['ruleId', 'catalogueId', 'title', 'appliesTo', 'level', 'mode', 'sourceKind', 'severity', 'architectureRules', 'status', 'findings', 'deviations'],
        properties: { ruleId: { type: 'string' }, catalogueId: { type: 'string' }, title: localized, appliesTo: { type: 'string' }, level: { enum: ['MUST', 'SHOULD', 'MAY'] }, mode: { enum: ['automatic', 'declared', 'manual'] }, sourceKind: { enum: ['primary', 'secondary', 'ours'] }, severity, architectureRules: { type: 'array', items: architectureRuleId }, status, reason: localized, findings: { type: 'integer', minimum: 0 }, deviations: { type: 'array', items: { type: 'integer' } }, decision },
      },
    },
    findings: {
      type: 'array',
      items: {
        type: 'object', additionalProperties: false,
        required: ['ruleId', 'catalogueId', 'severity', 'message', 'fix', 'location', 'architectureRules'],
        properties: {
          ruleId: { type: 'string' }, catalogueId: { type: 'string' }, messageId: { type: 'string' }, severity, message: localized, fix: localized,
          location: { type: 'object', additionalProperties: false, required: ['file', 'pointer'], properties: { file: { type: 'string' }, pointer: { type: 'string' }, key: { type: 'boolean' }, range: { type: 'object', additionalProperties: false, required: ['start', 'end'], properties: { start: position, end: position } } } },
          architectureRules: { type: 'array', items: architectureRuleId },
          deviation: { type: 'integer', minimum: 0 },
          waived: { type: 'integer', minimum: 0 },
        },
      },
    },
    deviations: {
      type: 'array',
      items: {
        type: 'object', additionalProperties: false, required: ['index', 'file', 'pointer', 'rule', 'justification', 'mitigation', 'covers', 'findings', 'explained', 'known'],
        properties: {
          index: { type: 'integer' }, file: { type: 'string' }, pointer: { type: 'string' }, rule: { type: 'string' }, justification: { type: 'string' }, mitigation: { type: 'string' }, evidence: { type: 'string' }, covers: { type: 'array', items: { type: 'string' } },
          findings: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['ruleId', 'file', 'pointer'], properties: { ruleId: { type: 'string' }, file: { type: 'string' }, pointer: { type: 'string' }, line: { type: 'integer', minimum: 1 } } } },
          explained: { type: 'boolean' }, known: { type: 'boolean' },
          decision: { type: 'object', additionalProperties: false, required: ['verdict', 'assessor', 'date'], properties: { verdict: { enum: ['accepted', 'rejected'] }, assessor: { type: 'string' }, date: { type: 'string' }, note: { type: 'string' } } },
        },
      },
    },
    tender: tenderSectionSchema,
  },
} as const;
