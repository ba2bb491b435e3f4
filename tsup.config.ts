import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // the library: ESM and CommonJS with type declarations, no side effects
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    target: 'node20',
    dts: true,
    // no source maps in the package: they would double its size, and the code is not minified
    sourcemap: false,
  },
  {
    // the command: ESM only; the hashbang in main.ts makes dist/cli.js executable
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: false,
    splitting: true,
  },
]);
