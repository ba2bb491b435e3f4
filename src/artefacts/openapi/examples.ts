import { LimitExceeded } from '../../core/limits.js';
import type { Localized } from '../../core/text.js';
import type { Located, OpenApiModel } from './model.js';
import { PatternCache } from './patterns.js';
import { deref, isObject } from './refs.js';

/** Why an example does not match its schema: the first problem, and where in the example it is. */
export interface ExampleProblem {
  readonly path: string;
  readonly message: Localized;
}

type Schema = Record<string, unknown>;

/** Work allowed for one example; past it the example is left undecided rather than hang the check. */
const MAX_STEPS = 200_000;
const BUDGET = new Error('example check budget');

/** Formats checked on example strings; run by RE2 like the bid's own patterns, since the strings are the bid's. */
const FORMATS: Record<string, string> = {
  date: String.raw`^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$`,
  'date-time': String.raw`^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):?[0-5]\d)$`,
  uuid: String.raw`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`,
  email: String.raw`^[^\s@]+@[^\s@]+\.[^\s@]+$`,
  ipv4: String.raw`^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$`,
};

/**
 * Checks example values against the OpenAPI schemas they belong to, by interpreting the schema
 * directly. Each example is checked once, so compiling a validator per schema (ajv) costs more than
 * it saves — compiling one per example is what makes example checks slow in other linters. Speaks
 * the OpenAPI dialects: `nullable` and boolean exclusive bounds (2.0/3.0), type arrays (3.1), and
 * `$ref` across the spec's files. `oneOf` passes when at least one branch matches (or the branch the
 * discriminator names), so overlapping branches are not reported as errors.
 */
export class ExampleChecker {
  private readonly patterns = new PatternCache();
  /** Results for (schema, object value) pairs: anyOf/oneOf over recursive schemas would otherwise repeat work exponentially. */
  private readonly memo = new WeakMap<object, WeakMap<object, ExampleProblem | null>>();
  private steps = 0;

  constructor(private readonly api: OpenApiModel) {}

  /** The first problem, or undefined when the example matches — or when deciding would take unreasonably long. */
  check(value: unknown, schema: Located): ExampleProblem | undefined {
    this.steps = 0;
    try {
      return this.validate(value, schema.value, schema.file, schema.pointer, '', 0);
    } catch (error) {
      // past the budget, or a chain of references longer than the model allowed: undecided, never a crash
      if (error === BUDGET || error instanceof LimitExceeded) return undefined;
      throw error;
    }
  }

  private validate(value: unknown, schema: Schema, file: string, pointer: string, path: string, depth: number): ExampleProblem | undefined {
    if (depth > 64) return undefined;
    if (++this.steps > MAX_STEPS) throw BUDGET;
    if (value === null || typeof value !== 'object') return this.evaluate(value, schema, file, pointer, path, depth);
    let bySchema = this.memo.get(schema);
    if (!bySchema) {
      bySchema = new WeakMap();
      this.memo.set(schema, bySchema);
    }
    const known = bySchema.get(value);
    // a remembered problem was found at another path; report it where it is now
    if (known !== undefined) return known === null ? undefined : this.evaluate(value, schema, file, pointer, path, depth);
    const result = this.evaluate(value, schema, file, pointer, path, depth);
    bySchema.set(value, result ?? null);
    return result;
  }

