// `spbe lint` opening the evidence, end to end on the built binary, with PDFs
// the test makes (test/helpers/pdf.ts) from documents in the shape teams
// upload (test/fixtures/evidence/): genuine ones pass every check; the
// look-alikes assessors returned, a password-protected, a damaged, an empty
// and a scanned PDF, a web page named .pdf, a cut-off image, missing files and
// paths out of the folder are each found where the file is cited.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync, openSync, ftruncateSync, closeSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { spbe, tempDir, writeJson } from './run.ts';
import { corruptPdf, documentText, E_SIGN_FOOTER, ownerPasswordPdf, passwordPdf, scanPdf, scanPng, textPdf } from '../helpers/pdf.ts';
import { EXTRACTOR } from '../../cli/evidence/inspect.ts';

type Message = { ruleId: string; message: string; line: number; pointer: string; level: string };
const root = tempDir();
const cache = join(root, 'cache');
const env = { SPBE_CACHE_DIR: cache };
const pemdi = (indicators: Record<string, unknown>, stage = 'mandiri') => ({
  framework: 'pemdi-2026', year: 2026, agency: { name: 'Pemerintah Kota Contoh', kind: 'kota' }, stage, indicators,
});
const up = (item: string, file: string, extra: Record<string, unknown> = {}) => ({ item, file, ...extra });

function lint(args: string[], cwd = root): { code: number | null; files: Record<string, Message[]>; stderr: string } {
  const r = spbe(['lint', ...args, '--format', 'json'], { cwd, env });
  const files = r.stdout ? Object.fromEntries((JSON.parse(r.stdout) as { filePath: string; messages: Message[] }[]).map((f) => [f.filePath.split('/').pop()!, f.messages])) : {};
  return { code: r.code, files, stderr: r.stderr };
}
const evidenceFindings = (ms: Message[]) => ms.filter((m) => m.ruleId.startsWith('evidence-') && !['evidence-file-name', 'evidence-file-pattern', 'evidence-date-future'].includes(m.ruleId));
const found = (ms: Message[]) => evidenceFindings(ms).map((m) => ({ pointer: m.pointer, ruleId: m.ruleId, level: m.level }));
const listing = (dir: string) => readdirSync(dir).sort();

