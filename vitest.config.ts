import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['rules/**/*.test.ts', 'test/**/*.test.ts'],
    // two cores here and in CI: threads share the parsed schema cache poorly, forks start fast enough
    pool: 'threads',
  },
});
