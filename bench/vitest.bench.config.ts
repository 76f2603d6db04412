// Runs bench/*.run.ts (the overlay latency measurement in real Chromium) with
// the e2e harness of test/e2e. Not part of `npm test`: timings are not tests.
//   node node_modules/vitest/vitest.mjs run -c bench/vitest.bench.config.ts
// (bench/overlay-latency.mjs does this and summarises the samples.)
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  test: {
    include: ['bench/**/*.run.ts'],
    testTimeout: 900_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
