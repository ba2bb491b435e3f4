/**
 * `node:crypto` in the browser build: SHA-256 (the hashes of every input and of the ruleset) and
 * the part of `X509Certificate` the SAML rules read — subject and issuer as Node prints them (one
 * `KEY=value` per line), validity, public key type and size, and the DER. A test holds it to Node's
 * own on every certificate the project has. The CLI keeps Node's own.
 */
import { sha256 } from '@noble/hashes/sha2.js';

export function createHash(algorithm: string) {
  if (algorithm !== 'sha256') throw new Error(`only sha256 in the browser, not ${algorithm}`);
  const hash = sha256.create();
  const encoder = new TextEncoder();
  const api = {
    update(data: string | Uint8Array) {
      hash.update(typeof data === 'string' ? encoder.encode(data) : data);
      return api;
    },
    digest(encoding: 'hex') {
      if (encoding !== 'hex') throw new Error('only hex digests in the browser');
      return [...hash.digest()].map((b) => b.toString(16).padStart(2, '0')).join('');
    },
  };
  return api;
}

/** One DER element: its tag, and where its content starts and ends in the buffer. */
interface Tlv {
  readonly tag: number;
  readonly start: number;
  readonly end: number;
}

function readTlv(der: Uint8Array, at: number, limit = der.length): Tlv {
  if (at + 2 > limit) throw new Error('truncated DER');
  const tag = der[at]!;
  let length = der[at + 1]!;
  let start = at + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4 || start + count > limit) throw new Error('bad DER length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + der[start + i]!;
    start += count;
  }
  if (start + length > limit) throw new Error('DER element runs past its parent');
  return { tag, start, end: start + length };
}

function children(der: Uint8Array, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let at = parent.start; at < parent.end; ) {
    const child = readTlv(der, at, parent.end);
    out.push(child);
    at = child.end;
  }
  return out;
}

function expect(tlv: Tlv | undefined, tag: number): Tlv {
  if (!tlv || tlv.tag !== tag) throw new Error(`expected DER tag ${tag}`);
  return tlv;
}

function oid(der: Uint8Array, tlv: Tlv): string {
  const parts: number[] = [];
  let value = 0;
  for (let i = tlv.start; i < tlv.end; i++) {
    const byte = der[i]!;
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      parts.push(value);
      value = 0;
    }
  }
  const first = parts.shift() ?? 0;
  const top = Math.min(2, Math.floor(first / 40));
  return [top, first - top * 40, ...parts].join('.');
}

/** Short names as OpenSSL prints them. */
const NAMES: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN', '2.5.4.4': 'SN', '2.5.4.5': 'serialNumber', '2.5.4.6': 'C', '2.5.4.7': 'L', '2.5.4.8': 'ST',
  '2.5.4.9': 'street', '2.5.4.10': 'O', '2.5.4.11': 'OU', '2.5.4.12': 'title', '2.5.4.15': 'businessCategory',
  '2.5.4.17': 'postalCode', '2.5.4.42': 'GN', '2.5.4.43': 'initials', '2.5.4.46': 'dnQualifier', '2.5.4.65': 'pseudonym',
  '2.5.4.97': 'organizationIdentifier', '1.2.840.113549.1.9.1': 'emailAddress', '0.9.2342.19200300.100.1.1': 'UID',
  '0.9.2342.19200300.100.1.25': 'DC', '1.3.6.1.4.1.311.60.2.1.3': 'jurisdictionC',
};

function text(der: Uint8Array, tlv: Tlv): string {
  const bytes = der.subarray(tlv.start, tlv.end);
  if (tlv.tag === 0x1e) return new TextDecoder('utf-16be').decode(bytes); // BMPString
  if (tlv.tag === 0x1c) return String.fromCodePoint(...Array.from({ length: bytes.length / 4 }, (_, i) => new DataView(bytes.buffer, bytes.byteOffset + i * 4, 4).getUint32(0))); // UniversalString
  if (tlv.tag === 0x14) return String.fromCharCode(...bytes); // TeletexString, read as Latin-1 as OpenSSL does
  return new TextDecoder('utf-8').decode(bytes);
}

