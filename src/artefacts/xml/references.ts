import path from 'node:path';
import { diagnostic } from '../../core/diagnostics.js';
import type { Finding } from '../../core/finding.js';
import { NS, type XmlElement } from './parse.js';

const XINCLUDE = 'http://www.w3.org/2001/XInclude';
const XSD = 'http://www.w3.org/2001/XMLSchema';
const REMOTE = /^[a-z][a-z0-9+.-]*:/i;

/**
 * XML that points to other documents — XInclude, `wsdl:import`, `xsd:import`/`include`/`redefine` —
 * is never fetched from the network or outside the bid, and XInclude is never processed. Each such
 * reference is a finding, so nobody takes what was not read for checked.
 */
export function xmlReferenceFindings(file: string, root: XmlElement): Finding[] {
  const findings: Finding[] = [];
  const stack: XmlElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop() as XmlElement;
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as XmlElement);
    const ref =
      el.ns === XINCLUDE && el.local === 'include' ? { what: 'XInclude', target: el.attributes['href'] ?? '' }
      : el.ns === NS.wsdl && el.local === 'import' ? { what: 'wsdl:import', target: el.attributes['location'] }
      : el.ns === XSD && (el.local === 'import' || el.local === 'include' || el.local === 'redefine') ? { what: `xsd:${el.local}`, target: el.attributes['schemaLocation'] }
      : undefined;
    if (!ref || ref.target === undefined) continue;
    const why = reason(ref.what, ref.target, file);
    if (!why) continue;
    findings.push(diagnostic('reference-not-followed', { da: `${ref.what} til «${ref.target}» er ikke fulgt: ${why.da}.`, en: `${ref.what} to '${ref.target}' was not followed: ${why.en}.` }, { file, pointer: el.path, range: el.range }));
  }
  return findings;
}

function reason(what: string, target: string, file: string): { da: string; en: string } | undefined {
  if (REMOTE.test(target)) return { da: 'rammetjek henter aldrig noget fra nettet', en: 'rammetjek never fetches anything from the network' };
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(file), target.replace(/\\/g, '/')));
  if (path.posix.isAbsolute(target) || joined.startsWith('../') || joined === '..') return { da: 'den peger ud af buddets mappe', en: 'it points outside the bid folder' };
  if (what === 'XInclude') return { da: 'XInclude udføres ikke; dokumentet er kontrolleret, som det står', en: 'XInclude is not processed; the document was checked as it stands' };
  // a local import missing from the bid is the business of the rules that need it (wsdl-security-policy)
  return undefined;
}
