// `spbe sanitize-page` end to end, on the built binary.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spbe, tempDir } from './run.ts';

const STUFFED = resolve('test/fixtures/page-sample/stuffed.html');
const dir = tempDir();

describe('spbe sanitize-page', () => {
  it('writes the page without the agency\'s data to stdout, the count of what it replaced to stderr (exit 0)', () => {
    const r = spbe(['sanitize-page', STUFFED]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
    for (const secret of ['Wirasaba', 'Budiarto', '198001012005011001', '3171234567890123', 'tokAbC123xyz987', 'SK-Wali-Kota', '<iframe', 'onclick']) {
      expect(r.stdout).not.toContain(secret);
    }
    expect(r.stdout).toContain('PG_04_01');
    expect(r.stdout).toContain('Tingkat 1 (Merintis)');
    expect(r.stdout).toContain('"url": "https://eval.spbe.go.id/penilaian-mandiri/indikator/4"');
    expect(r.stderr).toMatch(/diganti \/ replaced: .*1 NIP, 1 NIK/);
  });

  it('gives the same page as the extension\'s sanitizer (one sanitizer): the replica of eval 4 with --url', () => {
    const r = spbe(['sanitize-page', 'test/fixtures/portal/eval.spbe.go.id/penilaian-mandiri/indikator/4/index.html', '--url', 'https://eval.spbe.go.id/penilaian-mandiri/indikator/4?x=1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<span class="navbar-text">Pemerintah Kota Sampel</span>');
    expect(r.stdout).toContain('"url": "https://eval.spbe.go.id/penilaian-mandiri/indikator/4"');
  });

  it('reads a page saved in another charset', () => {
    const f = join(dir, 'latin1.html');
    writeFileSync(f, Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Caf'), Buffer.from([0xe9]), Buffer.from(' 0812-3456-7890</p></body></html>')]));
    const r = spbe(['sanitize-page', f]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Café [telepon]');
  });

  it.each([
    ['a JSON file', '{"framework": "spbe-2020"}', 'bukan halaman HTML'],
    ['an MHTML file (Chrome\'s "single file")', 'From: <Saved by Blink>\r\nMIME-Version: 1.0\r\n\r\n<html></html>', 'berkas MHTML'],
    ['a binary file', '\u0000\u0001PNG<html>', 'berkas biner'],
  ])('refuses %s with exit 1 and says why', (_what, content, why) => {
    const f = join(dir, 'x.html');
    writeFileSync(f, content);
    const r = spbe(['sanitize-page', f]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(why);
  });

  it.each([
    [[], 'sebutkan tepat satu berkas'],
    [['a.html', 'b.html'], 'sebutkan tepat satu berkas'],
    [['missing.html'], 'tidak ditemukan / not found'],
    [[STUFFED, '--url', 'not a url'], '--url bukan alamat web'],
    [[STUFFED, '--format', 'json'], 'Unknown option'],
  ])('exits 2 on a usage error: %j', (args, why) => {
    const r = spbe(['sanitize-page', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(why);
  });

  it('is listed in the program\'s help, and has its own', () => {
    expect(spbe(['--help']).stdout).toContain('spbe sanitize-page <halaman.html>');
    expect(spbe(['sanitize-page', '--help']).stdout).toContain('Kode keluar / exit codes: 0 berhasil / ok, 1 berkas bukan HTML');
    expect(readFileSync(STUFFED, 'utf8')).toContain('Wirasaba'); // the input is left as it was
  });
});
