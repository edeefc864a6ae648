import { defineConfig } from 'vitest/config';

// End-to-end tests: Debian's Chromium driven by playwright-core against the fixture pages served under the
// real hostnames (tests/e2e/harness/). One browser at a time: files run one after another.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    exclude: ['**/node_modules/**', 'tests/e2e/.tmp/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    env: { POSTGUARD_E2E: '1' },
  },
});
