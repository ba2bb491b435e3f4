/** JSON Schema (draft 2020-12) of `rammetjek compare --format json`, published as schemas/comparison.schema.json. */

const localized = { type: 'object', required: ['da', 'en'], additionalProperties: false, properties: { da: { type: 'string' }, en: { type: 'string' } } };
const sha256 = { type: 'string', pattern: '^[0-9a-f]{64}$' };
const requirementStatus = { enum: ['met', 'not-met', 'not-assessed', 'pending'] };

function obj(properties: Record<string, unknown>, optional: readonly string[] = []): Record<string, unknown> {
  return { type: 'object', additionalProperties: false, required: Object.keys(properties).filter((k) => !optional.includes(k)), properties };
}

export const COMPARISON_SCHEMA_ID = 'https://schemas.rammetjek.dk/comparison/1.json';

export const comparisonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: COMPARISON_SCHEMA_ID,
  title: 'rammetjek comparison',
  description: 'Bids checked against one tender profile, side by side: a row per mandatory requirement, award criterion, principle and goal, a column per bid, the ranking of the conforming bids and the items still open. Texts are given in Danish and English.',
  ...obj({
    comparisonVersion: { const: 1 },
    tool: obj({ name: { const: 'rammetjek' }, version: { type: 'string' } }),
    ruleset: obj({ version: { type: 'string' } }),
    tender: obj(
      { file: { type: 'string' }, sha256, name: { type: 'string' }, reference: { type: 'string' }, date: { type: 'string' }, buyer: { type: 'string' }, scale: obj({ max: { type: 'number' }, deviation: { type: 'number' } }) },
      ['buyer', 'scale'],
    ),
    bids: {
      type: 'array',
      items: obj(
        {
          id: { type: 'string' },
          path: { type: 'string' },
          status: { enum: ['checked', 'unreadable'] },
          error: localized,
          solution: obj({ name: { type: 'string' }, version: { type: 'string' }, vendor: { type: 'string' } }, ['name', 'version', 'vendor']),
          fingerprint: sha256,
          profileMatches: { type: 'boolean' },
          mindstekrav: requirementStatus,
          total: { type: 'number' },
          provisional: { type: 'boolean' },
          findings: obj({ error: { type: 'integer' }, warning: { type: 'integer' }, info: { type: 'integer' } }),
          assessment: obj({ file: { type: 'string' }, stale: { type: 'boolean' } }),
          open: { type: 'array', items: obj({ kind: { enum: ['question', 'deviation', 'criterion', 'declared', 'assessment'] }, ref: { type: 'string' }, text: localized, blocking: { type: 'boolean' } }) },
        },
        ['error', 'solution', 'fingerprint', 'profileMatches', 'mindstekrav', 'total', 'provisional', 'findings', 'assessment', 'open'],
      ),
    },
    rows: {
      type: 'array',
      items: obj(
        { kind: { enum: ['mindstekrav', 'criterion', 'total', 'principle', 'goal'] }, id: { type: 'string' }, title: localized, weight: { type: 'number' }, values: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'null' }] } } },
        ['weight'],
      ),
    },
    ranking: { type: 'array', items: obj({ rank: { type: 'integer', minimum: 1 }, bid: { type: 'string' }, total: { type: 'number' } }) },
    notRanked: { type: 'array', items: obj({ bid: { type: 'string' }, reason: localized }) },
    final: { type: 'boolean' },
  }),
} as const;
