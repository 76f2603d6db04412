/** @vitest-environment happy-dom */
// scripts/import-sample.mjs: a page sample becomes a replica the detection test holds the adapter to.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { makeSample } from '../extension/portal/make-sample.ts';
import { recognise } from '../extension/portal/detect.ts';
import { htmlOf, parse, samples } from '../extension/portal/test-fixtures.ts';

const SCRIPT = resolve(import.meta.dirname, '../scripts/import-sample.mjs');
const tempInto = () => {
  const dir = mkdtempSync(join(tmpdir(), 'spbe-import-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};
const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });

describe('scripts/import-sample.mjs', () => {
  it('turns a popup sample into a self-contained replica under <host>/contoh/<name>, recorded with the expected kind', () => {
    const into = tempInto();
    const src = 'https://eval.spbe.go.id/tata-letak/kartu/indikator/9';
    const file = join(into, 'sample.html');
    writeFileSync(file, makeSample({ html: htmlOf(src), url: src }).html);
    const r = run(file, '--expect', 'eval-indicator', '--name', 'Kartu 9', '--into', into);
    expect(r.status, r.stderr).toBe(0);
    const replica = join(into, 'eval.spbe.go.id/contoh/kartu-9/index.html');
    expect(existsSync(replica)).toBe(true);
    const html = readFileSync(replica, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('SPBE Lens test fixture: a sanitised page sample of eval.spbe.go.id');
    expect(html).not.toMatch(/<(link|img|iframe|script src)\b/i);
    expect(html).toMatch(/<form [^>]*method="post" action="\/contoh\/kartu-9\/simpan"/);
    expect(samples(into)).toEqual({ 'https://eval.spbe.go.id/contoh/kartu-9': { kind: 'eval-indicator', from: src, source: 'SPBE Lens', reported: { recognised: true, kind: 'eval-indicator', reason: null } } });
    const read = recognise(parse(html), new URL('https://eval.spbe.go.id/contoh/kartu-9'));
    expect(read.ok && read.page.kind === 'eval-indicator' && read.page.items.length).toBe(5);
  });

  it('refuses a page that was not sanitised (exit 1) and a wrong call (exit 2)', () => {
    const into = tempInto();
    const raw = join(into, 'raw.html');
    writeFileSync(raw, htmlOf('https://eval.spbe.go.id/penilaian-mandiri/indikator/4'));
    const r1 = run(raw, '--expect', 'eval-indicator', '--into', into);
    expect(r1.status).toBe(1);
    expect(r1.stderr).toContain('no sample info block');
    expect(run(raw, '--into', into).status).toBe(2);
    expect(run(raw, '--expect', 'eval-page', '--into', into).stderr).toContain('--expect must be one of');
    expect(existsSync(join(into, 'samples.json'))).toBe(false);
  });
});