  private evaluate(value: unknown, schema: Schema, file: string, pointer: string, path: string, depth: number): ExampleProblem | undefined {
    const ref = schema['$ref'];
    if (typeof ref === 'string') {
      const target = deref(this.api.documents, file, pointer, schema);
      if (!target || !isObject(target.value)) return undefined;
      const problem = this.validate(value, target.value, target.file, target.pointer, path, depth + 1);
      // next to $ref, other keywords count only in 3.1
      if (problem || this.api.version !== '3.1') return problem;
    }
    const at = path || '/';
    const fail = (da: string, en: string): ExampleProblem => ({ path: at, message: { da, en } });

    if (value === null && (schema['nullable'] === true || (Array.isArray(schema['type']) && schema['type'].includes('null')) || schema['type'] === 'null')) return undefined;
    const types = typeof schema['type'] === 'string' ? [schema['type']] : Array.isArray(schema['type']) ? (schema['type'] as string[]) : [];
    if (types.length > 0 && !types.some((t) => hasType(value, t))) {
      return fail(`skal være ${types.join(' eller ')}`, `must be ${types.join(' or ')}`);
    }
    if (Array.isArray(schema['enum']) && !schema['enum'].some((e) => equal(e, value))) {
      return fail(`skal være en af de tilladte værdier (${schema['enum'].map((e) => JSON.stringify(e)).join(', ')})`, `must be one of the allowed values (${schema['enum'].map((e) => JSON.stringify(e)).join(', ')})`);
    }
    if ('const' in schema && !equal(schema['const'], value)) return fail(`skal være ${JSON.stringify(schema['const'])}`, `must be ${JSON.stringify(schema['const'])}`);

    if (typeof value === 'string') {
      const length = [...value].length;
      if (typeof schema['minLength'] === 'number' && length < schema['minLength']) return fail(`skal have mindst ${schema['minLength']} tegn`, `must have at least ${schema['minLength']} characters`);
      if (typeof schema['maxLength'] === 'number' && length > schema['maxLength']) return fail(`må højst have ${schema['maxLength']} tegn`, `must have at most ${schema['maxLength']} characters`);
      if (typeof schema['pattern'] === 'string') {
        const re = this.patterns.get(schema['pattern']);
        // a pattern RE2 cannot run is left out (the loader reports it), never run by a backtracking engine
        if ('test' in re && !re.test(value)) return fail(`passer ikke til mønsteret ${schema['pattern']}`, `does not match the pattern ${schema['pattern']}`);
      }
      const formatSource = typeof schema['format'] === 'string' ? FORMATS[schema['format']] : undefined;
      const format = formatSource ? this.patterns.get(formatSource) : undefined;
      if (format && 'test' in format && !format.test(value)) return fail(`er ikke et gyldigt ${String(schema['format'])}`, `is not a valid ${String(schema['format'])}`);
    }

    if (typeof value === 'number') {
      const min = schema['minimum'];
      const max = schema['maximum'];
      const exMin = schema['exclusiveMinimum'];
      const exMax = schema['exclusiveMaximum'];
      if (typeof min === 'number' && (exMin === true ? value <= min : value < min)) return fail(`skal være ${exMin === true ? 'over' : 'mindst'} ${min}`, `must be ${exMin === true ? '>' : '>='} ${min}`);
      if (typeof max === 'number' && (exMax === true ? value >= max : value > max)) return fail(`skal være ${exMax === true ? 'under' : 'højst'} ${max}`, `must be ${exMax === true ? '<' : '<='} ${max}`);
      if (typeof exMin === 'number' && value <= exMin) return fail(`skal være over ${exMin}`, `must be > ${exMin}`);
      if (typeof exMax === 'number' && value >= exMax) return fail(`skal være under ${exMax}`, `must be < ${exMax}`);
      const step = schema['multipleOf'];
      if (typeof step === 'number' && step > 0 && Math.abs(value / step - Math.round(value / step)) > 1e-9) return fail(`skal være et multiplum af ${step}`, `must be a multiple of ${step}`);
    }

    if (Array.isArray(value)) {
      if (typeof schema['minItems'] === 'number' && value.length < schema['minItems']) return fail(`skal have mindst ${schema['minItems']} elementer`, `must have at least ${schema['minItems']} items`);
      if (typeof schema['maxItems'] === 'number' && value.length > schema['maxItems']) return fail(`må højst have ${schema['maxItems']} elementer`, `must have at most ${schema['maxItems']} items`);
      if (schema['uniqueItems'] === true && hasDuplicates(value)) return fail('må ikke have ens elementer', 'must not have duplicate items');
      const prefix = Array.isArray(schema['prefixItems']) ? schema['prefixItems'] : Array.isArray(schema['items']) ? schema['items'] : [];
      for (let i = 0; i < value.length; i++) {
        const keyword = i < prefix.length ? (Array.isArray(schema['prefixItems']) ? 'prefixItems' : 'items') : 'items';
        const item = i < prefix.length ? prefix[i] : isObject(schema['items']) ? schema['items'] : undefined;
        if (!isObject(item)) continue;
        const p = this.validate(value[i], item, file, i < prefix.length ? `${pointer}/${keyword}/${i}` : `${pointer}/items`, `${path}/${i}`, depth + 1);
        if (p) return p;
      }
    }

    if (isObject(value)) {
      const keys = Object.keys(value);
      if (Array.isArray(schema['required'])) {
        const missing = (schema['required'] as unknown[]).find((k) => typeof k === 'string' && !(k in value));
        if (missing !== undefined) return fail(`mangler den påkrævede egenskab «${String(missing)}»`, `must have required property '${String(missing)}'`);
      }
      if (typeof schema['minProperties'] === 'number' && keys.length < schema['minProperties']) return fail(`skal have mindst ${schema['minProperties']} egenskaber`, `must have at least ${schema['minProperties']} properties`);
      if (typeof schema['maxProperties'] === 'number' && keys.length > schema['maxProperties']) return fail(`må højst have ${schema['maxProperties']} egenskaber`, `must have at most ${schema['maxProperties']} properties`);
      const props = isObject(schema['properties']) ? schema['properties'] : {};
      const patterns = isObject(schema['patternProperties']) ? Object.entries(schema['patternProperties']) : [];
      for (const key of keys) {
        const sub = props[key];
        let matched = false;
        if (isObject(sub)) {
          matched = true;
          const p = this.validate(value[key], sub, file, `${pointer}/properties/${escape(key)}`, `${path}/${escape(key)}`, depth + 1);
          if (p) return p;
        }
        for (const [pattern, ps] of patterns) {
          if (++this.steps > MAX_STEPS) throw BUDGET; // keys × patterns can be large
          const re = this.patterns.get(pattern);
          if (!('test' in re) || !re.test(key) || !isObject(ps)) continue;
          matched = true;
          const p = this.validate(value[key], ps, file, `${pointer}/patternProperties/${escape(pattern)}`, `${path}/${escape(key)}`, depth + 1);
          if (p) return p;
        }
        if (matched) continue;
        const extra = schema['additionalProperties'];
        if (extra === false) return fail(`må ikke have egenskaben «${key}»`, `must not have the property '${key}'`);
        if (isObject(extra)) {
          const p = this.validate(value[key], extra, file, `${pointer}/additionalProperties`, `${path}/${escape(key)}`, depth + 1);
          if (p) return p;
        }
      }
    }

    if (Array.isArray(schema['allOf'])) {
      for (let i = 0; i < schema['allOf'].length; i++) {
        const sub = schema['allOf'][i];
        const p = isObject(sub) ? this.validate(value, sub, file, `${pointer}/allOf/${i}`, path, depth + 1) : undefined;
        if (p) return p;
      }
    }
    for (const keyword of ['anyOf', 'oneOf'] as const) {
      const branches = schema[keyword];
      if (!Array.isArray(branches) || branches.length === 0) continue;
      const chosen = keyword === 'oneOf' ? this.byDiscriminator(schema, value, file, pointer) : undefined;
      if (chosen) {
        const p = this.validate(value, chosen.value, chosen.file, chosen.pointer, path, depth + 1);
        if (p) return p;
        continue;
      }
      let first: ExampleProblem | undefined;
      let ok = false;
      for (let i = 0; i < branches.length && !ok; i++) {
        const sub = branches[i];
        if (!isObject(sub)) continue;
        const p = this.validate(value, sub, file, `${pointer}/${keyword}/${i}`, path, depth + 1);
        if (!p) ok = true;
        else first ??= p;
      }
      if (!ok) return first ? { path: first.path, message: { da: `passer ikke til nogen af mulighederne (${first.message.da})`, en: `matches none of the options (${first.message.en})` } } : undefined;
    }
    if (isObject(schema['not']) && !this.validate(value, schema['not'], file, `${pointer}/not`, path, depth + 1)) {
      return fail('passer til et skema, den ikke må passe til', 'matches a schema it must not match');
    }
    return undefined;
  }

