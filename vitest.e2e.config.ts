// End-to-end tests: the shipped extension builds in real Chromium and Firefox
// against the portal replicas served under the real host names
// (test/e2e/README.md). Kept out of vitest.config.ts because they need the
// browsers and take seconds, not milliseconds.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    // The documentation screenshots are a generator, not a test: only with E2E_SCREENSHOTS=1.
    exclude: process.env.E2E_SCREENSHOTS === '1' ? [] : ['test/e2e/screenshots.e2e.test.ts'],
    globalSetup: ['test/e2e/harness/build.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browsers share 2 cores; running files side by side only makes timings flaky.
    fileParallelism: false,
  },
});
