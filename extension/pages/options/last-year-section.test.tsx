/** @vitest-environment happy-dom */
// Importing last year's result on the Options page: the three paths, stored per
// agency and year, with clear messages for what could not be read.
import { beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LastYearSection } from './last-year-section.tsx';
import { loadLastResult } from '../../store/last-year.ts';

const agency = { name: 'Pemerintah Kota Contoh', code: '9999' };
const tick = () => new Promise((r) => setTimeout(r, 10));
const $ = (id: string) => document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement;
const type = (id: string, value: string) => { const el = $(id); el.value = value; el.dispatchEvent(new Event('input', { bubbles: true })); };

beforeEach(async () => {
  fakeBrowser.reset();
  document.body.innerHTML = '<div id="app"></div>';
  render(<LastYearSection locale="id" />, document.getElementById('app')!);
  await tick();
});

describe('last year import on the Options page', () => {
  it('pasted report text: stored for the agency and year, with the lines it could not read', async () => {
    type('last-code', '9999');
    type('last-paste', 'Laporan Hasil Evaluasi SPBE 2025\nIndeks SPBE 2,59\n12 Peta Rencana SPBE 3,00\nbaris aneh 77');
    await tick();
    $('last-paste-import').click();
    await tick();
    expect($('last-result').textContent).toContain('tahun 2025, indeks 2,59, 1 nilai indikator');
    expect($('last-result').textContent).toContain('Baris 4 tidak terbaca');
    const r = await loadLastResult({ framework: 'pemdi-2026', year: 2026, agency });
    expect(r!.index!.toNumber()).toBe(2.59);
  });
  it('a Tauval API response picked by agency code and year', async () => {
    type('last-code', '9999');
    type('last-year', '2025');
    type('last-paste', JSON.stringify([{ kode: '9999', tahun: '2025', nama_instansi: 'Pemerintah Kota Contoh', nilai: { indeks: '3.1000000000' } }, { kode: '1', tahun: '2025', nilai: { indeks: '2' } }]));
    await tick();
    $('last-paste-import').click();
    await tick();
    expect((await loadLastResult({ framework: 'spbe-2020', year: 2026, agency }))!.index!.toNumber()).toBe(3.1);
  });
  it('a broken assessment file: its problems with line and column, nothing stored', async () => {
    type('last-paste', '{\n  "framework": "spbe-2020",\n  "year": "2025"\n}');
    await tick();
    $('last-paste-import').click();
    await tick();
    expect($('last-result').textContent).toMatch(/teks:1:1 .*"agency"/);
    expect(await loadLastResult({ framework: 'spbe-2020', year: 2026, agency })).toBeNull();
  });
});