beforeAll(async () => {
  const bukti = join(root, 'bukti');
  mkdirSync(bukti);
  const put = (name: string, bytes: Uint8Array | string) => writeFileSync(join(bukti, name), bytes);
  put('SK-Tim-Auditor-2026.pdf', await textPdf(documentText('sk-tim-auditor')));
  put('Rencana-Audit-2026.pdf', await textPdf(documentText('rencana-audit')));
  put('SK-Tim-Koordinasi-2026.pdf', await textPdf(documentText('sk-tim-koordinasi')));
  put('Renja-Diskominfo-2026.pdf', await textPdf(documentText('renja-kolaborasi')));
  put('IKASANDI-2026.pdf', await textPdf(documentText('laporan-ikasandi')));
  put('SK-TTIS-2026.pdf', await ownerPasswordPdf(documentText('sk-ttis')));
  put('SK-TTIS-ttd-elektronik.pdf', await scanPdf(2, E_SIGN_FOOTER));
  put('SK-Tim-Asesor-2026.pdf', await textPdf(documentText('sk-tim-asesor')));
  put('Indeks-KAMI-2023.pdf', await textPdf(documentText('laporan-indeks-kami')));
  put('DPA-Diskominfo-2026.pdf', await textPdf(documentText('dpa-skpd')));
  put('Perwal-Arsitektur-SPBE.pdf', await textPdf(documentText('perwal-arsitektur')));
  put('Laporan-Audit-terkunci.pdf', await passwordPdf(documentText('rencana-audit')));
  put('Laporan-Audit-rusak.pdf', corruptPdf());
  put('kosong.pdf', '');
  put('Pindaian-Laporan.pdf', await scanPdf(3));
  put('unduhan.pdf', '<!DOCTYPE html><html><head><title>Masuk</title></head><body>Sesi berakhir</body></html>');
  const png = scanPng(60, 40);
  put('Tangkapan-Layar.png', png);
  put('Tangkapan-Layar-terpotong.png', png.subarray(0, png.length - 30));
  mkdirSync(join(root, 'lain'));
  writeFileSync(join(root, 'lain', 'rahasia.pdf'), await textPdf(documentText('sk-tim-auditor')));
  symlinkSync(join(root, 'lain', 'rahasia.pdf'), join(bukti, 'tautan.pdf'));
  symlinkSync(join(root, 'lain'), join(bukti, 'folder-lain'));
  // A large PDF (sparse: only its header is written) above the extractor's limit.
  const fd = openSync(join(bukti, 'Besar.pdf'), 'w');
  writeSync(fd, '%PDF-1.7\n');
  ftruncateSync(fd, 70 * 1024 * 1024);
  closeSync(fd);

  writeJson(root, 'genuine.json', pemdi({
    4: { evidence: [up('I4-L1-01', 'SK-Tim-Koordinasi-2026.pdf', { kind: 'sk', date: '2026-01-12' }), up('I4-L1-02', 'Renja-Diskominfo-2026.pdf')] },
    9: { evidence: [up('I9-L1-01', 'SK-Tim-Auditor-2026.pdf', { kind: 'sk', date: '2026-01-05' }), up('I9-L1-02', 'Rencana-Audit-2026.pdf')] },
    10: { evidence: [up('I10-L2-02', 'IKASANDI-2026.pdf')] },
    12: { evidence: [up('I12-L2-01', 'SK-TTIS-2026.pdf', { kind: 'sk', date: '2026-02-02' })] },
    14: { evidence: [up('I14-L1-02', 'Tangkapan-Layar.png')] },
  }));
  writeJson(root, 'problems.json', pemdi({
    4: { evidence: [
      up('I4-L1-01', 'unduhan.pdf'), up('I4-L1-02', 'DPA-Diskominfo-2026.pdf'), up('I4-L1-03', 'Notulen-tidak-ada.pdf'),
      up('I4-L2-01', '../lain/rahasia.pdf'), up('I4-L2-02', '/etc/hostname'), up('I4-L3-01', 'tautan.pdf'), up('I4-L3-02', 'folder-lain/rahasia.pdf'),
      up('I4-L4-01', 'kosong.pdf'),
    ] },
    9: { evidence: [
      up('I9-L1-01', 'SK-Tim-Asesor-2026.pdf', { kind: 'sk', date: '2026-02-20' }), up('I9-L1-02', 'Laporan-Audit-terkunci.pdf'),
      up('I9-L2-01', 'Laporan-Audit-rusak.pdf'), up('I9-L4-01', 'Pindaian-Laporan.pdf'), up('I9-L5-01', 'Besar.pdf'),
    ] },
    10: { evidence: [up('I10-L2-02', 'Indeks-KAMI-2023.pdf')] },
    12: { evidence: [up('I12-L2-01', 'SK-TTIS-ttd-elektronik.pdf')] },
    14: { evidence: [up('I14-L1-02', 'Tangkapan-Layar-terpotong.png')] },
    15: { evidence: [up('I15-L1-01', 'Perwal-Arsitektur-SPBE.pdf', { kind: 'kebijakan', date: '2026-06-03' })] },
  }));
}, 60_000);

