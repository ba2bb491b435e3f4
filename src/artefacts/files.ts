import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { BID_FILE_EXTENSIONS, type TextFormat } from './kinds.js';

/** A document handed to the checker: its path (relative to the bid root, `/`-separated) and text. */
export interface InputDocument {
  readonly path: string;
  readonly text: string;
}

/** A document as read: text without BOM, the SHA-256 of its bytes, and the format its ending says. */
export interface SourceText extends InputDocument {
  readonly sha256: string;
  readonly bytes: number;
  readonly format: TextFormat;
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** The folder the paths of a bid are relative to: the folder given, or the common folder of the files given. */
export async function bidRoot(inputs: readonly string[]): Promise<string> {
  const absolute = inputs.map((p) => path.resolve(p));
  for (const p of absolute) {
    try {
      await stat(p);
    } catch (cause) {
      throw new UsageError(`no such file or folder: ${path.relative(process.cwd(), p) || p}`, { cause });
    }
  }
  if (absolute.length === 1) {
    const only = absolute[0] as string;
    return (await stat(only)).isDirectory() ? only : path.dirname(only);
  }
  const dirs = await Promise.all(absolute.map(async (p) => ((await stat(p)).isDirectory() ? p : path.dirname(p))));
  return dirs.reduce(commonFolder);
}

function commonFolder(a: string, b: string): string {
  const as = a.split(path.sep);
  const bs = b.split(path.sep);
  let i = 0;
  while (i < as.length && i < bs.length && as[i] === bs[i]) i++;
  return as.slice(0, i).join(path.sep) || path.sep;
}

/** Every file under the given paths (attachments too), as absolute paths, sorted and without duplicates. */
export async function listBidFiles(inputs: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const input of inputs) {
    const absolute = path.resolve(input);
    if ((await stat(absolute)).isDirectory()) await walk(absolute, found);
    else found.add(absolute);
  }
  return [...found].sort();
}

async function walk(dir: string, found: Set<string>): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, found);
    else if (entry.isFile()) found.add(full);
  }
}

/** The text format a file name says, if it is one the checker reads. */
export function formatOf(file: string): TextFormat | undefined {
  return BID_FILE_EXTENSIONS[path.extname(file).toLowerCase()];
}

/** The path as written in findings: relative to the root, with `/` on every platform. */
export function relativePath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/** Wraps text (from disk or from a library caller) as a source, hashing the bytes as given. */
export function sourceText(doc: InputDocument, bytes: Buffer | string = doc.text): SourceText {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  return {
    path: doc.path,
    text: doc.text.charCodeAt(0) === 0xfeff ? doc.text.slice(1) : doc.text,
    sha256: createHash('sha256').update(buffer).digest('hex'),
    bytes: buffer.length,
    format: formatOf(doc.path) ?? 'yaml',
  };
}

/** Reads one file; throws on I/O errors and on files over the size limit (callers turn both into findings). */
export async function readSource(root: string, file: string, maxBytes: number): Promise<SourceText> {
  const buffer = await readLimited(file, maxBytes);
  return sourceText({ path: relativePath(root, file), text: buffer.toString('utf8') }, buffer);
}

/** An attachment (PDF, drawing, …) as the report lists it: hashed, never parsed. */
export async function readAttachment(root: string, file: string, maxBytes: number): Promise<{ path: string; kind: 'attachment'; sha256: string; bytes: number }> {
  const buffer = await readLimited(file, maxBytes);
  return { path: relativePath(root, file), kind: 'attachment', sha256: createHash('sha256').update(buffer).digest('hex'), bytes: buffer.length };
}

async function readLimited(file: string, maxBytes: number): Promise<Buffer> {
  const info = await stat(file);
  if (info.size > maxBytes) throw new Error(`the file is ${info.size} bytes; the limit is ${maxBytes}`);
  return readFile(file);
}

/**
 * Reads a file the bid refers to by a relative path, if it is a regular file inside the bid folder:
 * never a symbolic link, never a path that leaves the folder.
 */
export async function readInside(root: string, file: string, maxBytes: number): Promise<SourceText | undefined> {
  const absolute = path.resolve(root, file);
  const rel = path.relative(root, absolute);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel) || !formatOf(absolute)) return undefined;
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
