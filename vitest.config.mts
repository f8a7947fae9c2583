import { defineConfig } from 'vitest/config';

// Unit and integration tests. End-to-end browser tests run apart
// (scripts/e2e.mjs) because they need the built renderer and Chromium.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    globalSetup: ['tests/global-setup.ts'],
    // Tests never read or write the developer's own profile.
    env: { FICHA_PROFILE: '/nonexistent/ficha-test-profile.json' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
