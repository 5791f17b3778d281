import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/test/**/*.test.ts', '**/test/**/*.test.tsx'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Integration tests start real servers and browsers: run files one at a time
    // on this 2-core machine so they do not starve each other.
    fileParallelism: false,
  },
});
