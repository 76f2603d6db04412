#!/usr/bin/env node
// The `spbe` program's entry (copied to dist/spbe.mjs by vite.cli.config.ts).
// It runs the bundle (dist/spbe-main.cjs) through V8's code cache: compiling
// the 400 kB bundle and the functions a lint run calls took about 20 ms of
// every run (linting one example file: 177 -> 158 ms, bench/results.md).
// Node 20 has no built-in compile cache (module.enableCompileCache is Node 22),
// so this is the same mechanism by hand: vm.Script with cachedData.
//
// The cache (dist/spbe-main.cache) is written once, at build time, by a lint
// run of the bundled examples with SPBE_WRITE_CODE_CACHE=1; a run never writes
// it. It holds the bundle's SHA-256 and the V8 data; any mismatch (another
// bundle, another Node or V8 flags: V8 checks those itself) means compiling
// as usual, never a failure.
// Plain .mjs: it runs before anything is compiled, so it stays this small.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const here = dirname(fileURLToPath(import.meta.url));
const bundle = join(here, 'spbe-main.cjs');
const cacheFile = join(here, 'spbe-main.cache');
const HASH_BYTES = 32;

const source = readFileSync(bundle, 'utf8');
const hash = createHash('sha256').update(source).digest();

/** The cached V8 data for exactly this bundle, or undefined. */
function cachedDataFor() {
  try {
    const file = readFileSync(cacheFile);
    return file.length > HASH_BYTES && file.subarray(0, HASH_BYTES).equals(hash) ? file.subarray(HASH_BYTES) : undefined;
  } catch {
    return undefined;
  }
}

const script = new Script(Module.wrap(source), { filename: bundle, cachedData: cachedDataFor() });
if (process.env.SPBE_WRITE_CODE_CACHE === '1') {
  // After the run, so the functions it compiled are in the cache too. Atomic: written aside, then renamed.
  process.on('exit', () => {
    const aside = `${cacheFile}.${process.pid}`;
    writeFileSync(aside, Buffer.concat([hash, script.createCachedData()]));
    renameSync(aside, cacheFile);
  });
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, here);
