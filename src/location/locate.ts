import { CORE_SCHEMA, load, type LoadOptions } from 'js-yaml';
import type { Range } from '../core/finding.js';
import { LineIndex } from './line-index.js';
import { fromPointer } from './pointer.js';

/** A place to find: a JSON pointer, and whether the finding is about the property name. */
export interface Wanted {
  readonly pointer: string;
  readonly key: boolean;
}

/**
 * Text ranges of JSON pointers in one document, computed only for files that have findings and only
 * for the pointers asked for. JSON is scanned by hand (one pass, skipping what is not asked for);
 * YAML is re-parsed by js-yaml with its event listener. A block mapping or list starts at its key
 * (where a reader looks); a pointer that does not exist maps to its closest existing ancestor.
 */
export function locate(text: string, format: 'json' | 'yaml', wanted: readonly Wanted[]): (Range | undefined)[] {
  // the whole document needs no parse (and a document refused as too deep must not be parsed again)
  const spans = wanted.every((w) => w.pointer === '') ? wanted.map((): Span => wholeText(text, format)) : format === 'json' ? jsonSpans(text, wanted) : yamlSpans(text, wanted);
  const lines = new LineIndex(text);
  return spans.map((s) => (s ? { start: lines.position(s[0]), end: lines.position(s[1]) } : undefined));
}

type Span = [number, number];

/** The span of the whole document: from its first content (past YAML comments, directives and `---`) to its end. */
function wholeText(text: string, format: 'json' | 'yaml'): Span {
  let start = 0;
  for (;;) {
    while (start < text.length && /\s|\uFEFF/.test(text[start] as string)) start++;
    const atLineStart = start === 0 || text[start - 1] === '\n';
    if (format === 'yaml' && (text[start] === '#' || (atLineStart && text[start] === '%'))) {
      const end = text.indexOf('\n', start);
      start = end < 0 ? text.length : end + 1;
    } else if (format === 'yaml' && atLineStart && /^---(\s|$)/.test(text.slice(start, start + 4))) start += 3;
    else break;
  }
  return [start, Math.max(start, text.trimEnd().length)];
}

/** A node found on the way to a pointer: its value span, the span of its key if it has one, and whether it is a mapping or list. */
interface Hit {
  readonly value: Span;
  readonly key?: Span;
  readonly collection: boolean;
}

/** The deepest node found on a wanted pointer's path, and its depth (0: the document). */
interface Deepest {
  readonly hit: Hit;
  readonly depth: number;
}

/** The span to show for each wanted pointer, from the deepest node found on its path. */
function choose(deepest: readonly (Deepest | undefined)[], wanted: readonly Wanted[]): (Span | undefined)[] {
  return wanted.map((w, i) => {
    const found = deepest[i];
    if (!found) return undefined;
    const { hit, depth } = found;
    const segments = fromPointer(w.pointer).length;
    if (w.key && depth === segments && hit.key) return hit.key;
    // a mapping or list under a key starts at the key: that is the line a reader looks for
    return hit.key && hit.collection ? [hit.key[0], hit.value[1]] : hit.value;
  });
}

// ---------- JSON: a hand-written scanner that only descends where a wanted pointer leads ----------

interface Trie {
  readonly children: Map<string, Trie>;
  /** Indexes of the wanted pointers that pass through this node, and how deep this node is. */
  readonly through: number[];
  readonly depth: number;
}

function trieOf(wanted: readonly Wanted[]): Trie {
  const root: Trie = { children: new Map(), through: [], depth: 0 };
  wanted.forEach((w, i) => {
    let node = root;
    node.through.push(i);
    for (const segment of fromPointer(w.pointer)) {
      let next = node.children.get(segment);
      if (!next) {
        next = { children: new Map(), through: [], depth: node.depth + 1 };
        node.children.set(segment, next);
      }
      next.through.push(i);
      node = next;
    }
  });
  return root;
}

