// The one test command (`npm test`): type check, lint, build, Mozilla's
// validator on the Firefox zip, unit, CLI (with the npm tarball installed in
// an empty folder) and extension tests, end-to-end tests in real Chromium and Firefox, then the
// closing line "N passed, N failed" that CI reads. Each check counts as one
// test; vitest's tests count one each.
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
// The Firefox build as zipped for AMO (its sources zip too), then Mozilla's validator on it: 0 errors.
step('build: extension (firefox) and its zips', [bin('wxt/bin/wxt.mjs'), 'zip', '-b', 'firefox']);
step('addons-linter (Firefox zip): 0 errors', ['scripts/amo-lint.mjs']);

const out = mkdtempSync(join(tmpdir(), 'spbe-vitest-'));

/** Run a vitest suite with a JSON report and count its tests. */
function vitest(name, args, opts = {}) {
  const report = join(out, `${name.replace(/\W+/g, '-')}.json`);
  process.stdout.write(`\n== ${name}\n`);
  const v = spawnSync(node, [bin('vitest/vitest.mjs'), 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { stdio: 'inherit', ...opts });
  let counted = false;
  try {
    const j = JSON.parse(readFileSync(report, 'utf8'));
    passed += j.numPassedTests;
    failed += j.numFailedTests;
    counted = true;
    // A suite that failed to load has no failed tests but is a failure all the same.
    if (j.success === false && j.numFailedTests === 0) failed++;
    if (j.success === false || j.numFailedTests) failures.push(name);
  } catch {
    failed++;
    failures.push(`${name} (no report)`);
  }
  if (v.status !== 0 && counted && !failures.includes(name)) { failed++; failures.push(name); }
}

vitest('vitest (unit, CLI, extension)', []);
// Real browsers on the shipped builds (just built above).
vitest('e2e (chromium + firefox)', ['-c', 'vitest.e2e.config.ts'], { env: { ...process.env, E2E_SKIP_BUILD: '1' } });
rmSync(out, { recursive: true, force: true });

if (failures.length) process.stdout.write(`\nGagal / failed: ${failures.join(', ')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
