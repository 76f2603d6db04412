// Builds the `spbe` command-line program: the bundle dist/spbe-main.cjs (one
// self-contained CommonJS file, the schema validators compiled ahead of time),
// its entry dist/spbe.cjs (cli/launch.cjs, which runs the bundle through V8's
// code cache), and that cache, dist/spbe-main.cache, written by linting the
// bundled examples once. CommonJS because Node 20's vm can cache only scripts.
import { defineConfig, type Plugin } from 'vite';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validators } from './build/validators-plugin.mjs';

const root = import.meta.dirname;
const outDir = 'dist';

function launcher(): Plugin {
  return {
    name: 'spbe-launcher',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'spbe.cjs', source: readFileSync(join(root, 'cli/launch.cjs'), 'utf8') });
    },
    writeBundle(options) {
      const dir = options.dir ?? join(root, outDir);
      chmodSync(join(dir, 'spbe.cjs'), 0o755);
      // A failed run leaves no cache, and the program compiles as usual: the build does not fail for it.
      const run = spawnSync(process.execPath, [join(dir, 'spbe.cjs'), 'lint', 'examples', '--format', 'json'], {
        cwd: root, env: { ...process.env, SPBE_WRITE_CODE_CACHE: '1' }, encoding: 'utf8',
      });
      if (run.status !== 0) this.warn(`code cache not written (spbe lint examples exited ${run.status}): ${run.stderr}`);
    },
  };
}

export default defineConfig({
  plugins: [validators(root), launcher()],
  build: {
    ssr: 'cli/spbe.ts',
    outDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    // Chunks loaded with import() (the page sanitizer's HTML parser) are CommonJS files too: .cjs, since package.json says "type": "module".
    rollupOptions: { output: { format: 'cjs', entryFileNames: 'spbe-main.cjs', chunkFileNames: '[name].cjs' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
