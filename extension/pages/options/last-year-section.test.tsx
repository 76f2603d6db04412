/** @vitest-environment happy-dom */
// Importing last year's result on the Options page: the three paths, filed
// under the agency the portal shows (never an example name), with clear
// messages for what could not be read, and nothing replaced without asking
// when the read is partial or names another agency.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LastYearSection, confidenceOf } from './last-year-section.tsx';
import { listStoredLast, loadLastResult } from '../../store/last-year.ts';
import { lastFromReportText } from '../../../core/compare/report-text.ts';
// The section loads the reader when a text is imported; loaded here first so that a few ticks suffice.
import '../../../core/compare/read-last.ts';
import { startHost, type TestHost } from '../../../test/extension/live-host.ts';
import { saveIndicator } from '../../../test/extension/store.ts';
import type { Scope } from '../../store/scope.ts';

const agency = { name: 'Pemerintah Kota Contoh', code: '9999' };
const portal: Scope = { framework: 'spbe-2020', year: 2026, agency: { name: 'Pemerintah Kota Contoh' } };
const tick = () => new Promise((r) => setTimeout(r, 10));
const $ = (id: string) => document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement;
const type = (id: string, value: string) => { const el = $(id); el.value = value; el.dispatchEvent(new Event('input', { bubbles: true })); };
const report = 'Laporan Hasil Evaluasi SPBE 2025\nIndeks SPBE 2,59\n12 Peta Rencana SPBE 3,00\nbaris aneh 77';
let bg: TestHost;

async function mount() {
  document.body.innerHTML = '<div id="app"></div>';
  render(<LastYearSection locale="id" />, document.getElementById('app')!);
  for (let i = 0; i < 5; i++) await tick();
}
async function paste(text: string) {
  type('last-paste', text);
  await tick();
  $('last-paste-import').click();
  for (let i = 0; i < 5; i++) await tick();
}

beforeEach(() => { fakeBrowser.reset(); bg = startHost(); });

