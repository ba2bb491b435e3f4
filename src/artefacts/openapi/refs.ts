import path from 'node:path';
import { DEFAULT_LIMITS, LimitExceeded } from '../../core/limits.js';
import { child, encodeSegment, fromPointer, valueAt } from '../../location/pointer.js';

/** Why a `$ref` could not be followed. */
export type RefProblemKind = 'outside' | 'remote' | 'not-found' | 'unparsable' | 'bad-pointer';

export interface RefProblem {
  readonly kind: RefProblemKind;
  /** The file and pointer of the `$ref` itself. */
  readonly file: string;
  readonly pointer: string;
  readonly ref: string;
}

/** Where a `$ref` leads: a file of the bid (or an allowed remote document) and a pointer in it. */
export interface RefTarget {
  readonly file: string;
  readonly pointer: string;
}

/** Documents by file: the bid's parsed files, plus remote documents the caller allowed. */
export type Documents = ReadonlyMap<string, unknown>;

const REMOTE = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Where `ref`, written in `file`, points. Local paths resolve against the file's folder and may not
 * leave the bid; URLs resolve only to documents already fetched from an allowed host.
 */
export function refTarget(ref: string, file: string): RefTarget | { problem: 'outside' | 'remote' } {
  const hash = ref.indexOf('#');
  const location = hash < 0 ? ref : ref.slice(0, hash);
  const fragment = hash < 0 ? '' : ref.slice(hash + 1);
  const pointer = safeDecode(fragment);
  if (location === '') return { file, pointer };
  if (REMOTE.test(location) || REMOTE.test(file)) {
    try {
      const url = new URL(location, REMOTE.test(file) ? file : undefined);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: 'remote' };
      url.hash = '';
      return { file: url.href, pointer };
    } catch {
      return { problem: 'remote' };
    }
  }
  const relative = safeDecode(location).replace(/\\/g, '/');
  if (path.posix.isAbsolute(relative) || /^[a-z]:\//i.test(relative)) return { problem: 'outside' };
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(file), relative));
  if (joined.startsWith('../') || joined === '..' || path.posix.isAbsolute(joined)) return { problem: 'outside' };
  return { file: joined, pointer };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Every `$ref` in a document, with the pointer of the object that holds it. */
export function findRefs(data: unknown): { pointer: string; ref: string }[] {
  const found: { pointer: string; ref: string }[] = [];
  // parentKey: the key above this node's own key, to recognise the value of an Example object
  const stack: { node: unknown; pointer: string; key: string; parentKey: string }[] = [{ node: data, pointer: '', key: '', parentKey: '' }];
  while (stack.length > 0) {
    const { node, pointer, key: ownKey } = stack.pop()!;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const value = node[i];
        if (value !== null && typeof value === 'object') stack.push({ node: value, pointer: `${pointer}/${i}`, key: String(i), parentKey: ownKey });
      }
      continue;
    }
    const object = node as Record<string, unknown>;
    const ref = object['$ref'];
    if (typeof ref === 'string') found.push({ pointer, ref });
    for (const key in object) {
      const value = object[key];
      if (value === null || typeof value !== 'object') continue;
      // data, not OpenAPI structure: a $ref inside an example or an extension is just text
      if (key === 'example' || key.startsWith('x-') || (key === 'examples' && Array.isArray(value))) continue;
      if (key === 'value' && stack.length >= 0 && isExampleValue(pointer)) continue;
      stack.push({ node: value, pointer: `${pointer}/${encodeSegment(key)}`, key, parentKey: ownKey });
    }
  }
  return found;
}

/** `.../examples/<name>` holds an Example object, whose `value` is data. */
function isExampleValue(pointer: string): boolean {
  const slash = pointer.lastIndexOf('/');
  return slash > 0 && pointer.slice(pointer.lastIndexOf('/', slash - 1) + 1, slash) === 'examples';
}