  /** The oneOf branch a discriminator's mapping names for this value, if any. */
  private byDiscriminator(schema: Schema, value: unknown, file: string, pointer: string): Located | undefined {
    const d = schema['discriminator'];
    if (!isObject(d) || typeof d['propertyName'] !== 'string' || !isObject(value)) return undefined;
    const name = value[d['propertyName']];
    if (typeof name !== 'string') return undefined;
    const mapped = isObject(d['mapping']) ? d['mapping'][name] : undefined;
    const ref = typeof mapped === 'string' ? (mapped.includes('#') || mapped.includes('/') ? mapped : `#/components/schemas/${mapped}`) : `#/components/schemas/${name}`;
    const target = deref(this.api.documents, file, pointer, { $ref: ref });
    return target && isObject(target.value) ? { file: target.file, pointer: target.pointer, value: target.value } : undefined;
  }
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    case 'null':
      return value === null;
    default:
      return true; // Swagger 2.0's "file" and unknown types are not checked
  }
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Whether two items of a list are equal as JSON values: one pass with a canonical key each, where comparing every pair took minutes for a list of 100,000. */
function hasDuplicates(items: readonly unknown[]): boolean {
  const seen = new Set<string>();
  for (const item of items) {
    const key = canonical(item);
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

/** A text that is the same for equal JSON values: object keys sorted, types kept apart. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? JSON.stringify(value) : `${typeof value}:${String(value)}`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const object = value as Record<string, unknown>;
  return `{${Object.keys(object)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(object[k])}`)
    .join(',')}}`;
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
