import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Range } from '../core/finding.js';
import { LineIndex } from './line-index.js';
import { fromPointer } from './pointer.js';

/**
 * Finds the text range of a JSON pointer in a YAML or JSON document. Built only for files that
 * have findings: parsing with positions costs several times a plain parse, so it is never done
 * up front. A pointer that does not exist maps to its closest existing ancestor, never to 1:1.
 */
export class SourceMap {
  private readonly root: Node | null;
  private readonly lines: LineIndex;

  constructor(text: string) {
    const doc = parseDocument(text, { lineCounter: new LineCounter(), keepSourceTokens: false, uniqueKeys: false });
    this.root = (doc.contents as Node | null) ?? null;
    this.lines = new LineIndex(text);
  }

  /** The range of the value at `pointer`; with `key`, of the property name instead (for unknown properties). */
  range(pointer: string, key = false): Range | undefined {
    let node: Node | null = this.root;
    let keyNode: Node | null = null;
    for (const segment of fromPointer(pointer)) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && scalarText(p.key as Node) === segment);
        if (!pair) break;
        keyNode = pair.key as Node;
        node = (pair.value as Node | null) ?? keyNode;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)] as Node | undefined;
        if (!item || !/^\d+$/.test(segment)) break;
        keyNode = null;
        node = item;
      } else break;
    }
    const target = key && keyNode ? keyNode : node;
    if (!target?.range) return undefined;
    // A block mapping or list under a key starts on the next line; the reader looks for the key.
    const startNode = keyNode && (isMap(target) || isSeq(target)) ? keyNode : target;
    const start = startNode.range?.[0] ?? target.range[0];
    return { start: this.lines.position(start), end: this.lines.position(target.range[1]) };
  }
}

function scalarText(node: Node | null): string | undefined {
  return isScalar(node) ? String(node.value) : undefined;
}