/** The files an OpenAPI document is made of, starting from its root, and the $refs that fail. */
export interface SpecFiles {
  readonly root: string;
  /** Files reached from the root, root first. */
  readonly files: readonly string[];
  readonly problems: readonly RefProblem[];
  /** Remote documents the spec needs that are not available (for the caller to fetch, if allowed). */
  readonly missingRemote: readonly string[];
  /** Files inside the bid folder the spec needs that were not among the documents given. */
  readonly missingLocal: readonly string[];
  /** Some `$ref` leads to another document (so validation must bundle). */
  readonly external: boolean;
}

/** Follows every `$ref` from the root through the bid's documents, never touching the file system. */
export function collectSpecFiles(root: string, documents: Documents, unparsable: ReadonlySet<string>): SpecFiles {
  const files = [root];
  const seen = new Set([root]);
  const problems: RefProblem[] = [];
  const missingRemote = new Set<string>();
  const missingLocal = new Set<string>();
  let external = false;
  for (let i = 0; i < files.length; i++) {
    const file = files[i] as string;
    for (const { pointer, ref } of findRefs(documents.get(file))) {
      const at = { file, pointer: `${pointer}/$ref`, ref };
      if (!ref.startsWith('#')) external = true;
      const target = refTarget(ref, file);
      if ('problem' in target) {
        problems.push({ ...at, kind: target.problem });
        continue;
      }
      if (!documents.has(target.file)) {
        if (REMOTE.test(target.file)) {
          missingRemote.add(target.file);
          problems.push({ ...at, kind: 'remote' });
        } else {
          if (!unparsable.has(target.file)) missingLocal.add(target.file);
          problems.push({ ...at, kind: unparsable.has(target.file) ? 'unparsable' : 'not-found' });
        }
        continue;
      }
      if (!pointerExists(documents.get(target.file), target.pointer)) {
        problems.push({ ...at, kind: 'bad-pointer' });
        continue;
      }
      if (!seen.has(target.file)) {
        seen.add(target.file);
        files.push(target.file);
      }
    }
  }
  return { root, files, problems, missingRemote: [...missingRemote], missingLocal: [...missingLocal], external };
}

function pointerExists(data: unknown, pointer: string): boolean {
  if (pointer === '') return true;
  if (!pointer.startsWith('/')) return false;
  let node = data;
  for (const segment of fromPointer(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, segment)) return false;
    node = (node as Record<string, unknown>)[segment];
  }
  return true;
}

/**
 * The value a reference leads to, following chains of references; undefined on a cycle or a dead end.
 * A chain longer than `maxHops` is a {@link LimitExceeded}: the spec is then not checked, rather than
 * checked with a schema silently missing.
 */
export function deref(documents: Documents, file: string, pointer: string, value: unknown, maxHops: number = DEFAULT_LIMITS.refChain): { file: string; pointer: string; value: unknown } | undefined {
  let current = { file, pointer, value };
  const visited: string[] = [];
  for (;;) {
    const ref = isObject(current.value) ? current.value['$ref'] : undefined;
    if (typeof ref !== 'string') return current;
    const target = refTarget(ref, current.file);
    if ('problem' in target || !documents.has(target.file)) return undefined;
    const key = `${target.file}#${target.pointer}`;
    if (visited.includes(key)) return undefined;
    if (visited.length >= maxHops) throw chainTooLong(maxHops, file, pointer);
    visited.push(key);
    const doc = documents.get(target.file);
    if (!pointerExists(doc, target.pointer)) return undefined;
    current = { file: target.file, pointer: target.pointer, value: valueAt(doc, target.pointer) };
  }
}

/** A chain of references past the limit, reported where it starts. */
export function chainTooLong(maxHops: number, file: string, pointer: string): LimitExceeded {
  return new LimitExceeded('refChain', maxHops, { da: `Henvisningen fører gennem mere end ${maxHops} henvisninger i træk, før den når sit mål; specifikationen er ikke kontrolleret`, en: `The reference leads through more than ${maxHops} references in a row before it reaches its target; the specification was not checked` }, { file, pointer: child(pointer, '$ref') });
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
