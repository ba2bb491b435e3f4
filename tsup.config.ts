import { mkdirSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { reportSchema } from './src/assess/report-schema.js';
import { solutionSchema } from './src/artefacts/solution/schema.js';

export default defineConfig([
  {
    // the library: ESM and CommonJS with type declarations, no side effects
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    target: 'node20',
    dts: true,
    sourcemap: true,
    onSuccess: async () => {
      mkdirSync('dist/schemas', { recursive: true });
      writeFileSync('dist/schemas/solution.schema.json', `${JSON.stringify(solutionSchema, null, 2)}\n`);
      writeFileSync('dist/schemas/report.schema.json', `${JSON.stringify(reportSchema, null, 2)}\n`);
    },
  },
  {
    // the command: ESM only; the hashbang in main.ts makes dist/cli.js executable
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
    splitting: true,
  },
]);
