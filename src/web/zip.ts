/**
 * A zip of a bid, read in the browser as untrusted input. Only the central directory is read up
 * front; each entry is inflated (by fflate) when `check()` asks for it, and never past the size the
 * zip declares for it or the limit on bytes per file, so a zip bomb is stopped before it fills the
 * memory. Entries whose data overlap (the trick of the smallest bombs), zips that unpack to more than
 * {@link ARCHIVE_BYTES} in all, ZIP64 and multi-part archives are refused whole. Entry names go
 * to `check()` as written: a name with `../` or an absolute path is refused there, as a finding.
 */
import { Inflate } from 'fflate';
import { TooLarge, Unreadable, type InputFile } from '../artefacts/files.js';
import type { Localized } from '../core/text.js';

/** Bytes a zip may unpack to in all, by its own directory: more than a browser tab should hold. */
export const ARCHIVE_BYTES = 512 * 1024 * 1024;

/** The zip cannot be read at all; says why in both languages. */
export class ZipRefused extends Error {
  override name = 'ZipRefused';
  constructor(readonly reason: Localized) {
    super(reason.en);
  }
}

/** Compressed bytes given to the inflater at a time: deflate expands at most about 1,032 times, so one step yields at most ~16 MB. */
const STEP = 16 * 1024;

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
  readonly offset: number;
  readonly symlink: boolean;
}

/** Whether the bytes start like a zip (a local file header, or the end record of an empty zip). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

/** The files of a zip, to hand to `check({ files })`; throws {@link ZipRefused}. */
export function zipFiles(zip: Uint8Array): InputFile[] {
  const entries = centralDirectory(zip);
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > ARCHIVE_BYTES) {
    throw new ZipRefused({
      da: `Zip-filen pakker ud til ${mb(total)} MB, mere end de ${mb(ARCHIVE_BYTES)} MB, siden kan rumme. Pak den ud, og vælg mappen, eller brug rammetjek på kommandolinjen.`,
      en: `The zip unpacks to ${mb(total)} MB, more than the ${mb(ARCHIVE_BYTES)} MB the page can hold. Unpack it and choose the folder, or use rammetjek on the command line.`,
    });
  }
  const starts = entries.map((e) => ({ entry: e, start: dataStart(zip, e) }));
  const byOffset = [...starts].sort((a, b) => a.entry.offset - b.entry.offset);
  for (let i = 1; i < byOffset.length; i++) {
    const before = byOffset[i - 1]!;
    if (before.start + before.entry.compressed > byOffset[i]!.entry.offset) {
      throw new ZipRefused({
        da: 'Zip-filens filer deler data (som i en zip-bombe), så den er ikke pakket ud.',
        en: 'The files in the zip share their data (as in a zip bomb), so it was not unpacked.',
      });
    }
  }
  return starts
    .filter(({ entry }) => !entry.name.endsWith('/'))
    .map(({ entry, start }) => ({
      path: entry.name,
      size: entry.size,
      ...(entry.symlink ? { symlink: true } : {}),
      read: async (maxBytes: number) => inflateEntry(zip, entry, start, maxBytes),
    }));
}

function mb(bytes: number): string {
  return String(Math.ceil(bytes / (1024 * 1024)));
}

function refused(): ZipRefused {
  return new ZipRefused({ da: 'Filen er ikke en zip-fil, der kan læses (den er beskadiget eller ufuldstændig).', en: 'The file is not a zip file that can be read (it is damaged or incomplete).' });
}

