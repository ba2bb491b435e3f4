/**
 * The one use of Node's `Buffer` on the page's path: `Buffer.from(text, 'base64')` for the
 * certificates in SAML metadata, decoded as leniently as Node does (both alphabets, other
 * characters skipped, the first `=` ends it). Injected by the browser build where code names `Buffer`.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Map<string, number>([...ALPHABET].map((c, i) => [c, i] as const).concat([['-', 62], ['_', 63]]));

export const Buffer = {
  from(text: string, encoding: string): Uint8Array {
    if (encoding !== 'base64') throw new Error(`only base64 in the browser, not ${encoding}`);
    const out: number[] = [];
    let bits = 0;
    let value = 0;
    for (const c of text) {
      if (c === '=') break;
      const v = VALUES.get(c);
      if (v === undefined) continue;
      value = ((value << 6) | v) & 0xffffff;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out.push((value >> bits) & 0xff);
      }
    }
    return Uint8Array.from(out);
  },
  isBuffer(_value: unknown): boolean {
    return false;
  },
};
