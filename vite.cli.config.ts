// Builds the `spbe` command-line program into one self-contained ES module,
// dist/spbe.mjs, with the schema validators compiled ahead of time.
import { defineConfig } from 'vite';
import { validators } from './build/validators-plugin.mjs';

export default defineConfig({
  plugins: [validators(import.meta.dirname)],
  build: {
    ssr: 'cli/spbe.ts',
    outDir: 'dist',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'spbe.mjs', banner: '#!/usr/bin/env node' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
