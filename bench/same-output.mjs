#!/usr/bin/env node
// Whether a change left what spbe prints unchanged: runs the same commands with
// another build of the CLI and with dist/, and compares stdout, stderr and the
// exit code byte for byte. For speed work, where the output must not move.
//
//   git stash && npm run build:cli && cp -r dist /tmp/dist-before && git stash pop
//   npm run build:cli && node bench/same-output.mjs /tmp/dist-before
//
// Commands: `spbe lint` in every format (and both locales for stylish and
// json) on the bench corpus, the findings-dense corpus (node bench/corpus.mjs
// [--dense], when generated), test/fixtures/broken and examples/; `spbe score`
// (text and json) on each example and fixture and the first 20 files of each
// corpus; `spbe compare` (text and json) on the examples. The other build runs
// with one thread, dist/ as users run it, so the worker pool is compared too.
// Exit 1 when any command differs.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './lib/common.mjs';

const other = process.argv[2];
if (!other || !existsSync(join(other, 'spbe.cjs')) || !existsSync(join(ROOT, 'dist/spbe.cjs'))) {
  console.error('usage: node bench/same-output.mjs <other build folder holding spbe.cjs> (and dist/ built: npm run build:cli)');
  process.exit(2);
}
const run = (dist, args) => {
  const r = spawnSync(process.execPath, [join(dist, 'spbe.cjs'), ...args], { cwd: ROOT, maxBuffer: 1 << 30 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
};
const same = (a, b) => a.status === b.status && a.stdout.equals(b.stdout) && a.stderr.equals(b.stderr);

const corpora = ['bench/out/corpus', 'bench/out/corpus-dense'].filter((d) => existsSync(join(ROOT, d)));
const jsonIn = (dir, n = Infinity) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.json')).sort().slice(0, n).map((f) => `${dir}/${f}`);
const commands = [];
for (const target of [...corpora, 'test/fixtures/broken', 'examples']) {
  for (const format of ['stylish', 'compact', 'json', 'sarif', 'github']) {
    for (const locale of format === 'stylish' || format === 'json' ? ['id', 'en'] : ['id']) commands.push(['lint', target, '--format', format, '--locale', locale]);
  }
}
for (const file of [...jsonIn('examples'), ...jsonIn('test/fixtures/broken'), ...corpora.flatMap((d) => jsonIn(d, 20))]) {
  for (const format of ['text', 'json']) commands.push(['score', file, '--format', format]);
}
for (const format of ['text', 'json']) commands.push(['compare', 'examples/kota-contoh-spbe-2024-hasil.json', 'examples/kota-contoh-spbe-2025.json', '--format', format]);

let differ = 0;
for (const args of commands) {
  const before = run(resolve(other), args[0] === 'lint' ? [...args, '--concurrency', '1'] : args);
  const now = run(join(ROOT, 'dist'), args);
  if (!same(before, now)) { differ++; console.log(`differs: spbe ${args.join(' ')}`); }
}
console.log(`${commands.length} commands, ${differ === 0 ? 'all the same' : `${differ} differ`}`);
process.exit(differ === 0 ? 0 : 1);
