// The npm tarball of the CLI, as a user gets it: packed from this checkout
// (the dist/ the suite built), installed into an empty folder with no
// repository around it, and run through npx on an example. Nothing is fetched:
// the tarball has no dependencies (the bundle is self-contained).
// SPBE_TEST_NODES (paths of other node binaries, ":"-separated) runs the
// installed program on those too, e.g. Node 22 and 24 (README, "Install").
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './run.ts';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const sh = (cmd: string, args: string[], cwd: string) => spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('the npm tarball', () => {
  it('installs into an empty folder and `npx spbe-lens lint` runs from it', () => {
    const dir = tempDir();
    const packed = sh(npm, ['pack', '--ignore-scripts', '--pack-destination', dir], process.cwd());
    expect(packed.status).toBe(0);
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    const user = join(dir, 'user');
    mkdirSync(user);
    copyFileSync('examples/kota-contoh-spbe-2025.json', join(user, 'a.json'));
    copyFileSync('test/fixtures/broken/typo-and-range.json', join(user, 'b.json'));
    expect(sh(npm, ['install', '--offline', '--no-audit', '--no-fund', join(dir, tarball)], user).status).toBe(0);
    // Nothing but the package itself: it depends on nothing.
    expect(readdirSync(join(user, 'node_modules')).filter((f) => !f.startsWith('.'))).toEqual(['spbe-lens']);
    const clean = sh(npm, ['exec', '--offline', '--', 'spbe-lens', 'lint', 'a.json', '--no-evidence'], user);
    expect([clean.status, clean.stdout]).toEqual([0, '']);
    // The evidence stage runs from the package too: pdf.js (dist/pdfjs.cjs) is loaded and reads a PDF.
    writeFileSync(join(user, 'rusak.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog');
    writeFileSync(join(user, 'c.json'), JSON.stringify({ framework: 'pemdi-2026', year: 2026, agency: { name: 'Pemerintah Kota Contoh' }, stage: 'mandiri', indicators: { 9: { evidence: [{ item: 'I9-L1-01', file: 'rusak.pdf' }] } } }));
    const evidence = sh(npm, ['exec', '--offline', '--', 'spbe-lens', 'lint', 'c.json', '--format', 'compact'], user);
    expect(evidence.stdout).toMatch(/c\.json: line \d+, col \d+, Error - .*rusak\.pdf.* \(evidence-pdf-unreadable\)/);
    const broken = sh('npx', ['--offline', 'spbe-lens', 'lint', 'b.json', '--format', 'compact'], user);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/b\.json: line \d+, col \d+, Error - /);
    for (const node of (process.env.SPBE_TEST_NODES ?? '').split(':').filter(Boolean)) {
      const r = sh(node, [join(user, 'node_modules/spbe-lens/dist/spbe.cjs'), 'score', 'a.json'], user);
      expect({ node, status: r.status, stderr: r.stderr }).toEqual({ node, status: 0, stderr: '' });
      expect(r.stdout).toContain('Predikat: Baik');
    }
  }, 120_000);
});
