import path from 'node:path';
import { childOf, childrenOf, descendantsOf, NS, type XmlElement } from './parse.js';

/** One XML document of the bid: its file and element tree. Rules read elements through the helpers in parse.ts. */
export interface XmlModel {
  readonly file: string;
  readonly root: XmlElement;
}

/** SAML 2.0 service-provider metadata (what a service registers with NemLog-in or the Context Handler). */
export interface SamlModel extends XmlModel {
  readonly entityId?: string;
  readonly validUntil?: string;
  /** Every SPSSODescriptor; a well-formed SP has exactly one. */
  readonly sps: readonly XmlElement[];
}

/** A policy a WSDL can refer to: its id, and where it is written. */
export interface WsdlPolicy {
  readonly id: string;
  readonly file: string;
  readonly element: XmlElement;
}

/** A WSDL 1.1 contract, with the policies it can reach (its own and those of the WSDLs it imports). */
export interface WsdlModel extends XmlModel {
  readonly targetNamespace?: string;
  readonly bindings: readonly XmlElement[];
  /** soap:address and soap12:address elements of the services' ports. */
  readonly addresses: readonly XmlElement[];
  readonly policies: readonly WsdlPolicy[];
}

/** A Digital Post message in MeMo. */
export interface MemoModel extends XmlModel {
  readonly version?: string;
  readonly header?: XmlElement;
  readonly body?: XmlElement;
}

export type XmlKind = 'saml-metadata' | 'saml-idp-metadata' | 'wsdl' | 'memo' | 'xml';

/** What an XML document is, from its root element and namespace (prefixes do not matter). */
export function xmlKind(root: XmlElement): XmlKind {
  if (root.ns === NS.md && (root.local === 'EntityDescriptor' || root.local === 'EntitiesDescriptor')) {
    const descriptors = root.local === 'EntityDescriptor' ? [root] : childrenOf(root, NS.md, 'EntityDescriptor');
    if (descriptors.some((d) => childOf(d, NS.md, 'SPSSODescriptor'))) return 'saml-metadata';
    if (descriptors.some((d) => childOf(d, NS.md, 'IDPSSODescriptor'))) return 'saml-idp-metadata';
    return 'xml';
  }
  if (root.ns === NS.wsdl && root.local === 'definitions') return 'wsdl';
  if (root.ns === NS.memo && root.local === 'Message') return 'memo';
  return 'xml';
}

export function samlModel(file: string, root: XmlElement): SamlModel {
  const entity = root.local === 'EntityDescriptor' ? root : (childrenOf(root, NS.md, 'EntityDescriptor').find((d) => childOf(d, NS.md, 'SPSSODescriptor')) ?? root);
  return {
    file,
    root: entity,
    ...(entity.attributes['entityID'] !== undefined ? { entityId: entity.attributes['entityID'] } : {}),
    ...(entity.attributes['validUntil'] !== undefined ? { validUntil: entity.attributes['validUntil'] } : {}),
    sps: childrenOf(entity, NS.md, 'SPSSODescriptor'),
  };
}

const isPolicyNs = (ns: string) => (NS.wsp as readonly string[]).includes(ns);

/** The policies of a WSDL: its own, and those of WSDL files it imports from the bid (one level is how contracts are split). */
export function wsdlModel(file: string, root: XmlElement, xml: ReadonlyMap<string, XmlElement>): WsdlModel {
  const policiesIn = (f: string, el: XmlElement): WsdlPolicy[] =>
    el.children.flatMap((c) => (isPolicyNs(c.ns) && c.local === 'Policy' ? [{ id: c.attributes['Id'] ?? c.attributes['Name'] ?? '', file: f, element: c }] : []));
  const policies = policiesIn(file, root);
  for (const imp of childrenOf(root, NS.wsdl, 'import')) {
    const location = imp.attributes['location'];
    if (!location || /^[a-z]+:/i.test(location)) continue;
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), location));
    const imported = xml.get(target);
    if (imported) policies.push(...policiesIn(target, imported));
  }
  const addresses = childrenOf(root, NS.wsdl, 'service').flatMap((s) =>
    childrenOf(s, NS.wsdl, 'port').flatMap((p) => [...childrenOf(p, NS.soap, 'address'), ...childrenOf(p, NS.soap12, 'address')]),
  );
  return {
    file,
    root,
    ...(root.attributes['targetNamespace'] !== undefined ? { targetNamespace: root.attributes['targetNamespace'] } : {}),
    bindings: childrenOf(root, NS.wsdl, 'binding'),
    addresses,
    policies,
  };
}

export function memoModel(file: string, root: XmlElement): MemoModel {
  const header = childOf(root, NS.memo, 'MessageHeader');
  const body = childOf(root, NS.memo, 'MessageBody');
  return {
    file,
    root,
    ...(root.attributes['memoVersion'] !== undefined ? { version: root.attributes['memoVersion'] } : {}),
    ...(header ? { header } : {}),
    ...(body ? { body } : {}),
  };
}

/** The text of the first descendant with this MeMo name, if any. */
export function memoText(el: XmlElement | undefined, local: string): string | undefined {
  return el ? descendantsOf(el, NS.memo, local)[0]?.text : undefined;
}
