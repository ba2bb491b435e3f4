/** RFC 6901 JSON pointers: the one place that encodes and decodes them. */

export function encodeSegment(segment: string | number): string {
  const text = String(segment);
  // most segments need no escaping; skip the two regex passes for them (hot in model building)
  return text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text;
}

export function decodeSegment(segment: string): string {
  return segment.includes('~') ? segment.replace(/~1/g, '/').replace(/~0/g, '~') : segment;
}

/** Builds a pointer from path segments: `['paths', '/pets']` → `/paths/~1pets`. */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${encodeSegment(s)}`).join('');
}

/** Splits a pointer into decoded segments; `''` is the whole document. */
export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`not a JSON pointer: ${pointer}`);
  return pointer.slice(1).split('/').map(decodeSegment);
}

/** Appends segments to a pointer. */
export function child(pointer: string, ...segments: (string | number)[]): string {
  let out = pointer;
  for (const segment of segments) out += `/${encodeSegment(segment)}`;
  return out;
}

/** Reads the value at `pointer` in plain data, or undefined. */
export function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const segment of fromPointer(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
