// Builds the VS Code extension: dist/extension.cjs (the client, on
// vscode-languageclient; `vscode` is VS Code's own), and beside it the server
// it runs, dist/server/: the `spbe` program from the repository's dist/
// (vite.cli.config.ts; build it first) with its language server bundle and
// rule pages, and schemas/ for VS Code's JSON validation of spbe.config.json.
import { defineConfig, type Plugin } from 'vite';
import { copyFileSync, cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
const root = join(here, '../..');
/** What the server needs of the CLI build: the program, its bundles (pdf.js for the evidence checks), the rule pages (not the V8 cache: VS Code's Node is another V8). */
const SERVER_FILES = ['spbe.cjs', 'spbe-main.cjs', 'spbe-lsp.cjs', 'pdfjs.cjs', 'docs'];

function carryServer(): Plugin {
  return {
    name: 'spbe-carry-server',
    writeBundle() {
      const from = join(root, 'dist');
      const missing = SERVER_FILES.filter((f) => !existsSync(join(from, f)));
      if (missing.length) throw new Error(`build the spbe program first (npm run build:cli): missing dist/${missing.join(', dist/')}`);
      const to = join(here, 'dist/server');
      mkdirSync(to, { recursive: true });
      for (const f of SERVER_FILES) cpSync(join(from, f), join(to, f), { recursive: true });
      mkdirSync(join(here, 'schemas'), { recursive: true });
      for (const s of ['config.schema.json', 'assessment.schema.json']) copyFileSync(join(root, 'schemas', s), join(here, 'schemas', s));
    },
  };
}

export default defineConfig({
  root: here,
  plugins: [carryServer()],
  build: {
    ssr: join(here, 'src/extension.ts'),
    outDir: join(here, 'dist'),
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    rollupOptions: { external: ['vscode'], output: { format: 'cjs', entryFileNames: 'extension.cjs' } },
  },
  ssr: { noExternal: true, external: ['vscode'], target: 'node' },
});
