import type { ErrorObject, ValidateFunction } from 'ajv';
import { validate as validateOas2 } from '../../generated/oas2.validate.js';
import { validate as validateOas30 } from '../../generated/oas30.validate.js';
import { validate as validateOas31 } from '../../generated/oas31.validate.js';
import type { Localized } from '../../core/text.js';
import { child, fromPointer } from '../../location/pointer.js';
import { DEFAULT_LIMITS, LimitExceeded, type Limits } from '../../core/limits.js';
import { chainTooLong, isObject, refTarget, type Documents } from './refs.js';

export type OasVersion = '2.0' | '3.0' | '3.1';

/** A structural error in an OpenAPI document, located in the file where the faulty text is. */
export interface StructureViolation {
  readonly file: string;
  readonly pointer: string;
  readonly key: boolean;
  readonly message: Localized;
}

/** The version of an OpenAPI document, or a violation saying why it has none rammetjek knows. */
export function oasVersion(doc: Record<string, unknown>): OasVersion | Localized {
  if ('swagger' in doc) {
    return doc['swagger'] === '2.0' ? '2.0' : { da: `Swagger-versionen «${String(doc['swagger'])}» kendes ikke; kun 2.0 findes.`, en: `Swagger version '${String(doc['swagger'])}' is unknown; only 2.0 exists.` };
  }
  const v = doc['openapi'];
  if (typeof v === 'string' && /^3\.0\.\d+(-.+)?$/.test(v)) return '3.0';
  if (typeof v === 'string' && /^3\.1\.\d+(-.+)?$/.test(v)) return '3.1';
  return { da: `OpenAPI-versionen «${String(v)}» understøttes ikke; brug 3.0.x eller 3.1.x (skrevet som tekst).`, en: `OpenAPI version '${String(v)}' is not supported; use 3.0.x or 3.1.x (written as a string).` };
}

const VALIDATORS: Record<OasVersion, ValidateFunction> = { '2.0': validateOas2, '3.0': validateOas30, '3.1': validateOas31 };

/** Maps a pointer in the bundled document back to the file and pointer the text came from. */
interface Origin {
  readonly bundled: string;
  readonly file: string;
  readonly pointer: string;
}

/**
 * Validates an OpenAPI document against the OpenAPI schemas (the ones swagger-parser uses) without
 * dereferencing it: external `$ref`s are inlined once into a copy, internal ones stay references,
 * so every node is validated once and every error maps back to its own file and pointer. The
 * generated validators recurse, so the copy is measured first: past the depth limit nothing is
 * validated and {@link LimitExceeded} says so.
 */
export function validateStructure(version: OasVersion, root: string, documents: Documents, external: boolean, limits: Pick<Limits, 'depth' | 'refChain'> = DEFAULT_LIMITS): StructureViolation[] {
  const origins: Origin[] = [{ bundled: '', file: root, pointer: '' }];
  const bundle = external ? inlineExternal(root, documents, origins, limits) : documents.get(root);
  const errors = validateInParts(VALIDATORS[version], bundle, version);
  if (errors.length === 0) return [];
  origins.sort((a, b) => b.bundled.length - a.bundled.length);
  return simplify(errors).map((error) => locate(error, origins));
}

/** Entries of a large map validated at a time. */
const PART = 1_000;

/**
 * The errors of a document, its large maps (paths, named schemas and the like) validated a part at
 * a time. The generated validators copy their error list at every reference they follow, so the
 * time grows with the square of the errors: 20,000 faulty operations took 4 s in one piece and
 * 50,000 half a minute; in parts of a thousand it is linear. The first call sees the whole document
 * with the first part of each map; later parts go in a document of their own that has only what the
 * schema requires beside them, and only errors inside the part are kept.
 */
