import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/location/line-index.js';
import { fromPointer, toPointer, valueAt } from '../src/location/pointer.js';
import { SourceMap } from '../src/location/source-map.js';

describe('JSON pointers', () => {
  it('escape ~ and / as RFC 6901 says', () => {
    expect(toPointer(['paths', '/pets/{id}', 'get'])).toBe('/paths/~1pets~1{id}/get');
    expect(toPointer(['a~b'])).toBe('/a~0b');
    expect(fromPointer('/paths/~1pets~1{id}/get')).toEqual(['paths', '/pets/{id}', 'get']);
    expect(fromPointer('/a~01')).toEqual(['a~1']);
    expect(valueAt({ a: [{ b: 2 }] }, '/a/0/b')).toBe(2);
    expect(() => fromPointer('a/b')).toThrow(/not a JSON pointer/);
  });
});

describe('line index', () => {
  it('counts LF, CRLF and CR line ends, 1-based', () => {
    const index = new LineIndex('ab\r\ncd\ne\rf');
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(4)).toEqual({ line: 2, column: 1 });
    expect(index.position(7)).toEqual({ line: 3, column: 1 });
    expect(index.position(8)).toEqual({ line: 3, column: 2 });
    expect(index.position(9)).toEqual({ line: 4, column: 1 });
  });
});

describe('source map', () => {
  const text = 'a:\n  b: [1, 2]\n  "c/d":\n    - x: 1\n';
  const map = new SourceMap(text);

  it('finds values, escaped keys and list items', () => {
    expect(map.range('/a/b/1')?.start).toEqual({ line: 2, column: 10 });
    expect(map.range('/a/c~1d/0/x')?.start).toEqual({ line: 4, column: 10 });
  });

  it('starts a block collection at its key, and can point at the key itself', () => {
    expect(map.range('/a')?.start).toEqual({ line: 1, column: 1 });
    expect(map.range('/a/b', true)?.start).toEqual({ line: 2, column: 3 });
  });

  it('falls back to the closest ancestor for a pointer that does not exist', () => {
    expect(map.range('/a/b/7')?.start).toEqual({ line: 2, column: 3 });
    expect(map.range('/a/missing/deeper')?.start).toEqual({ line: 1, column: 1 });
  });

  it('reads JSON too', () => {
    const json = new SourceMap('{\n  "info": {\n    "title": "x"\n  }\n}\n');
    expect(json.range('/info/title')?.start).toEqual({ line: 3, column: 14 });
  });
});
