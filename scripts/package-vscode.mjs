// Packages the VS Code extension as a .vsix with @vscode/vsce: builds the
// `spbe` program (dist/, which the extension carries as its server; skipped
// with --no-cli when dist/ was just built) and the extension bundle, then
// packs editors/vscode into .output/spbe-lens-vscode-<version>.vsix.
// The extension's dependencies are bundled, so vsce packs no node_modules.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const ext = join(root, 'editors/vscode');
const { version } = JSON.parse(readFileSync(join(ext, 'package.json'), 'utf8'));
const out = join(root, '.output', `spbe-lens-vscode-${version}.vsix`);

function run(args, cwd = root) {
  const r = spawnSync(process.execPath, args, { cwd, stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const vite = join(root, 'node_modules/vite/bin/vite.js');
if (!process.argv.includes('--no-cli')) run([vite, 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn']);
run([vite, 'build', '-c', 'editors/vscode/vite.config.mts', '--logLevel', 'warn']);
mkdirSync(join(root, '.output'), { recursive: true });
// --no-dependencies: everything is bundled; the flags answer vsce's questions
// about fields a private package does not have, so it never waits for input.
run([join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', out], ext);
console.log(out);
