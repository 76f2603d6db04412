// What a library function would add to a bundle, measured as the content
// script is built: a one-line entry that keeps the function, bundled by vite
// for the browser, minified, with the modules it imports. An upper bound of
// the cost (a module the content script already carries, such as wxt/browser,
// is counted here too), used where a budget decided against the library.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/** Minified and gzip -9 bytes of `specifier`'s `name` export, bundled alone. */
export async function librarySize(root, outBase, specifier, name) {
  const dir = join(outBase, `library-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'entry.mjs');
  writeFileSync(entry, `import { ${name} } from '${specifier}';\nglobalThis.__keep = ${name};\n`);
  await build({
    configFile: false, logLevel: 'silent', root,
    build: { lib: { entry, formats: ['es'], fileName: 'out' }, outDir: join(dir, 'dist'), minify: true, emptyOutDir: true, target: 'es2022' },
  });
  const file = readdirSync(join(dir, 'dist')).find((f) => f.endsWith('.js') || f.endsWith('.mjs'));
  const bytes = readFileSync(join(dir, 'dist', file));
  return { specifier, name, min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
