// The floor: the least any JSON checker must do — start Node, read every file,
// JSON.parse it. Nothing is validated. Prints how many files it parsed, so the
// benchmark can check it did all of them.
//   node bench/lib/parse-floor.mjs <dir|file> ...
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

let files = 0;
let failed = 0;
for (const arg of process.argv.slice(2)) {
  const list = statSync(arg).isDirectory() ? readdirSync(arg).filter((f) => f.endsWith('.json')).sort().map((f) => join(arg, f)) : [arg];
  for (const f of list) {
    try { JSON.parse(readFileSync(f, 'utf8')); } catch { failed++; }
    files++;
  }
}
console.log(`${files} files parsed, ${failed} failed`);
