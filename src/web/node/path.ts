/**
 * `node:path` in the browser build: the POSIX functions the loaders use on paths inside a bid
 * (always `/`-separated there). The CLI keeps Node's own.
 */
export const sep = '/';

export function isAbsolute(p: string): boolean {
  return p.startsWith('/');
}

export function normalize(p: string): string {
  const absolute = isAbsolute(p);
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  const trailing = p.endsWith('/') && joined !== '' ? '/' : '';
  return absolute ? `/${joined}${trailing}` : joined === '' ? '.' : `${joined}${trailing}`;
}

export function join(...parts: string[]): string {
  const joined = parts.filter((p) => p !== '').join('/');
  return joined === '' ? '.' : normalize(joined);
}

export function dirname(p: string): string {
  const trimmed = p.length > 1 ? p.replace(/\/+$/, '') : p;
  const at = trimmed.lastIndexOf('/');
  return at < 0 ? '.' : at === 0 ? '/' : trimmed.slice(0, at);
}

export function basename(p: string): string {
  return p.replace(/\/+$/, '').split('/').pop() ?? '';
}

export function extname(p: string): string {
  const base = basename(p);
  const at = base.lastIndexOf('.');
  return at <= 0 ? '' : base.slice(at);
}

export function resolve(...parts: string[]): string {
  let out = '';
  for (const part of parts) out = isAbsolute(part) ? part : `${out}/${part}`;
  return normalize(isAbsolute(out) ? out : `/${out}`);
}

export function relative(from: string, to: string): string {
  const a = resolve(from).split('/').filter(Boolean);
  const b = resolve(to).split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

export const posix = { sep, isAbsolute, normalize, join, dirname, basename, extname, resolve, relative };
export default { ...posix, posix };
