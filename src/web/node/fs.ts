/**
 * `node:fs` and `node:fs/promises` in the browser build. The page hands its files to `check()` in
 * memory (`files`), so the disk is never touched there; anything that tries fails loudly.
 */
function unavailable(): never {
  throw new Error('no file system in the browser: check() takes files in memory there');
}

export const constants = { O_RDONLY: 0, O_NOFOLLOW: 0, O_NONBLOCK: 0 };
export const lstat = unavailable;
export const stat = unavailable;
export const open = unavailable;
export const readdir = unavailable;
export const readFile = unavailable;
export const realpathSync = unavailable;
export const existsSync = unavailable;
export default { constants, lstat, stat, open, readdir, readFile, realpathSync, existsSync };
