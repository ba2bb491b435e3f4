import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseData } from '../src/artefacts/parse.js';
import { solutionSchema } from '../src/artefacts/solution/schema.js';
import { validateSolution } from '../src/artefacts/solution/validate.js';
import { publishedSchemas } from '../scripts/schemas.js';
import { generateValidators } from '../scripts/validators.js';
import { REPO } from './rule-docs.js';

/** Every property schema in the solution schema, with its path. */
function properties(schema: Record<string, unknown>, at = ''): [string, Record<string, unknown>][] {
  const out: [string, Record<string, unknown>][] = [];
  const props = schema['properties'] as Record<string, Record<string, unknown>> | undefined;
  for (const [name, sub] of Object.entries(props ?? {})) {
    out.push([`${at}/${name}`, sub], ...properties(sub, `${at}/${name}`));
  }
  const items = schema['items'] as Record<string, unknown> | undefined;
  if (items) out.push(...properties(items, `${at}/*`));
  return out;
}

describe('the generated validators', () => {
  it('are in step with the schemas (run `npm run generate` after changing a schema)', () => {
    for (const [file, code] of Object.entries(generateValidators())) {
      expect(readFileSync(path.join(REPO, 'src', 'generated', file), 'utf8'), file).toBe(code);
    }
  });
});

describe('the published schemas', () => {
  it('are in step with their sources (run `npm run generate` after changing a schema)', () => {
    for (const [file, text] of Object.entries(publishedSchemas())) {
      expect(readFileSync(path.join(REPO, 'schemas', file), 'utf8'), file).toBe(text);
    }
  });
});

describe('the solution description schema', () => {
  it('gives every field a Danish and an English title and description', () => {
    const fields = properties(solutionSchema);
    expect(fields.length).toBeGreaterThan(150);
    for (const [where, field] of fields) {
      expect(field['title'], where).toMatch(/^[^·]+ · [^·]+$/);
      const [da, en, ...rest] = String(field['description']).split('\n\n');
      expect(rest, where).toEqual([]);
      expect(da?.trim(), where).toBeTruthy();
      expect(en?.trim(), where).toBeTruthy();
      expect(da, where).not.toBe(en);
    }
  });

  it('accepts the templates that `rammetjek init` writes, and the two say the same but for comments and example texts', async () => {
    const da = readFileSync(path.join(REPO, 'templates', 'loesningsbeskrivelse.yaml'), 'utf8');
    const en = readFileSync(path.join(REPO, 'templates', 'solution-description.en.yaml'), 'utf8');
    expect(validateSolution(parseData(da, 'yaml'))).toEqual([]);
    expect(validateSolution(parseData(en, 'yaml'))).toEqual([]);
    const shape = (value: unknown): unknown => (Array.isArray(value) ? value.map(shape) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)])) : typeof value);
    expect(shape(parseData(en, 'yaml'))).toEqual(shape(parseData(da, 'yaml')));
  });

  it('accepts the example bids', async () => {
    for (const bid of ['borgerservice-selvbetjening', 'sagssystem-med-afvigelser']) {
      const text = readFileSync(path.join(REPO, 'fixtures', 'bids', bid, 'loesningsbeskrivelse.yaml'), 'utf8');
      expect(validateSolution(parseData(text, 'yaml')), bid).toEqual([]);
    }
  });
});
