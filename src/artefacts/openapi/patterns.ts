import { RE2JS } from 're2js';
import { diagnostic } from '../../core/diagnostics.js';
import type { Finding } from '../../core/finding.js';
import { child } from '../../location/pointer.js';
import type { OpenApiModel } from './model.js';
import { isObject } from './refs.js';

/**
 * A regular expression from a bid (a schema's `pattern`, a `patternProperties` key). JavaScript's
 * engine backtracks, so `^(a|aa)+$` against forty a's and a '!' runs for hours; bid patterns run in
 * RE2 instead, whose matching time grows linearly with the text. What RE2 cannot run
 * (lookarounds, backreferences, huge repeat counts) is not run at all, and the loader says so.
 */
export type BidPattern = { readonly test: (text: string) => boolean } | { readonly unrunnable: string };

/** Compiles a bid pattern with JSON Schema's meaning: found anywhere in the text, as `RegExp.test`. */
export function compileBidPattern(source: string): BidPattern {
  try {
    const re = RE2JS.compile(RE2JS.translateRegExp(withJavaScriptClasses(source)));
    return { test: (text) => re.test(text) };
  } catch (error) {
    return { unrunnable: error instanceof Error ? error.message : String(error) };
  }
}

/** JavaScript's white space (`\s`), which RE2 takes to be ASCII only. */
const SPACE = String.raw`\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff`;
/** What JavaScript's `.` does not match; RE2's `.` leaves out only `\n`. */
const LINE_END = String.raw`\n\r\u2028\u2029`;

/**
 * Spells out `\s`, `\S` and `.` as JavaScript means them (ECMA-262, as JSON Schema says patterns
 * are read), so that RE2 neither fails an example with a no-break space nor passes one with a
 * carriage return. `\S` inside a class is left as RE2 reads it.
 */
function withJavaScriptClasses(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\' && i + 1 < source.length) {
      const next = source[i + 1] as string;
      i++;
      if (next === 's') out += inClass ? SPACE : `[${SPACE}]`;
      else if (next === 'S' && !inClass) out += `[^${SPACE}]`;
      else out += c + next;
    } else if (c === '[' && !inClass) {
      inClass = true;
      out += c;
    } else if (c === ']' && inClass) {
      inClass = false;
      out += c;
    } else if (c === '.' && !inClass) out += `[^${LINE_END}]`;
    else out += c;
  }
  return out;
}

/** Compiles each pattern once. */
export class PatternCache {
  private readonly compiled = new Map<string, BidPattern>();

  get(source: string): BidPattern {
    let pattern = this.compiled.get(source);
    if (!pattern) {
      pattern = compileBidPattern(source);
      this.compiled.set(source, pattern);
    }
    return pattern;
  }
}

/**
 * One info finding for each pattern of the spec's schemas that cannot be run: examples are checked
 * against everything else in their schema, but not against it, and the report must say so.
 */
export function unrunnablePatternFindings(api: OpenApiModel): Finding[] {
  if (api.examples.length === 0) return [];
  const cache = new PatternCache();
  const findings: Finding[] = [];
  const report = (file: string, pointer: string, source: string, key: boolean) => {
    const pattern = cache.get(source);
    if (!('unrunnable' in pattern)) return;
    const shown = JSON.stringify(source);
    findings.push(
      diagnostic(
        'pattern-not-run',
        {
          da: `Mønsteret ${shown} bruger noget, som rammetjek ikke kører i mønstre fra et bud (fx lookahead, lookbehind eller tilbagereferencer, der kan tage ubegrænset tid), så eksemplerne er ikke kontrolleret mod det (RE2 siger: ${pattern.unrunnable}).`,
          en: `The pattern ${shown} uses something rammetjek does not run in patterns from a bid (lookahead, lookbehind or backreferences, say, which can take unbounded time), so the examples were not checked against it (RE2 says: ${pattern.unrunnable}).`,
        },
        { file, pointer, ...(key ? { key } : {}) },
      ),
    );
  };
  const seen = new Set<object>();
  // Swagger 2.0 parameters are their own schema and are not among the spec's schemas
  for (const { file, pointer, value } of [...api.schemas, ...api.examples.map((e) => e.schema)]) {
    if (seen.has(value)) continue;
    seen.add(value);
    if (typeof value['pattern'] === 'string') report(file, child(pointer, 'pattern'), value['pattern'], false);
    if (isObject(value['patternProperties'])) for (const key of Object.keys(value['patternProperties'])) report(file, child(pointer, 'patternProperties', key), key, true);
  }
  return findings;
}
