import { CORE_SCHEMA, load as loadYaml, YAMLException } from 'js-yaml';
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
 * they are computed later, only for findings (location/source-map.ts).
 */
export function parseData(text: string, format: 'json' | 'yaml'): unknown {
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
      parseYaml(text);
      throw new ParseFailure(message, 1, 1, { cause });
    }
  } else {
    data = parseYaml(text);
    // only YAML has aliases; JSON cannot expand beyond its text, so it skips this walk
    checkExpansion(data, Math.max(MIN_NODE_BUDGET, text.length * NODE_BUDGET_PER_BYTE));
  }
  return data;
}

function parseYaml(text: string): unknown {
  try {
    return loadYaml(text, { schema: CORE_SCHEMA });
  } catch (cause) {
    if (cause instanceof YAMLException) {
      // a stream of several documents comes without a mark: point at the separator that starts the second
      const at = cause.mark ? { line: cause.mark.line + 1, column: cause.mark.column + 1 } : { line: secondDocumentLine(text), column: 1 };
      throw new ParseFailure(cause.reason || cause.message, at.line, at.column, { cause });
    }
    throw new ParseFailure(String(cause), 1, 1, { cause });
  }
}

/** Walks the data once within a node budget; YAML aliases can make a small text expand without bound. */
function checkExpansion(data: unknown, budget: number): void {
  let left = budget;
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const node = stack.pop();
    if (--left < 0) {
      throw new ParseFailure(`the document expands to more than ${budget} nodes (YAML aliases?)`, 1, 1);
    }
    if (node !== null && typeof node === 'object') {
      for (const value of Object.values(node)) if (value !== null && typeof value === 'object') stack.push(value);
      else left--;
    }
  }
}

/** The line of the `---` that starts a second document (1 when there is none to find). */
function secondDocumentLine(text: string): number {
  const lines = text.split(/\r?\n/);
  const content = lines.findIndex((l) => l.trim() !== '' && !l.startsWith('#') && !l.startsWith('---') && !l.startsWith('%'));
  const separator = lines.findIndex((l, i) => i > content && /^---(\s|$)/.test(l));
  return content >= 0 && separator > 0 ? separator + 1 : 1;
}
