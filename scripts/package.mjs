// `npm run package`: everything a user installs, built from this checkout
// into .output/: the Chrome zip, the Firefox zip with its sources zip (what
// AMO asks for), the npm tarball of the `spbe` CLI and the VS Code .vsix
// (scripts/package-vscode.mjs). Packaging is a list of steps; a step whose
// sources are not there is skipped and said so. Stops at the first failed step.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, '.output');
const node = process.execPath;
const bin = (p) => join(ROOT, 'node_modules', p);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** @type {{ name: string, when?: () => boolean, run: [string, string[], object?][] }[]} */
export const STEPS = [
  { name: 'spbe CLI (dist/)', run: [[node, [bin('vite/bin/vite.js'), 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn']]] },
  { name: 'Chrome zip', run: [[node, [bin('wxt/bin/wxt.mjs'), 'zip']]] },
  { name: 'Firefox zip and sources zip', run: [[node, [bin('wxt/bin/wxt.mjs'), 'zip', '-b', 'firefox']]] },
  { name: 'npm tarball of the CLI', run: [[npm, ['pack', '--pack-destination', OUT]]] },
  {
    name: 'VS Code extension (.vsix)',
    when: () => existsSync(join(ROOT, 'editors/vscode/package.json')),
    // The CLI it carries as its server was built by the first step.
    run: [[node, [join(ROOT, 'scripts/package-vscode.mjs'), '--no-cli']]],
  },
];

if (import.meta.main ?? process.argv[1] === import.meta.filename) {
  mkdirSync(OUT, { recursive: true });
  for (const step of STEPS) {
    if (step.when && !step.when()) { process.stdout.write(`\n== ${step.name}: skipped (its sources are not there)\n`); continue; }
    process.stdout.write(`\n== ${step.name}\n`);
    for (const [cmd, args, opts] of step.run) {
      const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts });
      if (r.status !== 0) { process.stderr.write(`package: ${step.name} failed (${cmd} ${args.join(' ')})\n`); process.exit(1); }
    }
  }
  process.stdout.write(`\nPaket di / packages in ${OUT}\n`);
}