function centralDirectory(zip: Uint8Array): Entry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // the end record is in the last 22 bytes plus a comment of at most 65,535
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65535); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw refused();
  const disk = view.getUint16(end + 4, true);
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (disk !== 0 || view.getUint16(end + 8, true) !== count) {
    throw new ZipRefused({ da: 'Zip-filen er delt i flere dele; saml den til én fil.', en: 'The zip is split into several parts; join it into one file.' });
  }
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    throw new ZipRefused({ da: 'Zip-filen er i ZIP64-format, som siden ikke læser; pak den ud, og vælg mappen.', en: 'The zip is in ZIP64 format, which the page does not read; unpack it and choose the folder.' });
  }
  if (offset + size > end) throw refused();
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== 0x02014b50) throw refused();
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > end) throw refused();
    const compressed = view.getUint32(at + 20, true);
    const uncompressed = view.getUint32(at + 24, true);
    const local = view.getUint32(at + 42, true);
    if (compressed === 0xffffffff || uncompressed === 0xffffffff || local === 0xffffffff) {
      throw new ZipRefused({ da: 'Zip-filen er i ZIP64-format, som siden ikke læser; pak den ud, og vælg mappen.', en: 'The zip is in ZIP64 format, which the page does not read; unpack it and choose the folder.' });
    }
    const madeOnUnix = view.getUint8(at + 5) === 3;
    const mode = view.getUint32(at + 38, true) >>> 16;
    entries.push({
      name: entryName(zip.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0),
      method: view.getUint16(at + 10, true),
      flags,
      crc: view.getUint32(at + 16, true),
      compressed,
      size: uncompressed,
      offset: local,
      symlink: madeOnUnix && (mode & 0o170000) === 0o120000,
    });
    at = next;
  }
  return entries;
}

/** Where an entry's data start, after its local header; the data must end before the central directory. */
function dataStart(zip: Uint8Array, entry: Entry): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  if (entry.offset + 30 > zip.length || view.getUint32(entry.offset, true) !== 0x04034b50) throw refused();
  const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  if (start + entry.compressed > zip.length) throw refused();
  return start;
}

/** CP437, the code page of zips without the UTF-8 flag, for bytes 0x80–0xFF. */
const CP437 = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

function entryName(bytes: Uint8Array, utf8: boolean): string {
  try {
    // many zippers write UTF-8 without setting the flag; valid UTF-8 is read as such
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (utf8) return new TextDecoder('utf-8').decode(bytes);
    return Array.from(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : CP437[b - 0x80])).join('');
  }
}

function damaged(detail: Localized): Unreadable {
  return new Unreadable({ da: `zip-filens indgang er beskadiget (${detail.da})`, en: `the zip entry is damaged (${detail.en})` });
}

async function inflateEntry(zip: Uint8Array, entry: Entry, start: number, maxBytes: number): Promise<Uint8Array> {
  if (entry.flags & 0x1) throw new Unreadable({ da: 'den er krypteret i zip-filen', en: 'it is encrypted in the zip' });
  const data = zip.subarray(start, start + entry.compressed);
  let out: Uint8Array;
  if (entry.method === 0) out = data;
  else if (entry.method === 8) {
    const cap = Math.min(entry.size, maxBytes);
    const chunks: Uint8Array[] = [];
    let length = 0;
    let over = false;
    const inflater = new Inflate((chunk) => {
      length += chunk.length;
      if (length > cap) over = true;
      else chunks.push(chunk);
    });
    try {
      for (let at = 0; at < data.length && !over; at += STEP) inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
    } catch {
      throw damaged({ da: 'dens data kan ikke pakkes ud', en: 'its data cannot be inflated' });
    }
    if (over && entry.size > maxBytes) throw new TooLarge(entry.size);
    if (over) throw damaged({ da: `den fylder mere end de ${entry.size} bytes, zip-filen angiver`, en: `it holds more than the ${entry.size} bytes the zip declares` });
    out = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
  } else throw new Unreadable({ da: `zip-filen bruger en komprimering, siden ikke kender (metode ${entry.method})`, en: `the zip uses a compression the page does not know (method ${entry.method})` });
  if (out.length !== entry.size) throw damaged({ da: `den fylder ${out.length} bytes, men zip-filen angiver ${entry.size}`, en: `it holds ${out.length} bytes, but the zip declares ${entry.size}` });
  if (crc32(out) !== entry.crc) throw damaged({ da: 'kontrolsummen passer ikke', en: 'its checksum does not match' });
  return out;
}

let table: Uint32Array | undefined;

function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
