/**
 * Facts the SAML rules share that belong to the rules, not the loader: which federation an SP's
 * metadata is made for (NemLog-in or KOMBIT's Context Handler, whose profiles differ), the OCES3
 * issuing CA a certificate names, and a certificate's signature algorithm.
 */
import type { X509Certificate } from 'node:crypto';
import type { SamlModel } from '../../src/artefacts/xml/model.js';
import { childOf, childrenOf, NS, type XmlElement } from '../../src/artefacts/xml/parse.js';

/** KOMBIT's own attribute, requested by Context Handler SPs only: in OIOSAML 2 form and in OIOSAML 3 form. */
export const KOMBIT_SPEC_VER = ['dk:gov:saml:attribute:KombitSpecVer', 'https://data.gov.dk/model/core/kombitSpecVer'] as const;

/** The RequestedAttribute elements of the SP's AttributeConsumingService (none without one). */
export function requestedAttributes(sp: XmlElement): XmlElement[] {
  const service = childOf(sp, NS.md, 'AttributeConsumingService');
  return service ? childrenOf(service, NS.md, 'RequestedAttribute') : [];
}

/**
 * True when the metadata is made for KOMBIT's Context Handler (Fælleskommunal Adgangsstyring): it
 * requests KombitSpecVer, which only the Context Handler issues. A NemLog-in SP never asks for it.
 */
export function isContextHandlerSp(saml: SamlModel): boolean {
  const sp = saml.sps[0];
  if (!sp) return false;
  return requestedAttributes(sp).some((a) => (KOMBIT_SPEC_VER as readonly string[]).includes(a.attributes['Name'] ?? ''));
}

/**
 * Reads one attribute of a distinguished name as Node prints it: one `KEY=value` per line, the parts
 * of a multi-valued RDN joined by " + " (e.g. "serialNumber=CVR:… + CN=…").
 */
export function dnPart(dn: string, key: string): string | undefined {
  for (const line of dn.split('\n')) {
    const part = line.split(/ \+ /).find((p) => p.startsWith(`${key}=`));
    if (part) return part.slice(key.length + 1);
  }
  return undefined;
}

/**
 * The OCES3 environment a certificate's issuer names: the state's issuing CA is "Den Danske Stat OCES
 * udstedende-CA <n>" under O=Den Danske Stat, and its test environment's carries OU "Test - cti".
 * Undefined for any other issuer. A name check, not a chain check: the metadata carries no chain.
 */
export function oces3Environment(cert: X509Certificate): 'production' | 'test' | undefined {
  const cn = dnPart(cert.issuer, 'CN') ?? '';
  if (dnPart(cert.issuer, 'O') !== 'Den Danske Stat' || !/^Den Danske Stat OCES udstedende-CA [0-9]+$/.test(cn)) return undefined;
  return /test/i.test(dnPart(cert.issuer, 'OU') ?? '') ? 'test' : 'production';
}

/** Signature algorithms by OID, with whether they are strong enough (SHA-1 and MD5 are not). */
const SIGNATURE_ALGORITHMS: Readonly<Record<string, { name: string; strong: boolean }>> = {
  '1.2.840.113549.1.1.4': { name: 'md5WithRSAEncryption', strong: false },
  '1.2.840.113549.1.1.5': { name: 'sha1WithRSAEncryption', strong: false },
  '1.2.840.113549.1.1.10': { name: 'RSASSA-PSS', strong: true },
  '1.2.840.113549.1.1.11': { name: 'sha256WithRSAEncryption', strong: true },
  '1.2.840.113549.1.1.12': { name: 'sha384WithRSAEncryption', strong: true },
  '1.2.840.113549.1.1.13': { name: 'sha512WithRSAEncryption', strong: true },
  '1.2.840.10045.4.1': { name: 'ecdsa-with-SHA1', strong: false },
  '1.2.840.10045.4.3.2': { name: 'ecdsa-with-SHA256', strong: true },
  '1.2.840.10045.4.3.3': { name: 'ecdsa-with-SHA384', strong: true },
  '1.2.840.10045.4.3.4': { name: 'ecdsa-with-SHA512', strong: true },
};

/**
 * The algorithm the issuer signed the certificate with, read from the DER (Node 20's X509Certificate
 * does not expose it): Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signature }.
 * Undefined when the structure cannot be read; `strong` is undefined for an OID not in the table.
 */
export function signatureAlgorithm(der: Buffer): { oid: string; name: string; strong?: boolean } | undefined {
  const outer = tlv(der, 0);
  if (!outer || der[0] !== 0x30) return undefined;
  const tbs = tlv(der, outer.start);
  if (!tbs) return undefined;
  const algorithm = tlv(der, tbs.end);
  if (!algorithm || der[tbs.end] !== 0x30) return undefined;
  const oidTlv = tlv(der, algorithm.start);
  if (!oidTlv || der[algorithm.start] !== 0x06) return undefined;
  const oid = decodeOid(der.subarray(oidTlv.start, oidTlv.end));
  const known = SIGNATURE_ALGORITHMS[oid];
  return known ? { oid, ...known } : { oid, name: oid };
}

/** The content range of the DER element at `at`, or undefined when it runs past the buffer. */
function tlv(der: Buffer, at: number): { start: number; end: number } | undefined {
  if (at + 2 > der.length) return undefined;
  let length = der[at + 1]!;
  let start = at + 2;
  if (length & 0x80) {
    const bytes = length & 0x7f;
    if (bytes === 0 || bytes > 4 || start + bytes > der.length) return undefined;
    length = 0;
    for (let i = 0; i < bytes; i++) length = length * 256 + der[start + i]!;
    start += bytes;
  }
  const end = start + length;
  return end <= der.length ? { start, end } : undefined;
}

function decodeOid(bytes: Buffer): string {
  const parts: number[] = [];
  let value = 0;
  for (const byte of bytes) {
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      parts.push(value);
      value = 0;
    }
  }
  const first = parts.shift() ?? 0;
  return [Math.min(2, Math.floor(first / 40)), first - Math.min(2, Math.floor(first / 40)) * 40, ...parts].join('.');
}
