// The one test command (`npm test`): type check, lint, build, unit and CLI
// tests, then the closing line "N passed, N failed" that CI reads. Each check
// counts as one test; vitest's tests count one each.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const node = process.execPath;
const bin = (p) => join('node_modules', p);
let passed = 0;
let failed = 0;
const failures = [];

function step(name, args, opts = {}) {
  process.stdout.write(`\n== ${name}\n`);
  const r = spawnSync(node, args, { stdio: 'inherit', ...opts });
  if (r.status === 0) passed++;
  else { failed++; failures.push(name); }
  return r.status === 0;
}

step('typecheck (tsc --noEmit)', [bin('typescript/bin/tsc'), '--noEmit', '-p', '.']);
step('eslint', [bin('eslint/bin/eslint.js'), '.']);
step('build: spbe CLI', [bin('vite/bin/vite.js'), 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn']);
step('build: extension (chrome-mv3)', [bin('wxt/bin/wxt.mjs'), 'build']);
step('build: extension (firefox)', [bin('wxt/bin/wxt.mjs'), 'build', '-b', 'firefox']);

const out = mkdtempSync(join(tmpdir(), 'spbe-vitest-'));
const report = join(out, 'vitest.json');
process.stdout.write('\n== vitest\n');
const v = spawnSync(node, [bin('vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { stdio: 'inherit' });
try {
  const j = JSON.parse(readFileSync(report, 'utf8'));
  passed += j.numPassedTests;
  failed += j.numFailedTests + (j.numTotalTestSuites > 0 && j.success === false && j.numFailedTests === 0 ? 1 : 0);
  if (j.numFailedTests || j.success === false) failures.push('vitest');
} catch {
  failed++;
  failures.push('vitest (no report)');
}
if (v.status !== 0 && !failures.includes('vitest')) { failed++; failures.push('vitest'); }
rmSync(out, { recursive: true, force: true });

if (failures.length) process.stdout.write(`\nGagal / failed: ${failures.join(', ')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
