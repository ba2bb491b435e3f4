import { createHash } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { lstat, open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import type { Localized } from '../core/text.js';
import { BID_FILE_EXTENSIONS, type TextFormat } from './kinds.js';

/** A document handed to the checker: its path (relative to the bid root, `/`-separated) and text. */
export interface InputDocument {
  readonly path: string;
  readonly text: string;
}

/**
 * A file handed over in memory (dropped in a browser, or an entry of a zip read there): its path
 * relative to the bid root, `/`-separated, its size as known before reading, and a way to read its
 * bytes. A file over the size limit is never read, as on disk.
 */
export interface InputFile {
  readonly path: string;
  readonly size: number;
  /** Reads the bytes; throws {@link TooLarge} when there turn out to be more than `maxBytes`. */
  read(maxBytes: number): Promise<Uint8Array>;
  /** A symbolic link in an archive: listed, never read, as on disk. */
  readonly symlink?: boolean;
}

/** A document as read: decoded text without BOM, the SHA-256 of its bytes, and its format. */
export interface SourceText extends InputDocument {
  readonly sha256: string;
  readonly bytes: number;
  readonly format: TextFormat;
  /** Set when the bytes are not valid in the encoding the file declares or implies (they were decoded as well as possible). */
  readonly encodingProblem?: EncodingProblem;
}

/** Why a file's text may not be what its author meant. */
export type EncodingProblem = 'invalid-utf8' | 'binary';

/** Why a file under the given paths was not read. */
export type SkipReason = 'symlink' | 'special' | 'excluded' | 'too-many' | 'outside' | 'duplicate';

/** A file that was not read, with the reason; the check reports each one. */
export interface SkippedFile {
  readonly path: string;
  readonly reason: SkipReason;
}

/** A file to read: its absolute path, and whether it was named on its own (then its content decides its kind, whatever its name). */
export interface ListedFile {
  readonly absolute: string;
  readonly named: boolean;
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** Hidden files and folders and `node_modules` inside a bid are left out: they are not what a vendor hands in. */
export function leftOut(name: string): boolean {
  return name.startsWith('.') || SKIPPED_FOLDERS.has(name);
}

/**
 * The path of a file handed over in memory as findings show it (`\\` read as `/`, `.` segments
 * dropped), or undefined when it would leave the bid folder: absolute, a drive letter, or `..`.
 */
export function memoryPath(raw: string): string | undefined {
  const unified = raw.replace(/\\/g, '/');
  if (unified.startsWith('/') || /^[a-z]:/i.test(unified)) return undefined;
  const parts = unified.split('/').filter((p) => p !== '' && p !== '.');
  return parts.length === 0 || parts.includes('..') ? undefined : parts.join('/');
}

/** Identity of a file on disk, so the report being written is recognised whatever path leads to it. */
export type FileIdentity = string;

export function identityOf(info: Stats): FileIdentity {
  return `${info.dev}:${info.ino}`;
}

/** The folder the paths of a bid are relative to: the folder given, or the common folder of the files given. */
export async function bidRoot(inputs: readonly string[]): Promise<string> {
  const infos = await Promise.all(
    inputs.map(async (input) => {
      const absolute = path.resolve(input);
      try {
        // lstat: a symbolic link is never followed, so it counts as a file here (and is skipped later)
        return { absolute, directory: (await lstat(absolute)).isDirectory() };
      } catch (cause) {
        throw new UsageError(
          { da: `filen eller mappen findes ikke: ${input}`, en: `no such file or folder: ${input}` },
          { cause },
        );
      }
    }),
  );
  const dirs = infos.map((i) => (i.directory ? i.absolute : path.dirname(i.absolute)));
  return dirs.reduce(commonFolder);
}

function commonFolder(a: string, b: string): string {
  const as = a.split(path.sep);
  const bs = b.split(path.sep);
  let i = 0;
  while (i < as.length && i < bs.length && as[i] === bs[i]) i++;
  return as.slice(0, i).join(path.sep) || path.sep;
}

/**
 * Every regular file under the given paths, sorted and without duplicates, and the files not read:
 * symbolic links (never followed, wherever they come from), FIFOs, sockets and devices, the files
 * in `excluded` (the report being written), and files past `maxFiles`. Hidden files and
 * `node_modules` inside a folder are left out: they are not part of what a vendor hands in.
 */
export async function listBidFiles(
  root: string,
  inputs: readonly string[],
  options: { readonly excluded?: ReadonlySet<FileIdentity>; readonly maxFiles: number },
): Promise<{ files: ListedFile[]; skipped: SkippedFile[] }> {
  const found = new Map<string, ListedFile>();
  const skipped = new Map<string, SkipReason>();
  const consider = (absolute: string, info: Stats, named: boolean) => {
    if (info.isSymbolicLink()) skipped.set(absolute, 'symlink');
    else if (!info.isFile()) skipped.set(absolute, 'special');
    else if (options.excluded?.has(identityOf(info))) skipped.set(absolute, 'excluded');
    else if (!found.get(absolute)?.named) found.set(absolute, { absolute, named });
  };
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (leftOut(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else consider(full, await lstat(full), false);
    }
  };
  for (const input of inputs) {
    const absolute = path.resolve(input);
    const info = await lstat(absolute);
    if (info.isDirectory()) await walk(absolute);
    else consider(absolute, info, true);
  }
  const files = [...found.values()].sort((a, b) => compare(a.absolute, b.absolute));
  for (const extra of files.splice(options.maxFiles)) skipped.set(extra.absolute, 'too-many');
  return {
    files,
    skipped: [...skipped].map(([file, reason]) => ({ path: relativePath(root, file), reason })).sort((a, b) => compare(a.path, b.path)),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The text format a file name says, if it is one the checker reads. */
export function formatOf(file: string): TextFormat | undefined {
  return BID_FILE_EXTENSIONS[path.extname(file).toLowerCase()];
}

/** The format the text itself shows: markup is XML, a brace or bracket JSON, anything else YAML. */
export function sniffFormat(text: string): TextFormat {
  const first = /\S/.exec(text)?.[0];
  return first === '<' ? 'xml' : first === '{' || first === '[' ? 'json' : 'yaml';
}

/** The path as written in findings: relative to the root, with `/` on every platform. */
export function relativePath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/** Wraps text from a library caller as a source (already decoded: only a leading BOM is dropped). */
export function sourceText(doc: InputDocument, format: TextFormat = formatOf(doc.path) ?? 'yaml'): SourceText {
  const buffer = new TextEncoder().encode(doc.text);
  return {
    path: doc.path,
    text: doc.text.charCodeAt(0) === 0xfeff ? doc.text.slice(1) : doc.text,
    sha256: sha256(buffer),
    bytes: buffer.length,
    format,
  };
}

/**
 * Decodes a file's bytes: UTF-8, UTF-16 (by its byte order mark, or by the zero bytes of ASCII text
 * without one), or the encoding an XML declaration names. Bytes that are not valid in that encoding
 * are decoded with U+FFFD and reported, never silently; text with NUL bytes is binary.
 */
export function decode(buffer: Uint8Array): { text: string; problem?: EncodingProblem } {
  const utf16 = utf16Of(buffer);
  if (utf16) {
    const text = new TextDecoder(utf16.encoding).decode(buffer.subarray(utf16.bom));
    return text.includes('\u0000') ? { text, problem: 'binary' } : { text };
  }
  const start = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  const declared = xmlEncoding(buffer);
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      return { text: new TextDecoder(declared).decode(buffer.subarray(start)) };
    } catch {
      // an encoding the platform does not know: read it as UTF-8, and say so if that fails
    }
  }
  if (buffer.includes(0)) return { text: new TextDecoder('utf-8').decode(buffer.subarray(start)), problem: 'binary' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(start)) };
  } catch {
    return { text: new TextDecoder('utf-8').decode(buffer.subarray(start)), problem: 'invalid-utf8' };
  }
}

