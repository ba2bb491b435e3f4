import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { LineIndex } from '../../location/line-index.js';
import type { Range } from '../../core/finding.js';
import { DEFAULT_LIMITS, LimitExceeded, type Limits } from '../../core/limits.js';
import { ParseFailure, tooDeep } from '../parse.js';

/** An XML element with its namespace resolved (prefixes do not matter), its place, and its children. */
export interface XmlElement {
  readonly ns: string;
  readonly local: string;
  /** Attributes by local name; namespace declarations left out. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** The element's own text, trimmed. */
  readonly text: string;
  /** An XPath-like path: /EntityDescriptor/SPSSODescriptor/KeyDescriptor[2]. */
  readonly path: string;
  readonly range: Range;
}

/** The limits an XML document is measured against before it is parsed. */
export type XmlLimits = Pick<Limits, 'depth' | 'xmlElements' | 'xmlAttributes'>;
const SYMBOL = XMLParser.getMetaDataSymbol() as unknown as symbol;

/**
 * Parses untrusted XML into a tree of namespace-resolved elements with positions. A DOCTYPE or an
 * entity declaration is refused before parsing (no expansion, no external entities); malformed XML
 * fails with the line and column the validator names. Depth, elements and attributes are counted
 * in one scan before the parsers run, so a document past a limit costs no more than that scan.
 */
export function parseXml(input: string, limits: XmlLimits = DEFAULT_LIMITS): XmlElement {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const doctype = /<!DOCTYPE|<!ENTITY/i.exec(text);
  if (doctype) {
    const { line, column } = new LineIndex(text).position(doctype.index);
    throw new ParseFailure('a DOCTYPE or entity declaration is not allowed (entities are never expanded)', line, column);
  }
  measure(text, limits);
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) throw new ParseFailure(valid.err.msg, valid.err.line, valid.err.col, { cause: valid.err });
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    captureMetaData: true,
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    commentPropName: false,
  } as ConstructorParameters<typeof XMLParser>[0]);
  const nodes = parser.parse(text) as Record<string, unknown>[];
  const lines = new LineIndex(text);
  const root = nodes.find((n) => Object.keys(n).some((k) => k !== ':@' && !k.startsWith('#') && !k.startsWith('?')));
  if (!root) throw new ParseFailure('the document has no root element', 1, 1);
  return build(root, new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]), '', lines, text);
}

/**
 * Counts elements, attributes and nesting in one pass over the text, skipping comments, CDATA and
 * processing instructions. Attributes are counted by their `=` outside quotes; the count errs high
 * on malformed markup, never low.
 */
function measure(text: string, limits: XmlLimits): void {
  let elements = 0;
  let attributes = 0;
  let depth = 0;
  for (let i = text.indexOf('<'); i >= 0 && i < text.length; i = text.indexOf('<', i)) {
    const next = text.charCodeAt(i + 1);
    if (next === 33 /* ! */) {
      const close = text.startsWith('<!--', i) ? '-->' : text.startsWith('<![CDATA[', i) ? ']]>' : '>';
      const end = text.indexOf(close, i + 2);
      i = end < 0 ? text.length : end + close.length;
      continue;
    }
    if (next === 63 /* ? */) {
      const end = text.indexOf('?>', i + 2);
      i = end < 0 ? text.length : end + 2;
      continue;
    }
    if (next === 47 /* / */) {
      depth--;
      i += 2;
      continue;
    }
    elements++;
    let j = i + 1;
    for (; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c === 62 /* > */) break;
      if (c === 61 /* = */) attributes++;
      else if (c === 34 || c === 39) {
        const end = text.indexOf(c === 34 ? '"' : "'", j + 1);
        j = end < 0 ? text.length : end;
      }
    }
    if (text.charCodeAt(j - 1) !== 47 /* />: closed at once */) depth++;
    if (elements > limits.xmlElements) throw new LimitExceeded('xmlElements', limits.xmlElements, { da: `Dokumentet har mere end ${limits.xmlElements} elementer og er ikke kontrolleret`, en: `The document has more than ${limits.xmlElements} elements and was not checked` });
    if (attributes > limits.xmlAttributes) throw new LimitExceeded('xmlAttributes', limits.xmlAttributes, { da: `Dokumentet har mere end ${limits.xmlAttributes} attributter og er ikke kontrolleret`, en: `The document has more than ${limits.xmlAttributes} attributes and was not checked` });
    if (depth > limits.depth) throw tooDeep(limits.depth);
    i = j + 1;
  }
}

