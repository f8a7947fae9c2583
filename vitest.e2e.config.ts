import { defineConfig } from 'vitest/config';

// End-to-end tests: the built renderer in Debian's Chromium against
// `ficha serve`. Run by scripts/e2e.mjs after the builds; one file at a
// time because each drives a browser and a host on a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
    // Sorting 100,000 rows in SQLite on a busy 2-core machine can take a few seconds.
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});
