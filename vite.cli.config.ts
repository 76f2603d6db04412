// Builds the `spbe` command-line program: the bundle dist/spbe-main.cjs (one
// self-contained CommonJS file, the schema validators compiled ahead of time),
// its entry dist/spbe.cjs (cli/launch.cjs, which runs the bundle through V8's
// code cache), and that cache, dist/spbe-main.cache, written by linting the
// bundled examples once. CommonJS because Node 20's vm can cache only scripts.
// Beside them, docs/rules/*.md: the pages the language server links to.
import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validators } from './build/validators-plugin.mjs';
import { noEval } from './build/no-eval-plugin.mjs';

const root = import.meta.dirname;
const outDir = 'dist';

/**
 * The language server (`spbe lsp`, cli/lsp/) as a bundle of its own,
 * dist/spbe-lsp.cjs: the main bundle loads it only for that command
 * (cli/lsp/command.ts), so `spbe lint` never reads its libraries.
 */
const lspBundle = (dir: string): InlineConfig => ({
  configFile: false,
  root,
  logLevel: 'warn',
  plugins: [validators(root), noEval()],
  build: {
    ssr: 'cli/lsp/server.ts',
    outDir: dir,
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    // pdf.js (cli/evidence/inspect.ts) is a chunk of its own, loaded when a PDF is first read.
    rollupOptions: { output: { format: 'cjs', entryFileNames: 'spbe-lsp.cjs', chunkFileNames: '[name].cjs' } },
  },
  ssr: { noExternal: true, target: 'node' },
});

function launcher(): Plugin {
  return {
    name: 'spbe-launcher',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'spbe.cjs', source: readFileSync(join(root, 'cli/launch.cjs'), 'utf8') });
      // The rule pages `spbe lsp` links its diagnostics to and shows on hover (cli/lsp/to-lsp.ts).
      for (const page of readdirSync(join(root, 'docs/rules')).filter((f) => f.endsWith('.md'))) {
        this.emitFile({ type: 'asset', fileName: `docs/rules/${page}`, source: readFileSync(join(root, 'docs/rules', page), 'utf8') });
      }
    },
    async writeBundle(options) {
      const dir = options.dir ?? join(root, outDir);
      chmodSync(join(dir, 'spbe.cjs'), 0o755);
      await build(lspBundle(dir));
      // A failed run leaves no cache, and the program compiles as usual: the build does not fail for it.
      const run = spawnSync(process.execPath, [join(dir, 'spbe.cjs'), 'lint', 'examples', '--format', 'json'], {
        cwd: root, env: { ...process.env, SPBE_WRITE_CODE_CACHE: '1' }, encoding: 'utf8',
      });
      if (run.status !== 0) this.warn(`code cache not written (spbe lint examples exited ${run.status}): ${run.stderr}`);
    },
  };
}

export default defineConfig({
  plugins: [validators(root), noEval(), launcher()],
  build: {
    ssr: 'cli/spbe.ts',
    outDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    // Chunks loaded with import() (the page sanitizer's HTML parser; pdf.js, cli/evidence/inspect.ts, when a PDF is first read)
    // are CommonJS files too: .cjs, since package.json says "type": "module".
    rollupOptions: { output: { format: 'cjs', entryFileNames: 'spbe-main.cjs', chunkFileNames: '[name].cjs' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
