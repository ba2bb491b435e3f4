import { fromPointer } from '../../location/pointer.js';
import type { SolutionDescription } from './types.js';
import type { SchemaViolation } from './validate.js';

/** What solution rules read: the description (type-safe where the schema was violated), and its context. */
export interface SolutionModel {
  /** Path of the description, relative to the bid root. */
  readonly file: string;
  readonly doc: Readonly<SolutionDescription>;
  readonly schemaViolations: readonly SchemaViolation[];
  /** Ids declared under `evidence`. */
  readonly evidenceIds: ReadonlySet<string>;
  /** Every file of the bid (relative paths), for references to specs, metadata and evidence. */
  readonly bidFiles: ReadonlySet<string>;
}

/**
 * Builds the model from parsed data. Values of the wrong JSON type are replaced by an empty value of
 * the right type (or dropped), so rules can trust the types; the schema rule reports the violation.
 */
export function buildSolutionModel(
  file: string,
  data: unknown,
  schemaViolations: readonly SchemaViolation[],
  bidFiles: ReadonlySet<string>,
): SolutionModel {
  const doc = structuredClone(data) as SolutionDescription;
  for (const violation of schemaViolations) {
    if (violation.expectedType) repairType(doc, violation.pointer, violation.expectedType);
  }
  const evidenceIds = new Set(
    (doc.evidence ?? []).map((e) => e?.id).filter((id): id is string => typeof id === 'string'),
  );
  return deepFreeze({ file, doc, schemaViolations, evidenceIds, bidFiles });
}

function repairType(doc: unknown, pointer: string, expected: string): void {
  const segments = fromPointer(pointer);
  const last = segments.pop();
  if (last === undefined) return;
  let parent = doc;
  for (const segment of segments) {
    if (parent === null || typeof parent !== 'object') return;
    parent = (parent as Record<string, unknown>)[segment];
  }
  if (parent === null || typeof parent !== 'object') return;
  const container = parent as Record<string, unknown>;
  const value = container[last];
  if (expected === 'object') container[last] = {};
  else if (expected === 'array') container[last] = [];
  else if (expected === 'string' && value !== null && typeof value !== 'object') container[last] = String(value);
  else if (Array.isArray(container)) container[last] = undefined;
  else delete container[last];
}

/** Freezes the whole model so that a rule that tries to change it fails loudly in tests. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (value instanceof Set) return value;
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
