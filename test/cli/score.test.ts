// `spbe score` end to end, on the built binary.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spbe, tempDir, writeJson } from './run.ts';

const dir = tempDir();
const spbeFile = (indicators: Record<string, unknown>) =>
  ({ framework: 'spbe-2020', year: 2025, agency: { name: 'Pemerintah Kota Contoh' }, stage: 'mandiri', indicators });
const all = (level: number) => Object.fromEntries([...Array(47)].map((_, k) => [String(k + 1), { level }]));

describe('spbe score', () => {
  it('prints index, predicate, domains and aspects in Indonesian', () => {
    const f = writeJson(dir, 'all3.json', spbeFile(all(3)));
    const r = spbe(['score', f]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Indeks (47 dari 47 indikator terisi): 3,00   Predikat: Baik');
    expect(r.stdout).toMatch(/Domain\n\s+1 Kebijakan Internal SPBE/);
    expect(r.stdout).toContain('Menuju Sangat Baik (>= 3,50)');
  });
  it('speaks English with --locale en', () => {
    const r = spbe(['score', join(dir, 'all3.json'), '--locale', 'en']);
    expect(r.stdout).toContain('Index (47 of 47 indicators filled): 3.00   Predicate: Good');
  });
  it('names the basis of every figure of a partial assessment, and gains are on the final index', () => {
    const f = writeJson(dir, 'three.json', spbeFile({ 1: { level: 3 }, 2: { level: 3 }, 3: { level: 3 } }));
    const r = spbe(['score', f]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toBe('Indeks indikator terisi (3 dari 47): 3,00   Predikat: Baik');
    expect(lines[2]).toMatch(/^Indeks akhir bila 44 indikator lainnya tetap 1,00: 1,\d\d\s{3}Predikat: Kurang$/);
    expect(r.stdout).toMatch(/Menuju Cukup \(>= 1,80\): kurang 0,\d\d, diukur pada indeks akhir 1,\d\d/);
    expect(r.stdout).toContain('Langkah berikutnya dengan tambahan terbesar pada indeks akhir:');
    expect(r.stdout).not.toMatch(/\d,\d{3,}/); // two decimals where two are enough
    const j = JSON.parse(spbe(['score', f, '--format', 'json']).stdout);
    expect(j).toMatchObject({ indexBasis: 'filled', final: { basis: 'missing-at-floor', floor: 1, predicate: 'Kurang' }, gap: { basis: 'final' }, gainBasis: 'final' });
    expect(j.missing).toHaveLength(44);
  });
  it('never prints an index that reads as another band than its predicate (2,5975 is Cukup, not "2,60")', () => {
    // The exact-2.60 vector below with indicator 32 (weight 2.75) one level up and 42 (weight 3) one down: Σ = 259.75.
    const lv = [3, 1, 2, 2, 4, 2, 1, 4, 4, 2, 4, 1, 2, 4, 4, 3, 2, 3, 4, 1, 4, 4, 3, 3, 3, 2, 2, 3, 4, 3, 2, 2, 2, 1, 4, 3, 1, 1, 3, 4, 4, 1, 2, 2, 2, 4, 2];
    const f = writeJson(dir, 'boundary.json', spbeFile(Object.fromEntries(lv.map((l, k) => [String(k + 1), { level: l }]))));
    expect(spbe(['score', f]).stdout).toContain('Indeks (47 dari 47 indikator terisi): 2,598   Predikat: Cukup');
    expect(JSON.parse(spbe(['score', f, '--format', 'json']).stdout)).toMatchObject({ index: 2.5975, predicate: 'Cukup' });
  });
  it('--format json gives one object with unrounded numbers keyed by group number', () => {
    const f = writeJson(dir, 'partial.json', spbeFile({ 1: { level: 3 }, 32: { level: 4 } }));
    const r = spbe(['score', f, '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ framework: 'spbe-2020', predicate: 'Sangat Baik', filled: 2, total: 47 });
    expect(j.index).toBeCloseTo(14.9 / 4.05, 12);
    expect(Object.keys(j.aspects)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(Object.keys(j.domains)).toEqual(['1', '2', '3', '4']);
    expect(j.aspects['1']).toBe(3);
    expect(j.aspects['2']).toBeNull();
  });
  it('exactly 2.60 is Baik in the JSON output too', () => {
    const lv = [3, 1, 2, 2, 4, 2, 1, 4, 4, 2, 4, 1, 2, 4, 4, 3, 2, 3, 4, 1, 4, 4, 3, 3, 3, 2, 2, 3, 4, 3, 2, 1, 2, 1, 4, 3, 1, 1, 3, 4, 4, 2, 2, 2, 2, 4, 2];
    const f = writeJson(dir, 'exact.json', spbeFile(Object.fromEntries(lv.map((l, k) => [String(k + 1), { level: l }]).reverse())));
    const j = JSON.parse(spbe(['score', f, '--format', 'json']).stdout);
    expect([j.index, j.predicate]).toEqual([2.6, 'Baik']);
  });
  it('labels Pemdi item values as estimates', () => {
    const f = writeJson(dir, 'pemdi.json', { framework: 'pemdi-2026', year: 2026, agency: { name: 'X' }, stage: 'mandiri', indicators: { 1: { evidence: [{ item: 'I1-L1-01', file: 'I1-L1-01.pdf' }] } } });
    const r = spbe(['score', f]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ESTIMASI');
    expect(JSON.parse(spbe(['score', f, '--format', 'json']).stdout)).toMatchObject({ estimated: true, index: 1.5, predicate: 'Cukup' });
  });
  it('says which steps are items the assessor returned (revisi): a fix, not a first upload', () => {
    const text = spbe(['score', 'examples/kota-contoh-pemdi-2026.json']).stdout;
    expect(text).toMatch(/butir I12-L2-03 \(tingkat 2, revisi: perbaiki dan unggah ulang\)/);
    expect(text).not.toMatch(/butir I12-L2-0[124] \(tingkat 2, revisi/);
    const j = JSON.parse(spbe(['score', 'examples/kota-contoh-pemdi-2026.json', '--format', 'json']).stdout) as { nextSteps: { item?: string; returned?: boolean }[] };
    expect(j.nextSteps.filter((s) => s.returned).map((s) => s.item)).toContain('I12-L2-03');
    expect(j.nextSteps.filter((s) => s.returned).every((s) => ['I1-L3-04', 'I3-L2-05', 'I12-L2-03', 'I13-L3-03', 'I17-L3-04'].includes(s.item!))).toBe(true);
  });
  it('exits 1 on an invalid assessment, with file:line:col reasons and no stack trace', () => {
    const f = writeJson(dir, 'bad.json', spbeFile({ 1: { level: 9 } }));
    const r = spbe(['score', f]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.json:\d+:\d+: error .*paling tinggi 5 \[schema\]/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
    // An indicator the framework lacks would be left out of the index: refused, where it is.
    const u = spbe(['score', writeJson(dir, 'unknown.json', spbeFile({ 1: { level: 2 }, 48: { level: 2 } }))]);
    expect(u.code).toBe(1);
    expect(u.stderr).toMatch(/unknown\.json:\d+:\d+: error Indikator "48" tidak ada .*\[unknown-indicator\]/);
    expect(u.stdout).toBe('');
  });
  it('exits 1 on broken JSON, at the exact position', () => {
    const f = join(dir, 'broken.json');
    writeFileSync(f, '{\n  "framework": "spbe-2020"\n  "year": 2025\n}');
    const r = spbe(['score', f]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('broken.json:3:3: error Diharapkan tanda koma');
  });
  it.each([
    [['score'], /tepat satu berkas/],
    [['score', 'a.json', 'b.json'], /tepat satu berkas/],
    [['score', '/no/such/file.json'], /tidak ditemukan/],
    [['score', '.'], /folder/],
    [['score', 'x.json', '--format', 'xml'], /--format/],
    [['score', 'x.json', '--bogus'], /Unknown option/],
    [['nope'], /perintah tidak dikenal/],
  ])('exits 2 on usage errors: %j', (args, msg) => {
    const r = spbe(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(msg);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('prints help and version', () => {
    expect(spbe(['--help']).stdout).toContain('spbe score');
    expect(spbe(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
