import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/location/line-index.js';
import { fromPointer, toPointer, valueAt } from '../src/location/pointer.js';
import { locate } from '../src/location/locate.js';

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

describe('locate', () => {
  const text = 'a:\n  b: [1, 2]\n  "c/d":\n    - x: 1\n    - y\n';
  const at = (pointer: string, key = false) => locate(text, 'yaml', [{ pointer, key }])[0]?.start;

  it('finds values, escaped keys and list items', () => {
    expect(at('/a/b/1')).toEqual({ line: 2, column: 10 });
    expect(at('/a/c~1d/0/x')).toEqual({ line: 4, column: 10 });
  });

  it('starts a mapping or list at its key, and can point at the key itself', () => {
    expect(at('/a')).toEqual({ line: 1, column: 1 });
    expect(at('/a/b')).toEqual({ line: 2, column: 3 });
    expect(at('/a/b', true)).toEqual({ line: 2, column: 3 });
    expect(at('/a/c~1d/0/x', true)).toEqual({ line: 4, column: 7 });
  });

  it('falls back to the closest ancestor for a pointer that does not exist', () => {
    expect(at('/a/b/7')).toEqual({ line: 2, column: 3 });
    expect(at('/a/missing/deeper')).toEqual({ line: 1, column: 1 });
  });

  it('does not guess list positions when an item is empty', () => {
    const withEmpty = 'a:\n  - x\n  -\n  - y\n';
    expect(locate(withEmpty, 'yaml', [{ pointer: '/a/2', key: false }])[0]?.start).toEqual({ line: 1, column: 1 });
  });

  it('reads JSON by scanning only where the pointers lead', () => {
    const json = '{\n  "info": {\n    "title": "x \\" y",\n    "list": [1, {"a": "}"}, 3]\n  },\n  "paths": {}\n}\n';
    const [title, item, key, missing] = locate(json, 'json', [
      { pointer: '/info/title', key: false },
      { pointer: '/info/list/2', key: false },
      { pointer: '/paths', key: true },
      { pointer: '/info/nothing', key: false },
    ]);
    expect(title?.start).toEqual({ line: 3, column: 14 });
    expect(item?.start).toEqual({ line: 4, column: 29 });
    expect(key?.start).toEqual({ line: 6, column: 3 });
    expect(missing?.start).toEqual({ line: 2, column: 3 });
  });
});
