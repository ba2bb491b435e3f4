/** JSON Schema of the report's `tender` section (see src/assess/tender.ts for what each field means). */

const localized = { type: 'object', required: ['da', 'en'], additionalProperties: false, properties: { da: { type: 'string' }, en: { type: 'string' } } };
const strings = { type: 'array', items: { type: 'string' } };
const sha256 = { type: 'string', pattern: '^[0-9a-f]{64}$' };
const requirementStatus = { enum: ['met', 'not-met', 'not-assessed', 'pending'] };
const scope = { oneOf: [{ const: 'bid' }, { type: 'object', additionalProperties: false, required: ['file'], properties: { file: { type: 'string' }, pointer: { type: 'string' } } }] };

function obj(properties: Record<string, unknown>, optional: readonly string[] = []): Record<string, unknown> {
  return { type: 'object', additionalProperties: false, required: Object.keys(properties).filter((k) => !optional.includes(k)), properties };
}

export const tenderSectionSchema = obj(
  {
    file: { type: 'string' },
    sha256,
    name: { type: 'string' },
    reference: { type: 'string' },
    date: { type: 'string' },
    buyer: { type: 'string' },
    ruleset: { type: 'string' },
    profiles: strings,
    profileMatches: { type: 'boolean' },
    bid: obj({ sha256 }),
    excluded: { type: 'array', items: obj({ ruleId: { type: 'string' }, reason: { type: 'string' } }) },
    severity: { type: 'array', items: obj({ ruleId: { type: 'string' }, severity: { enum: ['error', 'warning', 'info'] } }) },
    mindstekrav: obj({
      status: requirementStatus,
      requirements: {
        type: 'array',
        items: obj({
          id: { type: 'string' }, title: { type: 'string' }, status: requirementStatus, deviationsAllowed: { type: 'boolean' }, rules: strings, questions: strings,
          failed: strings, notAssessed: strings, deviations: { type: 'array', items: { type: 'integer', minimum: 0 } }, declared: strings, waived: strings, reasons: { type: 'array', items: localized },
        }),
      },
    }),
    award: obj({
      scale: obj({ max: { type: 'number' }, deviation: { type: 'number' } }),
      criteria: {
        type: 'array',
        items: obj(
          {
            id: { type: 'string' }, title: { type: 'string' }, weight: { type: 'number' }, basis: { enum: ['rules', 'manual'] }, score: { type: 'number' }, weighted: { type: 'number' },
            parts: { type: 'array', items: obj({ ref: { type: 'string' }, status: { type: 'string' }, points: { type: 'number' }, scoredBy: { type: 'string' } }, ['points', 'scoredBy']) },
            scoredBy: { type: 'string' },
          },
          ['score', 'scoredBy'],
        ),
      },
      total: { type: 'number' },
      formula: localized,
      provisional: { type: 'boolean' },
    }),
    open: { type: 'array', items: obj({ kind: { enum: ['question', 'deviation', 'criterion', 'declared', 'assessment'] }, ref: { type: 'string' }, text: localized, blocking: { type: 'boolean' } }) },
    assessment: obj({ file: { type: 'string' }, sha256, forBid: sha256, stale: { type: 'boolean' } }),
    decisions: {
      type: 'array',
      items: obj(
        {
          ref: { type: 'string' }, verdict: { type: 'string' }, score: { type: 'number' }, assessor: { type: 'string' }, date: { type: 'string' }, note: { type: 'string' }, line: { type: 'integer', minimum: 1 },
          evidence: obj({ file: { type: 'string' }, sha256, status: { enum: ['matches', 'changed', 'missing'] } }),
        },
        ['verdict', 'score', 'note', 'evidence'],
      ),
    },
    refused: { type: 'array', items: obj({ ref: { type: 'string' }, line: { type: 'integer', minimum: 1 }, reason: localized }) },
    waivers: {
      type: 'array',
      items: obj({
        index: { type: 'integer', minimum: 0 }, source: { enum: ['tender', 'assessment'] }, file: { type: 'string' }, line: { type: 'integer', minimum: 1 }, rule: { type: 'string' }, scope,
        reason: { type: 'string' }, approvedBy: { type: 'string' }, expires: { type: 'string' }, status: { enum: ['applied', 'expired', 'unused'] }, findings: { type: 'integer', minimum: 0 },
      }),
    },
  },
  ['buyer', 'award', 'assessment'],
);
