#!/usr/bin/env node
// The `spbe` program's entry (copied to dist/spbe.cjs by vite.cli.config.ts).
// It runs the bundle (dist/spbe-main.cjs) through V8's code cache: compiling
// the 400 kB bundle and the functions a lint run calls was about 35 ms of a
// 650-file lint run (median of paired runs). Node 20 has no built-in compile
// cache (module.enableCompileCache is Node 22), so this is the same mechanism
// by hand: vm.Script with cachedData. CommonJS, not an ES module: Node's ES
// module loader alone added about 10 ms to every run.
//
// The cache (dist/spbe-main.cache) is written once, at build time, by a lint
// run of the bundled examples with SPBE_WRITE_CODE_CACHE=1; a run never writes
// it. It holds a copy of the bundle it was made for, compared byte for byte
// (a hash would need node:crypto, whose loading alone took about 7 ms), and
// the V8 data; any mismatch (another bundle, another Node or V8 flags: V8
// checks those itself) means compiling as usual, never a failure.
// Plain JavaScript: it runs before anything is compiled, so it stays this small.
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const here = __dirname;
const bundle = join(here, 'spbe-main.cjs');
const cacheFile = join(here, 'spbe-main.cache');

const bytes = readFileSync(bundle);

/** The cached V8 data for exactly these bundle bytes, or undefined. Layout: length (uint32 LE), the bundle, the data. */
function cachedDataFor() {
  try {
    const file = readFileSync(cacheFile);
    if (file.length < 4 || file.readUInt32LE(0) !== bytes.length || !file.subarray(4, 4 + bytes.length).equals(bytes)) return undefined;
    return file.subarray(4 + bytes.length);
  } catch {
    return undefined;
  }
}

const script = new Script(Module.wrap(bytes.toString('utf8')), { filename: bundle, cachedData: cachedDataFor() });
if (process.env.SPBE_WRITE_CODE_CACHE === '1') {
  // After the run, so the functions it compiled are in the cache too. Atomic: written aside, then renamed.
  process.on('exit', () => {
    const length = Buffer.alloc(4);
    length.writeUInt32LE(bytes.length);
    const aside = `${cacheFile}.${process.pid}`;
    writeFileSync(aside, Buffer.concat([length, bytes, script.createCachedData()]));
    renameSync(aside, cacheFile);
  });
}
const main = { exports: {} };
script.runInThisContext()(main.exports, Module.createRequire(bundle), main, bundle, here);