function jsonSpans(text: string, wanted: readonly Wanted[]): (Span | undefined)[] {
  // only the deepest node per pointer is kept: a path of nodes for each of 100,000 findings would not fit
  const deepest: (Deepest | undefined)[] = new Array(wanted.length);
  let pos = 0;
  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 10 || c === 13 || c === 9) pos++;
      else if (c === 0xfeff) pos++;
      else return;
    }
  };
  const skipString = () => {
    pos++; // opening quote
    for (;;) {
      const q = text.indexOf('"', pos);
      if (q < 0) throw new Error('unterminated string');
      let backslashes = 0;
      for (let i = q - 1; text.charCodeAt(i) === 92; i--) backslashes++;
      pos = q + 1;
      if (backslashes % 2 === 0) return;
    }
  };
  const readString = (): string => {
    const start = pos;
    skipString();
    const raw = text.slice(start, pos);
    return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  };
  const skipValue = () => {
    const c = text.charCodeAt(pos);
    if (c === 34) return skipString();
    if (c === 123 || c === 91) {
      let depth = 0;
      for (;;) {
        const d = text.charCodeAt(pos);
        if (d === 34) {
          skipString();
          continue;
        }
        if (d === 123 || d === 91) depth++;
        else if (d === 125 || d === 93) {
          depth--;
          if (depth === 0) {
            pos++;
            return;
          }
        } else if (Number.isNaN(d)) throw new Error('unexpected end');
        pos++;
      }
    }
    while (pos < text.length && !/[,}\]\s]/.test(text[pos] as string)) pos++;
  };
  const value = (trie: Trie, key: Span | undefined) => {
    ws();
    const start = pos;
    const c = text.charCodeAt(pos);
    if (c === 123 && trie.children.size > 0) {
      pos++;
      ws();
      if (text.charCodeAt(pos) === 125) pos++;
      else {
        for (;;) {
          ws();
          const keyStart = pos;
          const name = readString();
          const keySpan: Span = [keyStart, pos];
          ws();
          pos++; // colon
          const child = trie.children.get(name);
          if (child) value(child, keySpan);
          else {
            ws();
            skipValue();
          }
          ws();
          if (text.charCodeAt(pos) === 44) pos++;
          else {
            pos++; // closing brace
            break;
          }
        }
      }
    } else if (c === 91 && trie.children.size > 0) {
      pos++;
      ws();
      if (text.charCodeAt(pos) === 93) pos++;
      else {
        for (let index = 0; ; index++) {
          const child = trie.children.get(String(index));
          if (child) value(child, undefined);
          else {
            ws();
            skipValue();
          }
          ws();
          if (text.charCodeAt(pos) === 44) pos++;
          else {
            pos++;
            break;
          }
        }
      }
    } else skipValue();
    const collection = c === 123 || c === 91;
    const hit: Hit = key ? { value: [start, pos], key, collection } : { value: [start, pos], collection };
    for (const i of trie.through) if (!deepest[i] || (deepest[i] as Deepest).depth < trie.depth) deepest[i] = { hit, depth: trie.depth };
  };
  try {
    value(trieOf(wanted), undefined);
  } catch {
    // a text JSON.parse accepted will not fail here; if it does, the pointers found so far still stand
  }
  return choose(deepest, wanted);
}

// ---------- YAML: js-yaml's parse events, turned into a tree of spans ----------

interface YNode {
  start: number;
  end: number;
  kind: string | null;
  value?: unknown;
  /** For a sequence: how many items it has (empty items raise no event of their own). */
  length?: number;
  children: YNode[];
}

/** Children of a node kept only for its own span and value (never walked into). */
const LEAF: YNode[] = [];

/**
 * The tree of nodes that can lie on a wanted pointer's path, from js-yaml's parse events. A node's
 * kind is known only when it closes, so each child is matched to the pointers both ways (the value
 * of the key before it, an item at its index, or the node proper inside a wrapper); what matches
 * neither is kept as a leaf, and what lies below a leaf is not kept at all. A large document with a
 * few findings thus builds a few thousand nodes, not millions.
 */
