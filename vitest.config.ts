import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { validators } from './build/validators-plugin.mjs';
import { itemContent } from './build/slim-frameworks-plugin.mjs';

export default defineConfig({
  plugins: [WxtVitest(), validators(import.meta.dirname), itemContent(import.meta.dirname)],
  test: {
    include: ['core/**/*.test.ts', 'test/**/*.test.ts', 'cli/**/*.test.ts', 'entrypoints/**/*.test.{ts,tsx}', 'extension/**/*.test.{ts,tsx}', 'build/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    globalSetup: ['test/global-setup.ts'],
    // Property tests with thousands of runs and builds read in full take seconds; on a loaded
    // two-core machine the default 5 s cuts them off. A timeout is a hang guard, not a benchmark.
    testTimeout: 30_000,
  },
});