describe('spbe lint --evidence-dir', () => {
  it('genuine documents pass every evidence check (an owner-password PDF opens; a signed scan is only noted)', () => {
    const r = lint(['genuine.json', '--evidence-dir', 'bukti']);
    expect(r.stderr).toBe('');
    expect(found(r.files['genuine.json']!)).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('finds each problem where the file is cited', () => {
    const r = lint(['problems.json', '--evidence-dir', 'bukti']);
    expect(r.code).toBe(1);
    const e = (ind: number, i: number) => `/indicators/${ind}/evidence/${i}/file`;
    expect(found(r.files['problems.json']!)).toEqual([
      { pointer: e(4, 0), ruleId: 'evidence-file-type', level: 'error' },
      { pointer: e(4, 1), ruleId: 'evidence-item-content', level: 'warning' },
      { pointer: e(4, 2), ruleId: 'evidence-file-missing', level: 'error' },
      { pointer: e(4, 3), ruleId: 'evidence-file-missing', level: 'error' },
      { pointer: e(4, 4), ruleId: 'evidence-file-missing', level: 'error' },
      { pointer: e(4, 5), ruleId: 'evidence-file-missing', level: 'error' },
      { pointer: e(4, 6), ruleId: 'evidence-file-missing', level: 'error' },
      { pointer: e(4, 7), ruleId: 'evidence-file-empty', level: 'error' },
      { pointer: e(9, 0), ruleId: 'evidence-item-content', level: 'warning' },
      { pointer: e(9, 1), ruleId: 'evidence-pdf-unreadable', level: 'error' },
      { pointer: e(9, 2), ruleId: 'evidence-pdf-unreadable', level: 'error' },
      { pointer: e(9, 3), ruleId: 'evidence-content-skipped', level: 'info' },
      { pointer: e(9, 4), ruleId: 'evidence-content-skipped', level: 'info' },
      { pointer: e(10, 0), ruleId: 'evidence-item-content', level: 'warning' },
      { pointer: e(12, 0), ruleId: 'evidence-content-skipped', level: 'info' },
      { pointer: e(14, 0), ruleId: 'evidence-file-type', level: 'error' },
      { pointer: e(15, 0), ruleId: 'evidence-item-content', level: 'warning' },
      { pointer: e(15, 0), ruleId: 'evidence-year-mentioned', level: 'warning' },
    ]);
    const text = (ptr: string, rule: string) => r.files['problems.json']!.find((m) => m.pointer === ptr && m.ruleId === rule)!.message;
    // The look-alike is named, with the item's document: both, as the assessor's note did.
    expect(text(e(9, 0), 'evidence-item-content')).toMatch(/SK Tim Asesor Internal Evaluasi Kinerja Pemdi.*SK Tim Auditor Internal Pemerintah Digital/);
    expect(text(e(10, 0), 'evidence-item-content')).toContain('Indeks KAMI');
    expect(text(e(4, 1), 'evidence-item-content')).toContain('RKA/DPA');
    expect(text(e(9, 1), 'evidence-pdf-unreadable')).toContain('kata sandi');
    expect(text(e(9, 2), 'evidence-pdf-unreadable')).toContain('rusak');
    expect(text(e(9, 3), 'evidence-content-skipped')).toContain('pindai');
    expect(text(e(9, 4), 'evidence-content-skipped')).toContain('64 MB');
    expect(text(e(4, 3), 'evidence-file-missing')).toContain('../');
    expect(text(e(4, 5), 'evidence-file-missing')).toContain('tautan simbolik');
    expect(text(e(4, 6), 'evidence-file-missing')).toContain('tautan simbolik');
    // Placed on the file's name in the assessment.
    const line = r.files['problems.json']!.find((m) => m.pointer === e(9, 0))!.line;
    expect(line).toBeGreaterThan(1);
  });

  it('the English messages say what each check looked for', () => {
    const r = spbe(['lint', 'problems.json', '--evidence-dir', 'bukti', '--locale', 'en', '--format', 'json'], { cwd: root, env });
    const messages = (JSON.parse(r.stdout)[0].messages as Message[]).filter((m) => m.ruleId === 'evidence-item-content' || m.ruleId === 'evidence-year-mentioned');
    for (const m of messages) expect(m.message).toMatch(/looked for "/);
  });

  it('a final record (stage akhir) is not judged by the evidence checks', () => {
    const dir = tempDir();
    writeJson(dir, 'hasil.json', pemdi({ 9: { value: 2, evidence: [up('I9-L1-01', 'tidak-ada.pdf', { status: 'diterima' })] } }, 'akhir'));
    expect(found(lint(['hasil.json'], dir).files['hasil.json']!)).toEqual([]);
  });

  it('a named folder that does not exist is a usage error', () => {
    const r = spbe(['lint', 'genuine.json', '--evidence-dir', 'tidak-ada'], { cwd: root, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--evidence-dir tidak-ada');
  });
});

describe('the evidence folder', () => {
  it('by default, the assessment\'s own folder: none of its files there is one note, not an error per file', () => {
    const r = lint(['problems.json']);
    expect(found(r.files['problems.json']!)).toEqual([{ pointer: '', ruleId: 'evidence-folder-not-found', level: 'info' }]);
    expect(r.files['problems.json']!.find((m) => m.ruleId === 'evidence-folder-not-found')!.message).toContain('--evidence-dir');
  });

  it('by default, with some of its files there: each missing one is an error', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ada.pdf'), corruptPdf());
    writeJson(dir, 'a.json', pemdi({ 9: { evidence: [up('I9-L1-01', 'ada.pdf'), up('I9-L1-02', 'tidak-ada.pdf')] } }));
    expect(found(lint(['a.json'], dir).files['a.json']!).map((f) => f.ruleId)).toEqual(['evidence-pdf-unreadable', 'evidence-file-missing']);
  });

  it('evidenceDir in spbe.config.json, relative to the config; one that does not exist stops with its line and column', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'penilaian'));
    writeJson(dir, 'penilaian/a.json', pemdi({ 9: { evidence: [up('I9-L1-01', 'SK-Tim-Asesor-2026.pdf')] } }));
    writeJson(dir, 'spbe.config.json', { evidenceDir: join(root, 'bukti') });
    expect(found(lint(['penilaian/a.json'], dir).files['a.json']!).map((f) => f.ruleId)).toEqual(['evidence-item-content']);
    writeFileSync(join(dir, 'spbe.config.json'), '{\n  "evidenceDir": "bukti-2026"\n}\n');
    const r = spbe(['lint', 'penilaian/a.json'], { cwd: dir, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/spbe\.config\.json:2:3: Folder bukti "bukti-2026" tidak ditemukan/);
  });

  it('--no-evidence opens nothing', () => {
    expect(found(lint(['problems.json', '--evidence-dir', 'bukti']).files['problems.json']!).length).toBeGreaterThan(0);
    const r = spbe(['lint', 'problems.json', '--no-evidence', '--format', 'json'], { cwd: root, env });
    expect(found(JSON.parse(r.stdout)[0].messages)).toEqual([]);
  });
});

describe('the cache', () => {
  it('lives in the user\'s cache folder, never in the evidence folder; a second run reads it and says the same; it is safe to delete', () => {
    rmSync(cache, { recursive: true, force: true });
    const before = listing(join(root, 'bukti'));
    const first = lint(['problems.json', 'genuine.json', '--evidence-dir', 'bukti']);
    expect(listing(join(root, 'bukti'))).toEqual(before);
    expect(readdirSync(cache).filter((d) => d.startsWith(`pdf-text-v1-${EXTRACTOR}-`))).toHaveLength(1);
    const second = lint(['problems.json', 'genuine.json', '--evidence-dir', 'bukti']);
    expect(second.files).toEqual(first.files);
    rmSync(cache, { recursive: true, force: true });
    expect(lint(['problems.json', 'genuine.json', '--evidence-dir', 'bukti']).files).toEqual(first.files);
  });

  it('an entry that does not read back is ignored and the PDF read again', () => {
    lint(['genuine.json', '--evidence-dir', 'bukti']);
    const dir = join(cache, readdirSync(cache).find((d) => d.startsWith(`pdf-text-v1-${EXTRACTOR}-`))!);
    for (const sub of readdirSync(dir)) for (const f of readdirSync(join(dir, sub))) writeFileSync(join(dir, sub, f), '{"hash":');
    expect(found(lint(['genuine.json', '--evidence-dir', 'bukti']).files['genuine.json']!)).toEqual([]);
  });
});

it('the cache is named after the pdf.js the bundle carries', async () => {
  const { version } = await import('unpdf/pdfjs');
  expect(EXTRACTOR).toBe(`pdfjs-${version}`);
});
