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
    // expect.poll waits for a state (a page printed, an SMS arrived); on a busy CI
    // machine that can take more than the default second. A wait, not a time limit.
    expect: { poll: { timeout: 60_000, interval: 50 } },
  },
});
