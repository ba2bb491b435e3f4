import type { ErrorObject, ValidateFunction } from 'ajv';
import { validate as validateOas2 } from '../../generated/oas2.validate.js';
import { validate as validateOas30 } from '../../generated/oas30.validate.js';
import { validate as validateOas31 } from '../../generated/oas31.validate.js';
import type { Localized } from '../../core/text.js';
import { child, fromPointer } from '../../location/pointer.js';
import { isObject, refTarget, type Documents } from './refs.js';

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
 * so every node is validated once and every error maps back to its own file and pointer.
 */
export function validateStructure(version: OasVersion, root: string, documents: Documents, external: boolean): StructureViolation[] {
  const origins: Origin[] = [{ bundled: '', file: root, pointer: '' }];
  const bundle = external ? inlineExternal(root, documents, origins) : documents.get(root);
  const validate = VALIDATORS[version];
  if (validate(bundle)) return [];
  origins.sort((a, b) => b.bundled.length - a.bundled.length);
  return simplify(validate.errors ?? []).map((error) => locate(error, origins));
}

/** A copy of the root in which each external reference is replaced by its target (once; cycles stay references). */
function inlineExternal(root: string, documents: Documents, origins: Origin[]): unknown {
  const expanding = new Set<string>();
  const copy = (value: unknown, file: string, pointer: string, bundled: string): unknown => {
    if (Array.isArray(value)) return value.map((v, i) => copy(v, file, child(pointer, i), child(bundled, i)));
    if (!isObject(value)) return value;
    const ref = value['$ref'];
    if (typeof ref === 'string' && !ref.startsWith('#')) {
      const target = refTarget(ref, file);
      const key = 'problem' in target ? '' : `${target.file}#${target.pointer}`;
      if (!('problem' in target) && documents.has(target.file) && !expanding.has(key)) {
        let node = documents.get(target.file);
        for (const segment of fromPointer(target.pointer)) node = isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[segment] : undefined;
        if (node !== undefined) {
          expanding.add(key);
          origins.push({ bundled, file: target.file, pointer: target.pointer });
          const inlined = copy(node, target.file, target.pointer, bundled);
          expanding.delete(key);
          return inlined;
        }
      }
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = copy(v, file, child(pointer, k), child(bundled, k));
    return out;
  };
  return copy(documents.get(root), root, '', '');
}

/**
 * ajv reports every branch of every oneOf it tried. Keep what a person can act on: the deepest
 * errors, and at one place the specific ones rather than "must match a schema in oneOf".
 */
function simplify(errors: readonly ErrorObject[]): ErrorObject[] {
  const paths = errors.map((e) => e.instancePath);
  const deepest = errors.filter((e) => !paths.some((p) => p !== e.instancePath && p.startsWith(`${e.instancePath}/`)));
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of deepest) byPath.set(e.instancePath, [...(byPath.get(e.instancePath) ?? []), e]);
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