function utf16Of(buffer: Uint8Array): { encoding: 'utf-16le' | 'utf-16be'; bom: number } | undefined {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  // without a BOM: the first characters of a YAML, JSON or XML document are ASCII, so every other byte is 0
  if (buffer.length >= 4 && buffer.length % 2 === 0) {
    if (buffer[0] !== 0 && buffer[1] === 0 && buffer[2] !== 0 && buffer[3] === 0) return { encoding: 'utf-16le', bom: 0 };
    if (buffer[0] === 0 && buffer[1] !== 0 && buffer[2] === 0 && buffer[3] !== 0) return { encoding: 'utf-16be', bom: 0 };
  }
  return undefined;
}

function xmlEncoding(buffer: Uint8Array): string | undefined {
  const head = String.fromCharCode(...buffer.subarray(0, 200));
  return /^(?:\uFEFF|ï»¿)?\s*<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
}

function sha256(buffer: Uint8Array): string {
  return createHash('sha256').update(buffer).digest('hex');
}

/**
 * Reads one regular file, never following a symbolic link and never waiting on a FIFO; throws on
 * I/O errors and on files over the size limit (callers turn both into findings). `format`: the
 * format the name says, else the one the content shows.
 */
export async function readSource(root: string, file: string, maxBytes: number, format?: TextFormat): Promise<SourceText> {
  return sourceFromBytes(relativePath(root, file), await readRegular(file, maxBytes), format);
}