function validateInParts(validate: ValidateFunction, bundle: unknown, version: OasVersion): ErrorObject[] {
  if (!isObject(bundle)) return validate(bundle) ? [] : [...(validate.errors ?? [])];
  const components = isObject(bundle['components']) ? bundle['components'] : undefined;
  const maps: { pointer: string; entries: [string, unknown][]; place: (part: Record<string, unknown>) => Record<string, unknown> }[] = [];
  const shell = { ...(version === '2.0' ? { swagger: bundle['swagger'] } : { openapi: bundle['openapi'] }), info: bundle['info'], paths: {} };
  const add = (pointer: string, map: unknown, place: (part: Record<string, unknown>) => Record<string, unknown>) => {
    if (isObject(map) && Object.keys(map).length > PART) maps.push({ pointer, entries: Object.entries(map), place });
  };
  add('/paths', bundle['paths'], (part) => ({ ...shell, paths: part }));
  add('/definitions', bundle['definitions'], (part) => ({ ...shell, definitions: part }));
  add('/webhooks', bundle['webhooks'], (part) => ({ ...shell, webhooks: part }));
  for (const [kind, map] of Object.entries(components ?? {})) add(`/components/${kind}`, map, (part) => ({ ...shell, components: { [kind]: part } }));
  if (maps.length === 0) return validate(bundle) ? [] : [...(validate.errors ?? [])];

  const first: Record<string, unknown> = { ...bundle };
  const firstComponents: Record<string, unknown> = { ...components };
  for (const { pointer, entries } of maps) {
    const part = Object.fromEntries(entries.slice(0, PART));
    if (pointer.startsWith('/components/')) firstComponents[pointer.slice('/components/'.length)] = part;
    else first[pointer.slice(1)] = part;
  }
  if (components) first['components'] = firstComponents;
  const errors = validate(first) ? [] : [...(validate.errors ?? [])];
  for (const { pointer, entries, place } of maps) {
    for (let i = PART; i < entries.length; i += PART) {
      if (validate(place(Object.fromEntries(entries.slice(i, i + PART))))) continue;
      for (const e of validate.errors ?? []) if (e.instancePath.startsWith(`${pointer}/`)) errors.push(e);
    }
  }
  return errors;
}

/**
 * A copy of the root in which each external reference is replaced by its target. Each target is
 * inlined once, at its first use; later uses (and cycles) stay references. Copying a target at every
 * use would let a schema that refers twice to the next, thirty levels down, grow to 2^30 nodes.
 */
function inlineExternal(root: string, documents: Documents, origins: Origin[], limits: Pick<Limits, 'depth' | 'refChain'>): unknown {
  const inlined = new Set<string>();
  /** The target of an external reference, with chains of references followed; undefined when it stays a reference. */
  const target = (value: Record<string, unknown>, file: string, pointer: string): { file: string; pointer: string; node: unknown } | undefined => {
    let current: { file: string; pointer: string; node: unknown } = { file, pointer, node: value };
    for (let hops = 0; ; hops++) {
      const ref = isObject(current.node) ? current.node['$ref'] : undefined;
      if (typeof ref !== 'string' || (hops > 0 && ref.startsWith('#'))) return hops === 0 ? undefined : current;
      if (hops === 0 && ref.startsWith('#')) return undefined;
      if (hops >= limits.refChain) throw chainTooLong(limits.refChain, file, pointer);
      const to = refTarget(ref, current.file);
      if ('problem' in to || !documents.has(to.file)) return hops === 0 ? undefined : current;
      const key = `${to.file}#${to.pointer}`;
      if (inlined.has(key)) return hops === 0 ? undefined : current;
      let node = documents.get(to.file);
      for (const segment of fromPointer(to.pointer)) node = isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[segment] : undefined;
      if (node === undefined) return hops === 0 ? undefined : current;
      inlined.add(key);
      current = { file: to.file, pointer: to.pointer, node };
    }
  };
  const copy = (value: unknown, file: string, pointer: string, bundled: string, depth: number): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (depth > limits.depth) {
      throw new LimitExceeded('depth', limits.depth, { da: `Specifikationen er med de filer, dens henvisninger henter ind, indlejret dybere end ${limits.depth} niveauer og er ikke kontrolleret`, en: `The specification, with the files its references bring in, nests deeper than ${limits.depth} levels and was not checked` }, { file: root, pointer: '' });
    }
    if (Array.isArray(value)) return value.map((v, i) => copy(v, file, child(pointer, i), child(bundled, i), depth + 1));
    const to = isObject(value) ? target(value, file, pointer) : undefined;
    if (to) {
      origins.push({ bundled, file: to.file, pointer: to.pointer });
      return copy(to.node, to.file, to.pointer, bundled, depth);
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = copy(v, file, child(pointer, k), child(bundled, k), depth + 1);
    return out;
  };
  return copy(documents.get(root), root, '', '', 1);
}

/**
 * ajv reports every branch of every oneOf it tried. Keep what a person can act on: the deepest
 * errors, and at one place the specific ones rather than "must match a schema in oneOf".
 */