describe('last year import on the Options page', () => {
  it('takes the agency from the open portal tab, never an example name', async () => {
    await mount();
    expect($('last-agency').value).toBe(''); // no portal tab, nothing read from the portal yet: empty and required
    await paste(report);
    expect($('last-result').textContent).toBe('Isi dulu nama instansi yang hasilnya diimpor (biasanya terisi dari tab portal yang terbuka).');
    expect(await listStoredLast()).toEqual([]);

    await bg.host.live({ t: 'open', framework: 'spbe-2020', scope: portal, reading: null }, 4);
    await mount();
    expect($('last-agency').value).toBe('Pemerintah Kota Contoh');
  });

  it('otherwise from the scopes the portal left, newest first; several agencies are offered to pick from', async () => {
    await saveIndicator(portal, 1, { level: 2 }, 10);
    await saveIndicator({ ...portal, agency: { name: 'Pemerintah Kabupaten Lain' } }, 1, { level: 2 }, 20);
    await saveIndicator({ ...portal, agency: { name: 'Dari Berkas' } }, 1, { level: 2 }, 30, 'import');
    await mount();
    expect($('last-agency').value).toBe('');
    const known = document.querySelector<HTMLSelectElement>('[data-testid=last-known]')!;
    expect([...known.options].map((o) => o.textContent)).toEqual(['pilih…', 'Pemerintah Kabupaten Lain', 'Pemerintah Kota Contoh']);
  });

  it('pasted report text: stored for the agency and year, with the lines it could not read', async () => {
    await mount();
    type('last-agency', agency.name);
    type('last-code', '9999');
    await paste(report);
    expect($('last-result').textContent).toContain('tahun 2025, indeks 2,59, 1 nilai indikator');
    expect($('last-result').textContent).toContain('Baris 4 tidak terbaca');
    const r = await loadLastResult({ framework: 'pemdi-2026', year: 2026, agency });
    expect(r!.index!.toNumber()).toBe(2.59);
  });

  it('a Tauval API response picked by agency code and year', async () => {
    await mount();
    type('last-agency', agency.name);
    type('last-code', '9999');
    type('last-year', '2025');
    await paste(JSON.stringify([{ kode: '9999', tahun: '2025', nama_instansi: 'Pemerintah Kota Contoh', nilai: { indeks: '3.1000000000' } }, { kode: '1', tahun: '2025', nilai: { indeks: '2' } }]));
    expect((await loadLastResult({ framework: 'spbe-2020', year: 2026, agency }))!.index!.toNumber()).toBe(3.1);
  });

  it('a broken assessment file: its problems with line and column, nothing stored', async () => {
    await mount();
    type('last-agency', agency.name);
    await paste('{\n  "framework": "spbe-2020",\n  "year": "2025"\n}');
    expect($('last-result').textContent).toMatch(/teks:1:1 .*"agency"/);
    expect(await listStoredLast()).toEqual([]);
  });

  it('text that is no report (random bytes) changes nothing and says so in one line', async () => {
    await mount();
    type('last-agency', agency.name);
    const junk = Array.from({ length: 400 }, (_, i) => `${i % 40} ${String.fromCharCode(65 + (i % 26)).repeat(5)} ${1 + (i % 4)},${i % 10}0 ${'#$%'.repeat(i % 3)}`).join('\n')
      + '\n' + Array.from({ length: 2000 }, (_, i) => `@@${i}@@ ~~${i * 7}`).join('\n');
    const read = lastFromReportText(junk, { year: 2025 });
    expect(read.indicators.size).toBeGreaterThan(0); // the reader finds "values" in it …
    expect(confidenceOf(read)).toBe('none'); // … but not with confidence
    await paste(junk);
    // core refuses it first (more lines unread than values read); the section's own 'none' confidence is the second guard
    expect($('last-result').textContent).toMatch(/^Teks ini tidak tampak sebagai laporan hasil: \d+ baris tidak terbaca, hanya \d+ nilai terbaca$/);
    expect(await listStoredLast()).toEqual([]);
  });

  it('with no agency typed and no portal tab: checks the file first, and files a result under the agency it names', async () => {
    await mount();
    const pickFile = async (name: string, text: string) => {
      Object.defineProperty($('last-file'), 'files', { configurable: true, value: [new File([text], name)] });
      $('last-file').dispatchEvent(new Event('change', { bubbles: true }));
      for (let i = 0; i < 5; i++) await tick();
    };
    await pickFile('rusak.json', '{ "framework": "spbe-2020",, }');
    expect($('last-result').textContent).toContain('rusak.json:1:');
    expect($('last-result').textContent).not.toContain('Isi dulu nama instansi');
    await pickFile('hasil-2024.json', JSON.stringify({ framework: 'spbe-2020', year: 2024, agency, stage: 'akhir', indicators: { 1: { level: 3 }, 2: { level: 2 } } }));
    expect($('last-result').textContent).toContain('Pemerintah Kota Contoh');
    expect($('last-agency').value).toBe('Pemerintah Kota Contoh');
    expect((await listStoredLast()).map((l) => [l.stored.agency.name, l.stored.year])).toEqual([['Pemerintah Kota Contoh', 2024]]);
  });

  it('refuses a file over the size limit before reading it', async () => {
    await mount();
    type('last-agency', agency.name);
    const f = new File(['x'], 'acak.bin');
    Object.defineProperty(f, 'size', { value: 20_000_000 });
    const text = vi.spyOn(f, 'text');
    Object.defineProperty($('last-file'), 'files', { configurable: true, value: [f] });
    $('last-file').dispatchEvent(new Event('change', { bubbles: true }));
    for (let i = 0; i < 3; i++) await tick();
    expect($('last-result').textContent).toContain('acak.bin berukuran 20,0 MB, lebih dari batas 2,1 MB');
    expect(text).not.toHaveBeenCalled();
  });

  it('asks before a partial read replaces a stored result, and before filing another agency\'s result', async () => {
    await mount();
    type('last-agency', agency.name);
    type('last-code', '9999');
    await paste('Laporan Hasil Evaluasi SPBE 2025\nIndeks SPBE 3,00\n1 Arsitektur 3,00\n2 Peta Rencana 3,00');
    expect((await loadLastResult({ ...portal, agency }))!.index!.toNumber()).toBe(3);
    await paste(report); // partial (a line not read), same agency and year
    expect(document.querySelector('[data-testid=last-confirm]')!.textContent).toContain('Ganti hasil tahun 2025');
    expect((await loadLastResult({ ...portal, agency }))!.index!.toNumber()).toBe(3);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await tick();
    expect(document.querySelector('[data-testid=last-confirm]')).toBeNull();
    await paste(report);
    (document.querySelector('[data-action=confirm-replace]') as HTMLButtonElement).click();
    for (let i = 0; i < 3; i++) await tick();
    expect((await loadLastResult({ ...portal, agency }))!.index!.toNumber()).toBe(2.59);

    await paste('Laporan Pemerintah Kabupaten Lain 2024\nIndeks SPBE 2,00');
    expect(document.querySelector('[data-testid=last-confirm]')!.textContent).toContain('menyebut instansi "Pemerintah Kabupaten Lain 2024"');
  });

  it('asks before filing a self-assessment (not a final record) as last year\'s result; the question says what will be stored, not that it was', async () => {
    await mount();
    type('last-agency', agency.name);
    await paste('halo 12'); // an earlier import's error
    expect($('last-result').textContent).toMatch(/./);
    const all = Object.fromEntries([...Array(47)].map((_, i) => [String(i + 1), { level: 3 }]));
    Object.defineProperty($('last-file'), 'files', { configurable: true, value: [new File([JSON.stringify({ framework: 'spbe-2020', year: 2025, agency, stage: 'mandiri', indicators: all })], 'penilaian-2025.json')] });
    $('last-file').dispatchEvent(new Event('change', { bubbles: true }));
    for (let i = 0; i < 5; i++) await tick();
    const box = document.querySelector('[data-testid=last-confirm]')!.textContent!;
    expect(box).toContain('bertahap "mandiri", bukan hasil akhir');
    expect(box).toContain('Akan disimpan: Pemerintah Kota Contoh, tahun 2025, indeks 3,00, 47 nilai indikator.');
    expect(box).not.toContain('Tersimpan');
    expect(box).not.toContain('Hanya sebagian'); // all 47 read
    expect($('last-result')).toBeNull();
    expect(await listStoredLast()).toEqual([]);
    (document.querySelector('[data-action=confirm-replace]') as HTMLButtonElement).click();
    for (let i = 0; i < 3; i++) await tick();
    expect($('last-result').textContent).toContain('Tersimpan: Pemerintah Kota Contoh, tahun 2025');
    expect((await listStoredLast()).map((l) => l.stored.year)).toEqual([2025]);
  });
});
