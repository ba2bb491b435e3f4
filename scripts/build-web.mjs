// npm run build: the browser page, dist/web/index.html — one self-contained file (page and script),
// opened from disk or served from any static host. The same check() as the CLI, bundled for the
// browser: Node's crypto, path, fs and Buffer are replaced by the small modules in src/web/node/.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shim = (name) => path.join(root, 'src', 'web', 'node', `${name}.ts`);

const result = await build({
  entryPoints: [path.join(root, 'src', 'web', 'main.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  inject: [shim('buffer')],
  alias: { 'node:crypto': shim('crypto'), 'node:path': shim('path'), 'node:fs': shim('fs'), 'node:fs/promises': shim('fs') },
  logLevel: 'warning',
});
// esbuild escapes "</script" inside strings; the check keeps it that way
const script = result.outputFiles[0].text;
if (/<\/script/i.test(script)) throw new Error('the bundle contains </script and cannot be inlined');
const hash = createHash('sha256').update(script).digest('base64');
const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
const page = readFileSync(path.join(root, 'src', 'web', 'index.html'), 'utf8')
  .replace('SCRIPT_HASH', `'sha256-${hash}'`)
  .replace('VERSION', version)
  .replace('<script>SCRIPT</script>', () => `<script>${script}</script>`);
const out = path.join(root, 'dist', 'web', 'index.html');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, page);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const gzip = (await import('node:zlib')).gzipSync(page).length;
if (!process.argv.includes('--silent')) console.log(`web page: dist/web/index.html ${kb(Buffer.byteLength(page))} (${kb(gzip)} gzip)`);