function simplify(errors: readonly ErrorObject[]): ErrorObject[] {
  // sorted, the paths below a path start at the first one not before `${path}/`: n log n, where
  // comparing every pair took minutes for a spec with 80,000 errors
  const paths = [...new Set(errors.map((e) => e.instancePath))].sort();
  const hasDeeper = (path: string): boolean => {
    const below = `${path}/`;
    let lo = 0;
    let hi = paths.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((paths[mid] as string) < below) lo = mid + 1;
      else hi = mid;
    }
    return lo < paths.length && (paths[lo] as string).startsWith(below);
  };
  const deepest = errors.filter((e) => !hasDeeper(e.instancePath));
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of deepest) {
    const group = byPath.get(e.instancePath);
    if (group) group.push(e);
    else byPath.set(e.instancePath, [e]);
  }
  const kept: ErrorObject[] = [];
  for (const group of byPath.values()) {
    const specific = group.filter((e) => !['oneOf', 'anyOf', 'if', 'not', 'false schema'].includes(e.keyword) && !(e.keyword === 'required' && (e.params as { missingProperty?: string }).missingProperty === '$ref'));
    const chosen = mergeEnums(specific.length > 0 ? specific : group.slice(0, 1));
    const seen = new Set<string>();
    for (const e of chosen) {
      const id = `${e.keyword}|${JSON.stringify(e.params)}`;
      if (!seen.has(id)) {
        seen.add(id);
        kept.push(e);
      }
    }
  }
  return kept;
}

/** oneOf branches each list their own allowed values for one field: say it once, with all of them. */
function mergeEnums(errors: ErrorObject[]): ErrorObject[] {
  const enums = errors.filter((e) => e.keyword === 'enum');
  if (enums.length < 2) return errors;
  const allowed = [...new Set(enums.flatMap((e) => (e.params as { allowedValues: unknown[] }).allowedValues))];
  const merged = { ...enums[0], params: { allowedValues: allowed } } as ErrorObject;
  return [merged, ...errors.filter((e) => e.keyword !== 'enum')];
}

function locate(error: ErrorObject, origins: readonly Origin[]): StructureViolation {
  const p = error.params as Record<string, unknown>;
  const extra = error.keyword === 'additionalProperties' ? `/${String(p['additionalProperty']).replace(/~/g, '~0').replace(/\//g, '~1')}` : '';
  const bundled = error.instancePath + extra;
  const origin = origins.find((o) => bundled === o.bundled || bundled.startsWith(`${o.bundled}/`) || o.bundled === '') as Origin;
  const pointer = origin.pointer + bundled.slice(origin.bundled.length);
  return { file: origin.file, pointer, key: extra !== '', message: explain(error) };
}

function explain(error: ErrorObject): Localized {
  const p = error.params as Record<string, unknown>;
  const name = error.instancePath.split('/').pop() || 'dokumentet';
  switch (error.keyword) {
    case 'required':
      return { da: `Det påkrævede felt «${String(p['missingProperty'])}» mangler.`, en: `The required field '${String(p['missingProperty'])}' is missing.` };
    case 'additionalProperties':
      return { da: `Feltet «${String(p['additionalProperty'])}» er ikke tilladt her i OpenAPI; ret stavningen, eller skriv det som en udvidelse (x-…).`, en: `The field '${String(p['additionalProperty'])}' is not allowed here in OpenAPI; fix its spelling, or write it as an extension (x-…).` };
    case 'type':
      return { da: `«${name}» skal være af typen ${String(p['type'])}.`, en: `'${name}' must be of type ${String(p['type'])}.` };
    case 'enum':
      return { da: `«${name}» skal være en af: ${(p['allowedValues'] as unknown[]).map(String).join(', ')}.`, en: `'${name}' must be one of: ${(p['allowedValues'] as unknown[]).map(String).join(', ')}.` };
    case 'pattern':
      return { da: `«${name}» har ikke det forventede format (${String(p['pattern'])}).`, en: `'${name}' does not have the expected form (${String(p['pattern'])}).` };
    case 'const':
      return { da: `«${name}» skal være ${JSON.stringify(p['allowedValue'])}.`, en: `'${name}' must be ${JSON.stringify(p['allowedValue'])}.` };
    case 'minItems':
    case 'minProperties':
      return { da: `«${name}» må ikke være tom.`, en: `'${name}' must not be empty.` };
    case 'uniqueItems':
      return { da: `«${name}» nævner den samme værdi flere gange.`, en: `'${name}' lists the same value more than once.` };
    default:
      return { da: `«${name}» følger ikke OpenAPI-skemaet (${error.keyword}: ${error.message ?? ''}).`, en: `'${name}' does not follow the OpenAPI schema (${error.keyword}: ${error.message ?? ''}).` };
  }
}
