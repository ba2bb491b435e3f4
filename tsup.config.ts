import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // the library: ESM and CommonJS with type declarations, no side effects
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    target: 'node20',
    dts: true,
    // import.meta.url in CommonJS too (compare finds its worker script beside the module)
    shims: true,
    // no source maps in the package: they would double its size, and the code is not minified
    sourcemap: false,
  },
  {
    // the command: ESM only; the hashbang in main.ts makes dist/cli.js executable
    // compare-worker: the worker thread of `compare`, loaded by path beside the library and the command
    entry: { cli: 'src/cli/main.ts', 'compare-worker': 'src/assess/compare-worker.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: false,
    splitting: true,
  },
]);
