// `spbe compare` end to end, on the built binary.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { spbe, tempDir, writeJson } from './run.ts';

const dir = tempDir();
const current = 'examples/kota-contoh-spbe-2025.json';
const a = JSON.parse(readFileSync(current, 'utf8'));
const last = writeJson(dir, 'last.json', { ...a, year: 2024, stage: 'akhir', indicators: Object.fromEntries(Object.entries(a.indicators as Record<string, { level: number }>).map(([k, v]) => [k, { level: k === '12' ? Math.min(5, v.level + 1) : v.level }])) });

describe('spbe compare', () => {
  it('same framework: text with regressions first', () => {
    const r = spbe(['compare', last, current]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Tahun lalu: Indeks SPBE 2024/);
    expect(r.stdout).toMatch(/Indikator yang turun dibanding tahun lalu: 1/);
    expect(r.stdout).toMatch(/Indikator:\n\s+12 Peta Rencana SPBE/);
  });
  it('says when the files seem given the other way round (text and json), and not when they are in order', () => {
    const swapped = spbe(['compare', current, last]);
    expect(swapped.code).toBe(0);
    expect(swapped.stdout).toMatch(/Berkas tahun lalu \(2025\) tidak lebih tua dari berkas tahun ini \(2024\); periksa urutannya/);
    expect(JSON.parse(spbe(['compare', current, last, '--format', 'json']).stdout).notes[0].en).toMatch(/check the order/);
    expect(spbe(['compare', last, current]).stdout).not.toMatch(/periksa urutannya/);
  });
  it('same framework: json with last, current and indicators', () => {
    const j = JSON.parse(spbe(['compare', last, current, '--format', 'json']).stdout);
    expect(j.last).toMatchObject({ framework: 'spbe-2020', predicate: 'Baik' });
    expect(j.current).toMatchObject({ framework: 'spbe-2020', year: 2025 });
    expect(j.indicators[0]).toMatchObject({ id: 12, last: 4, current: 3, delta: -1 });
  });
  it('across frameworks: side by side, related indicators, no converted number', () => {
    const r = spbe(['compare', last, 'examples/kota-contoh-pemdi-2026.json', '--locale', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('There is no official conversion');
    expect(r.stdout).toContain('RELATED SPBE indicators (not a conversion)');
    const j = JSON.parse(spbe(['compare', last, 'examples/kota-contoh-pemdi-2026.json', '--format', 'json']).stdout);
    expect(j.converted).toBeNull();
    expect(j.indicators).toBeUndefined();
  });
  it('reads a Tauval API response and pasted report text', () => {
    const api = writeJson(dir, 'api.json', [{ kode: '9999', tahun: '2024', nama_instansi: 'Pemerintah Kota Contoh', nilai: { A2001: '3.2000000000', indeks: '2.9000000000' } }]);
    expect(JSON.parse(spbe(['compare', api, current, '--format', 'json']).stdout).last.index).toBe(2.9);
    const txt = writeJson(dir, 'report.txt', 'Indeks SPBE 2,90\n12 Peta Rencana SPBE 4,00\nbaris aneh 77\n');
    const r = spbe(['compare', txt, current]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Baris 3 tidak terbaca');
  });
  it('a Tauval response with several records names them and the options that pick one', () => {
    const rec = (kode: string) => ({ kode, tahun: '2024', nama_instansi: `Instansi ${kode}`, nilai: { I2001: '3.0000000000', indeks: '2.9000000000' } });
    const two = writeJson(dir, 'two.json', [rec('1111'), rec('2222')]);
    const r = spbe(['compare', two, current]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('1111/2024 Instansi 1111');
    expect(r.stderr).toContain('--agency-code KODE dan/atau --year TAHUN');
    expect(spbe(['compare', two, current, '--agency-code', '2222']).code).toBe(0);
  });
  it('a report text with no year it can read says so, and how to give it', () => {
    const txt = writeJson(dir, 'tanpa-tahun.txt', 'Indeks SPBE 2,90\n12 Peta Rencana SPBE 4,00\n');
    const r = spbe(['compare', txt, current]);
    expect(r.stdout).toContain('Tahun lalu: Indeks SPBE (tahun tidak terbaca)');
    expect(r.stderr).toContain('tahun hasilnya tidak terbaca; sebutkan dengan --year TAHUN');
    expect(spbe(['compare', txt, current, '--year', '2024']).stderr).toBe('');
  });
  it('exit 1 with reasons on unreadable content, exit 2 on usage errors', () => {
    const broken = writeJson(dir, 'broken.json', '{ "framework": "spbe-2020", "year": 2024,, }');
    const r = spbe(['compare', broken, current]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.json:1:\d+: error/);
    expect(spbe(['compare', writeJson(dir, 'empty.txt', 'nothing here'), current]).code).toBe(1);
    expect(spbe(['compare', last]).code).toBe(2);
    expect(spbe(['compare', last, '/no/such.json']).code).toBe(2);
  });
});