function build(node: Record<string, unknown>, scope: ReadonlyMap<string, string>, parentPath: string, lines: LineIndex, text: string, index = 1, siblings = 1): XmlElement {
  const qname = Object.keys(node).find((k) => k !== ':@') as string;
  const raw = (node[':@'] ?? {}) as Record<string, string>;
  // the parent's scope is shared until an element declares a namespace: copying it for every
  // element cost elements × declarations (40,000 of each ran past a minute)
  let namespaces: ReadonlyMap<string, string> = scope;
  const declare = (prefix: string, uri: string) => {
    if (namespaces === scope) namespaces = new Map(scope);
    (namespaces as Map<string, string>).set(prefix, uri);
  };
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (name === 'xmlns') declare('', value);
    else if (name.startsWith('xmlns:')) declare(name.slice(6), value);
  }
  for (const [name, value] of Object.entries(raw)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    attributes[name.includes(':') ? name.slice(name.indexOf(':') + 1) : name] = value;
  }
  const colon = qname.indexOf(':');
  const prefix = colon < 0 ? '' : qname.slice(0, colon);
  const local = colon < 0 ? qname : qname.slice(colon + 1);
  const path = `${parentPath}/${local}${siblings > 1 ? `[${index}]` : ''}`;
  const meta = (node as Record<symbol, { startIndex?: number; endIndex?: number } | undefined>)[SYMBOL];
  const start = meta?.startIndex ?? 0;
  const end = meta?.endIndex ?? start;
  const content = (node[qname] ?? []) as Record<string, unknown>[];
  const elementNodes = content.filter((c) => Object.keys(c).some((k) => k !== ':@' && k !== '#text' && !k.startsWith('?')));
  const counts = new Map<string, number>();
  for (const c of elementNodes) {
    const k = localOf(c);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  const children = elementNodes.map((c) => {
    const k = localOf(c);
    const i = (seen.get(k) ?? 0) + 1;
    seen.set(k, i);
    return build(c, namespaces, path, lines, text, i, counts.get(k) ?? 1);
  });
  const own = content.filter((c) => '#text' in c).map((c) => String(c['#text'])).join('');
  return {
    ns: namespaces.get(prefix) ?? '',
    local,
    attributes,
    children,
    text: own.trim(),
    path,
    range: { start: lines.position(start), end: lines.position(Math.max(start, end)) },
  };
}

function localOf(node: Record<string, unknown>): string {
  const qname = Object.keys(node).find((k) => k !== ':@') as string;
  return qname.includes(':') ? qname.slice(qname.indexOf(':') + 1) : qname;
}

/** Child elements with a namespace and local name. */
export function childrenOf(el: XmlElement, ns: string, local: string): XmlElement[] {
  return el.children.filter((c) => c.ns === ns && c.local === local);
}

/** The first child element with a namespace and local name. */
export function childOf(el: XmlElement, ns: string, local: string): XmlElement | undefined {
  return el.children.find((c) => c.ns === ns && c.local === local);
}

/** All descendant elements with a namespace and local name, in document order. */
export function descendantsOf(el: XmlElement, ns: string, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  const stack = [...el.children].reverse();
  while (stack.length > 0) {
    const e = stack.pop() as XmlElement;
    if (e.ns === ns && e.local === local) found.push(e);
    for (let i = e.children.length - 1; i >= 0; i--) stack.push(e.children[i] as XmlElement);
  }
  return found;
}

export const NS = {
  md: 'urn:oasis:names:tc:SAML:2.0:metadata',
  ds: 'http://www.w3.org/2000/09/xmldsig#',
  wsdl: 'http://schemas.xmlsoap.org/wsdl/',
  soap: 'http://schemas.xmlsoap.org/wsdl/soap/',
  soap12: 'http://schemas.xmlsoap.org/wsdl/soap12/',
  wsp: ['http://www.w3.org/ns/ws-policy', 'http://schemas.xmlsoap.org/ws/2004/09/policy'],
  sp: ['http://docs.oasis-open.org/ws-sx/ws-securitypolicy/200702', 'http://schemas.xmlsoap.org/ws/2005/07/securitypolicy'],
  memo: 'https://DigitalPost.dk/MeMo-1',
} as const;