/** A value escaped as OpenSSL's RFC 2253 flags do: specials and control characters. */
function escape(value: string): string {
  return value
    .replace(/[,+"\\<>;]/g, (c) => `\\${c}`)
    .replace(/[\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
    .replace(/^[# ]/, (c) => `\\${c}`)
    .replace(/ $/, '\\ ');
}

function name(der: Uint8Array, tlv: Tlv): string {
  return children(der, expect(tlv, 0x30))
    .map((rdn) =>
      children(der, expect(rdn, 0x31))
        .map((ava) => {
          const [type, value] = children(der, expect(ava, 0x30));
          const id = oid(der, expect(type, 0x06));
          if (!value) throw new Error('attribute without a value');
          return `${NAMES[id] ?? id}=${escape(text(der, value))}`;
        })
        .join(' + '),
    )
    .join('\n');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** UTCTime or GeneralizedTime, printed as Node prints it ("Nov  3 12:00:00 2027 GMT"). */
function time(der: Uint8Array, tlv: Tlv): string {
  const raw = new TextDecoder().decode(der.subarray(tlv.start, tlv.end));
  const match = tlv.tag === 0x17 ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(raw) : tlv.tag === 0x18 ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(raw) : null;
  if (!match) throw new Error('bad certificate time');
  const [, y, mo, d, h, mi, s] = match as unknown as [string, string, string, string, string, string, string];
  const year = y.length === 2 ? (Number(y) < 50 ? 2000 + Number(y) : 1900 + Number(y)) : Number(y);
  const month = MONTHS[Number(mo) - 1];
  if (!month) throw new Error('bad certificate month');
  return `${month} ${String(Number(d)).padStart(2, ' ')} ${h}:${mi}:${s} ${year} GMT`;
}

const KEY_TYPES: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.1.1': 'rsa',
  '1.2.840.113549.1.1.10': 'rsa-pss',
  '1.2.840.10045.2.1': 'ec',
  '1.2.840.10040.4.1': 'dsa',
  '1.3.101.112': 'ed25519',
  '1.3.101.113': 'ed448',
};

/** Curve names as Node gives them. */
const CURVES: Readonly<Record<string, string>> = {
  '1.2.840.10045.3.1.1': 'prime192v1',
  '1.2.840.10045.3.1.7': 'prime256v1',
  '1.3.132.0.33': 'secp224r1',
  '1.3.132.0.34': 'secp384r1',
  '1.3.132.0.35': 'secp521r1',
  '1.3.132.0.10': 'secp256k1',
  '1.3.36.3.3.2.8.1.1.7': 'brainpoolP256r1',
  '1.3.36.3.3.2.8.1.1.11': 'brainpoolP384r1',
  '1.3.36.3.3.2.8.1.1.13': 'brainpoolP512r1',
};

interface PublicKey {
  readonly asymmetricKeyType?: string;
  readonly asymmetricKeyDetails?: { readonly modulusLength?: number; readonly namedCurve?: string };
}

function publicKey(der: Uint8Array, spki: Tlv): PublicKey {
  const [algorithm, bits] = children(der, expect(spki, 0x30));
  const [algorithmId, parameters] = children(der, expect(algorithm, 0x30));
  const type = KEY_TYPES[oid(der, expect(algorithmId, 0x06))];
  const key = expect(bits, 0x03);
  if (type === 'rsa' || type === 'rsa-pss') {
    const [modulus] = children(der, expect(readTlv(der, key.start + 1, key.end), 0x30));
    const m = expect(modulus, 0x02);
    let first = m.start;
    while (first < m.end - 1 && der[first] === 0) first++;
    const modulusLength = (m.end - first - 1) * 8 + (32 - Math.clz32(der[first]!));
    return { asymmetricKeyType: type, asymmetricKeyDetails: { modulusLength } };
  }
  if (type === 'ec') {
    const curve = parameters?.tag === 0x06 ? CURVES[oid(der, parameters)] : undefined;
    return { asymmetricKeyType: type, asymmetricKeyDetails: curve ? { namedCurve: curve } : {} };
  }
  return type ? { asymmetricKeyType: type } : {};
}

export class X509Certificate {
  readonly raw: Uint8Array;
  readonly subject: string;
  readonly issuer: string;
  readonly validFrom: string;
  readonly validTo: string;
  readonly publicKey: PublicKey;

  constructor(der: Uint8Array) {
    this.raw = der;
    const certificate = readTlv(der, 0);
    if (certificate.tag !== 0x30 || certificate.end !== der.length) throw new Error('not a DER certificate');
    const [tbs, algorithm, signature] = children(der, certificate);
    expect(algorithm, 0x30);
    expect(signature, 0x03);
    const fields = children(der, expect(tbs, 0x30));
    const offset = fields[0]?.tag === 0xa0 ? 1 : 0;
    const [serial, signatureId, issuer, validity, subject, spki] = fields.slice(offset);
    expect(serial, 0x02);
    expect(signatureId, 0x30);
    const [notBefore, notAfter] = children(der, expect(validity, 0x30));
    if (!notBefore || !notAfter) throw new Error('certificate without validity');
    this.issuer = name(der, expect(issuer, 0x30));
    this.subject = name(der, expect(subject, 0x30));
    this.validFrom = time(der, notBefore);
    this.validTo = time(der, notAfter);
    this.publicKey = publicKey(der, expect(spki, 0x30));
  }
}
