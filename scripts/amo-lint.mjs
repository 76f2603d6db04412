// Mozilla's add-on validator (addons-linter, what addons.mozilla.org runs on
// upload) on the Firefox zip: exit 1 on any error. Warnings are printed, not
// failed: AMO accepts an upload with warnings.
//
//   node scripts/amo-lint.mjs [.output/spbe-lens-<version>-firefox.zip]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const zip = process.argv[2] ?? join(ROOT, `.output/spbe-lens-${version}-firefox.zip`);
const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/addons-linter/bin/addons-linter'), '--output', 'json', zip], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report;
try {
  report = JSON.parse(r.stdout);
} catch {
  process.stderr.write(`addons-linter gave no report (exit ${r.status}):\n${r.stderr}\n`);
  process.exit(1);
}
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const m of report[kind]) process.stdout.write(`${kind.slice(0, -1)} ${m.code} ${m.file ?? ''}: ${m.message}\n`);
}
process.stdout.write(`addons-linter ${zip}: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices\n`);
process.exit(report.summary.errors === 0 ? 0 : 1);
