// `npm run demo`: the main job on the bundled examples. Builds the CLI and the
// extension, then scores and lints examples/ as a user would.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const node = process.execPath;
const run = (title, args) => {
  process.stdout.write(`\n$ ${title}\n`);
  return spawnSync(node, args, { stdio: 'inherit' }).status ?? 1;
};
let bad = 0;
bad |= run('npm run build:cli', [join('node_modules', 'vite/bin/vite.js'), 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn']);
bad |= run('npm run build:ext', [join('node_modules', 'wxt/bin/wxt.mjs'), 'build']);
const examples = readdirSync('examples').filter((f) => /\.jsonc?$/.test(f)).sort();
for (const f of examples) bad |= run(`spbe score examples/${f}`, ['dist/spbe.cjs', 'score', `examples/${f}`]);
bad |= run('spbe lint examples', ['dist/spbe.cjs', 'lint', 'examples']);
process.exit(bad ? 1 : 0);
