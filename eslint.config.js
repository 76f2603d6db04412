import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import wxtAutoImports from './.wxt/eslint-auto-imports.mjs';

export default defineConfig(
  { ignores: ['.output/**', '.wxt/**', 'dist/**', 'node_modules/**', 'test/fixtures/**', 'bench/out/**', 'editors/vscode/dist/**', 'editors/vscode/schemas/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  wxtAutoImports,
  { files: ['**/*.{ts,tsx}'], languageOptions: { globals: globals.browser } },
  {
    files: ['scripts/**', 'build/**', 'cli/**', 'test/**', 'bench/**', '*.config.*', 'editors/*/vite.config.*', '.ci/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // CommonJS on purpose (cli/launch.cjs: Node's ES module loader would add ~10 ms to every run).
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // core/ is pure: no DOM, no browser, no Node. Enforced here so a stray
    // `document` or `process` in the engine fails the lint step.
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'wxt/*', '#imports', '@/entrypoints/*', '../entrypoints/*', '../cli/*'] }],
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'process', 'require', 'navigator', 'localStorage'],
    },
  },
);