function yamlTree(text: string, trie: Trie, dropData: boolean): YNode | undefined {
  const root: YNode = { start: 0, end: text.length, kind: 'root', children: [] };
  const nodes: YNode[] = [root];
  const tries: (readonly Trie[])[] = [[trie]];
  let below = 0; // depth inside a leaf
  load(text, {
    schema: CORE_SCHEMA,
    // the document passed the depth limit when it was loaded; js-yaml's own default (100) is lower
    maxDepth: Number.MAX_SAFE_INTEGER,
    listener(event, state) {
      if (event === 'open') {
        const parent = nodes[nodes.length - 1] as YNode;
        if (below > 0 || parent.children === LEAF) {
          below++;
          return;
        }
        const index = parent.children.length;
        const matched: Trie[] = [];
        for (const t of tries[tries.length - 1] as readonly Trie[]) {
          if (index === 0) matched.push(t);
          const key = index % 2 === 1 ? unwrap(parent.children[index - 1]) : undefined;
          const byKey = key && key.value !== undefined ? t.children.get(String(key.value)) : undefined;
          if (byKey) matched.push(byKey);
          const byIndex = t.children.get(String(index));
          if (byIndex) matched.push(byIndex);
        }
        // a node that may be a key keeps its value; one that matches no pointer is a leaf
        const keep = matched.length > 0 || (index % 2 === 0 && (tries[tries.length - 1] as readonly Trie[]).length > 0);
        const node: YNode = { start: state.position, end: -1, kind: null, children: keep ? [] : LEAF };
        parent.children.push(node);
        nodes.push(node);
        tries.push(matched);
      } else {
        if (below > 0) below--;
        else {
          const node = nodes.pop() as YNode;
          tries.pop();
          node.end = state.position;
          node.kind = state.kind;
          if (state.kind === 'scalar') node.value = state.result;
          if (state.kind === 'sequence' && Array.isArray(state.result)) node.length = state.result.length;
        }
        // the data was read once already: let js-yaml build an empty copy, not a second document in memory
        if (dropData && (state.kind === 'mapping' || state.kind === 'sequence')) state.result = null;
      }
    },
  } as LoadOptions);
  return unwrap(root.children[0]);
}

/** js-yaml reports some nodes twice (a wrapper around the node proper); keep the inner one. */
function unwrap(node: YNode | undefined): YNode | undefined {
  let n = node;
  while (n && n.children.length === 1 && (n.kind === 'mapping' || n.kind === 'scalar' || n.kind === 'null')) n = n.children[0];
  return n;
}

/**
 * A mapping's entries by key, built on first use: finding each of n pointers by scanning its mapping
 * would cost n × (entries) — quadratic for a spec whose 50,000 operations each have a finding.
 */
const entryIndex = new WeakMap<YNode, Map<string, { key: YNode; value: YNode | undefined }>>();

function entriesOf(node: YNode): Map<string, { key: YNode; value: YNode | undefined }> {
  let entries = entryIndex.get(node);
  if (!entries) {
    entries = new Map();
    for (let i = 0; i + 1 < node.children.length; i += 2) {
      const key = unwrap(node.children[i]);
      const name = key ? String(key.value) : undefined;
      // the first of duplicate keys, as a scan from the start would find
      if (key && name !== undefined && !entries.has(name)) entries.set(name, { key, value: unwrap(node.children[i + 1]) });
    }
    entryIndex.set(node, entries);
  }
  return entries;
}

function yamlSpans(text: string, wanted: readonly Wanted[]): (Span | undefined)[] {
  let root: YNode | undefined;
  try {
    const trie = trieOf(wanted);
    try {
      root = yamlTree(text, trie, true);
    } catch {
      // a merge key (<<) needs the data it merges: read it whole
      root = yamlTree(text, trie, false);
    }
  } catch {
    return wanted.map(() => undefined);
  }
  const trim = (start: number) => {
    let p = start;
    while (p < text.length && ' \t\r\n'.includes(text[p] as string)) p++;
    return p;
  };
  const span = (n: YNode): Span => [trim(n.start), Math.max(trim(n.start), trimEnd(n.end))];
  const trimEnd = (end: number) => {
    let p = end;
    while (p > 0 && ' \t\r\n'.includes(text[p - 1] as string)) p--;
    return p;
  };
  const deepest = wanted.map((w): Deepest | undefined => {
    let node = root;
    if (!node) return undefined;
    let found: Deepest = { hit: { value: span(node), collection: true }, depth: 0 };
    for (const segment of fromPointer(w.pointer)) {
      let next: YNode | undefined;
      let key: YNode | undefined;
      if (node.kind === 'mapping') {
        const entry = entriesOf(node).get(segment);
        if (entry) {
          key = entry.key;
          next = entry.value;
        }
      } else if (node.kind === 'sequence' && /^\d+$/.test(segment)) {
        // empty items raise no event: only trust the index when every item has one
        next = node.length === node.children.length ? unwrap(node.children[Number(segment)]) : undefined;
      }
      if (!next) break;
      const collection = next.kind === 'mapping' || next.kind === 'sequence';
      found = { hit: key ? { value: span(next), key: span(key), collection } : { value: span(next), collection }, depth: found.depth + 1 };
      node = next;
    }
    return found;
  });
  return choose(deepest, wanted);
}
