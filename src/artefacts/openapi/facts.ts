import type { Operation, Response } from './model.js';
import { isObject } from './refs.js';

/** Facts several OpenAPI rules ask; one place, so the rules agree. */

/** "GET /pets/{id}", as findings name an operation. */
export function label(op: Operation): string {
  return `${op.method.toUpperCase()} ${op.path}`;
}

/** A server on the developer's own machine, where plain http is fine. */
export function isLocalServer(url: string): boolean {
  return /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/i.test(url);
}

/** 2xx responses (and 2XX ranges). */
export function successResponses(op: Operation): Response[] {
  return op.responses.filter((r) => /^2(\d\d|XX)$/i.test(r.code));
}

/** The JSON type a schema declares (the first non-null one in 3.1 type arrays). */
export function schemaType(schema: Record<string, unknown>): string | undefined {
  const t = schema['type'];
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) return t.find((x) => x !== 'null') as string | undefined;
  return undefined;
}

/** Property names that hold a CPR number (personnummer). */
export const CPR_NAME = /^(cpr|cpr[-_]?n(ummer|r|o)|personnummer|person[-_]?nummer|ssn|social[-_]?security[-_]?number)$/i;

/** A value that looks like a CPR number: ddmmyy-xxxx or ddmmyyxxxx. */
export const CPR_VALUE = /^(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])\d{2}-?\d{4}$/;

/** Written with the dash (ddmmyy-xxxx): ten digits alone are as often a phone or account number. */
export const CPR_DASHED = /^(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])\d{2}-\d{4}$/;

/** A JSON value written somewhere in a schema or parameter: example, default, enum. */
export function sampleValues(node: Record<string, unknown>): unknown[] {
  const values: unknown[] = [];
  if ('example' in node) values.push(node['example']);
  if ('default' in node) values.push(node['default']);
  if (Array.isArray(node['examples'])) values.push(...node['examples']);
  if (isObject(node['examples'])) for (const ex of Object.values(node['examples'])) if (isObject(ex) && 'value' in ex) values.push(ex['value']);
  return values;
}