/** A document from its bytes (read from disk or handed over in memory): decoded and hashed. */
export function sourceFromBytes(file: string, buffer: Uint8Array, format?: TextFormat): SourceText {
  const { text, problem } = decode(buffer);
  return {
    path: file,
    text,
    sha256: sha256(buffer),
    bytes: buffer.length,
    format: format ?? formatOf(file) ?? sniffFormat(text),
    ...(problem ? { encodingProblem: problem } : {}),
  };
}

/** An attachment (PDF, drawing, …) as the report lists it: hashed, never parsed; `head` is its start, for recognising earlier reports. */
export function attachmentFromBytes(file: string, buffer: Uint8Array): { path: string; kind: 'attachment'; sha256: string; bytes: number; head: string } {
  return { path: file, kind: 'attachment', sha256: sha256(buffer), bytes: buffer.length, head: new TextDecoder('utf-8').decode(buffer.subarray(0, 4096)) };
}

/** Thrown by a reader that can say in both languages why a file cannot be read (a damaged zip entry, say). */
export class Unreadable extends Error {
  override name = 'Unreadable';
  constructor(readonly reason: Localized) {
    super(reason.en);
  }
}

/** Thrown for a file over the size limit, so the finding can name the limit. */
export class TooLarge extends Error {
  override name = 'TooLarge';
  constructor(readonly bytes: number) {
    super(`the file is ${bytes} bytes`);
  }
}

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** The bytes of one regular file, never through a symbolic link, never waiting on a FIFO; throws {@link TooLarge} over `maxBytes`. */
export async function readRegular(file: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(file, OPEN_FLAGS);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new Error('not a regular file');
    if (info.size > maxBytes) throw new TooLarge(info.size);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/**
 * Reads a file the bid refers to by a relative path, if it is a regular file inside the bid folder:
 * never a symbolic link, never a path that leaves the folder.
 */
export async function readInside(root: string, file: string, maxBytes: number): Promise<SourceText | undefined> {
  const absolute = path.resolve(root, file);
  const rel = path.relative(root, absolute);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  try {
    // every folder on the way must be a real folder too: a linked folder could lead outside
    let dir = root;
    for (const part of rel.split(path.sep).slice(0, -1)) {
      dir = path.join(dir, part);
      if (!(await lstat(dir)).isDirectory()) return undefined;
    }
    if (!(await lstat(absolute)).isFile()) return undefined;
    return await readSource(root, absolute, maxBytes);
  } catch {
    return undefined;
  }
}

/** Identities of existing files (for `exclude`); paths that do not exist are ignored. */
export async function identities(paths: readonly string[]): Promise<Set<FileIdentity>> {
  const found = new Set<FileIdentity>();
  for (const p of paths) {
    try {
      const info = await stat(p);
      if (info.isFile()) found.add(identityOf(info));
    } catch {
      // not there (yet): nothing to exclude
    }
  }
  return found;
}
