// Builds the `spbe` binary once before the suite, so CLI tests run exactly what
// users run (dist/spbe.cjs), never a stale copy.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'error'], { stdio: 'inherit' });
}
