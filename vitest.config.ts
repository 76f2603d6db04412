import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { validators } from './build/validators-plugin.mjs';

export default defineConfig({
  plugins: [WxtVitest(), validators(import.meta.dirname)],
  test: {
    include: ['core/**/*.test.ts', 'test/**/*.test.ts', 'cli/**/*.test.ts', 'entrypoints/**/*.test.{ts,tsx}', 'extension/**/*.test.{ts,tsx}', 'build/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    globalSetup: ['test/global-setup.ts'],
  },
});
