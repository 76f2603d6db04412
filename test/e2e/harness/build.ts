// vitest globalSetup for the e2e run: always rebuild the extension first, so
// the browsers load exactly what `wxt build` ships from the current sources,
// and the CLI (dist/spbe.cjs), which the export test runs on the exported file.
// Always, not "if stale": a staleness check would have to know every input
// (entrypoints, core, framework JSON, wxt.config, lockfile) and a build only
// takes about 2 s per target. E2E_SKIP_BUILD=1 skips it when the caller has
// just built both targets (scripts/test-all.mjs does).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

export function buildExtension(): void {
  const wxt = (...args: string[]) =>
    execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build', ...args], { cwd: ROOT, stdio: 'pipe' });
  wxt();
  wxt('-b', 'firefox', ...(process.env.E2E_FIREFOX_MV === '3' ? ['--mv3'] : []));
}

/** dist/spbe.cjs, as `npm run build:cli` makes it (scripts/test-all.mjs builds it before its e2e step too). */
export function buildCli(): void {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'pipe' });
}

export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  buildExtension();
  buildCli();
}
