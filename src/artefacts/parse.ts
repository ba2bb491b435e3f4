import { CORE_SCHEMA, load as loadYaml, YAMLException, type LoadOptions } from 'js-yaml';
import { DEFAULT_LIMITS, LimitExceeded } from '../core/limits.js';
import { LineIndex } from '../location/line-index.js';

/** A document that could not be parsed, with where (1-based) the parser gave up. */
export class ParseFailure extends Error {
  override name = 'ParseFailure';
  readonly line: number;
  readonly column: number;
  constructor(message: string, line: number | undefined, column: number | undefined, options?: { cause: unknown }) {
    super(message, options);
    // parsers leave the position out now and then (fast-xml-parser on empty input): the file start, never a hole
    this.line = Number.isInteger(line) && (line as number) > 0 ? (line as number) : 1;
    this.column = Number.isInteger(column) && (column as number) > 0 ? (column as number) : 1;
  }
}

/** How many nodes a parsed document may expand to: stops YAML alias bombs ("billion laughs"). */
const NODE_BUDGET_PER_BYTE = 4;
const MIN_NODE_BUDGET = 100_000;

/**
 * Parses YAML or JSON data. JSON goes through `JSON.parse` (the fastest path); YAML through
 * js-yaml's core schema, so dates stay strings and no custom tags run. Positions are not kept:
 * they are computed later, only for findings (location/locate.ts). A document nested deeper than
 * `depth` levels is refused ({@link LimitExceeded}) before anything recursive sees it.
 */
export function parseData(text: string, format: 'json' | 'yaml', depth: number = DEFAULT_LIMITS.depth): unknown {
  let data: unknown;
  if (format === 'json') {
    try {
      data = JSON.parse(text);
    } catch (cause) {
      const message = (cause as Error).message;
      const at = /at position (\d+)/.exec(message);
      if (at) {
        const { line, column } = new LineIndex(text).position(Number(at[1]));
        throw new ParseFailure(message, line, column, { cause });
      }
      // JSON is YAML: js-yaml names the line and column when JSON.parse's message does not.
      parseYaml(text, depth);
      throw new ParseFailure(message, 1, 1, { cause });
    }
    checkShape(data, depth, Number.POSITIVE_INFINITY); // JSON cannot expand beyond its text
  } else {
    data = parseYaml(text, depth);
    // only YAML has aliases, which can make a small text expand without bound
    checkShape(data, depth, Math.max(MIN_NODE_BUDGET, text.length * NODE_BUDGET_PER_BYTE));
    if (text.length > COMPACT_FROM_BYTES && isPlainTree(text)) {
      const json = JSON.stringify(data);
      data = undefined; // js-yaml's copy can go while JSON.parse builds the compact one
      data = JSON.parse(json);
    }
  }
  return data;
}

/**
 * js-yaml's objects take about five times the memory of the same data from `JSON.parse` (211 MB
 * against 42 MB for a 26 MB spec), and rules read them slower. A large YAML document that is a plain
 * tree is therefore rebuilt by `JSON.parse`: the round trip costs a fraction of a second and saves
 * the rest of the check far more.
 */
const COMPACT_FROM_BYTES = 1024 * 1024;

/**
 * Whether the data survives a JSON round trip unchanged: no anchors (an alias would become a copy)
 * and no infinities or NaN (JSON has none). A text that merely looks like one of them is left as it is.
 */
function isPlainTree(text: string): boolean {
  return !/(?:^|[\s,[{])&/m.test(text) && !/\.(?:inf|Inf|INF|nan|NaN|NAN)\b/.test(text);
}

function parseYaml(text: string, depth: number): unknown {
  try {
    // js-yaml recurses once or twice per level; past the limit (and a wrapper level) it stops with a message
    return loadYaml(text, { schema: CORE_SCHEMA, maxDepth: depth + 2 } as LoadOptions);
  } catch (cause) {
    if (cause instanceof YAMLException && /exceeded maxDepth/.test(cause.reason)) throw tooDeep(depth);
    if (cause instanceof YAMLException) {
      // a stream of several documents comes without a mark: point at the separator that starts the second
      const at = cause.mark ? { line: cause.mark.line + 1, column: cause.mark.column + 1 } : { line: secondDocumentLine(text), column: 1 };
      throw new ParseFailure(cause.reason || cause.message, at.line, at.column, { cause });
    }
    throw new ParseFailure(String(cause), 1, 1, { cause });
  }
}

/** Walks the data once, without recursion: no deeper than `depth` collections, and within a node budget. */
function checkShape(data: unknown, depth: number, budget: number): void {
  let left = budget;
  const nodes: unknown[] = [data];
  const levels: number[] = [1];
  while (nodes.length > 0) {
    const node = nodes.pop();
    const level = levels.pop() as number;
    if (--left < 0) {
      throw new ParseFailure(`the document expands to more than ${budget} nodes (YAML aliases?)`, 1, 1);
    }
    if (node === null || typeof node !== 'object') continue;
    if (level > depth) throw tooDeep(depth);
    for (const value of Object.values(node)) {
      if (value !== null && typeof value === 'object') {
        nodes.push(value);
        levels.push(level + 1);
      } else left--;
    }
  }
}

/** The finding's words for a document past the depth limit, in every format. */
export function tooDeep(depth: number): LimitExceeded {
  return new LimitExceeded('depth', depth, { da: `Dokumentet er indlejret dybere end ${depth} niveauer og er ikke kontrolleret`, en: `The document nests deeper than ${depth} levels and was not checked` });
}

/** The line of the `---` that starts a second document (1 when there is none to find). */
function secondDocumentLine(text: string): number {
  const lines = text.split(/\r?\n/);
  const content = lines.findIndex((l) => l.trim() !== '' && !l.startsWith('#') && !l.startsWith('---') && !l.startsWith('%'));
  const separator = lines.findIndex((l, i) => i > content && /^---(\s|$)/.test(l));
  return content >= 0 && separator > 0 ? separator + 1 : 1;
}
