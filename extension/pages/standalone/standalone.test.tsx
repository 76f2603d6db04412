/** @vitest-environment happy-dom */
// The standalone page: the summary follows every level or item change, drafts
// load from and save to storage, export gives an assessment file, and
// everything shown from storage stays text.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Standalone } from './standalone.tsx';
import { loadScope } from '../../store/assessments.ts';
import { scopeItem } from '../../store/records.ts';
import type { Scope } from '../../store/scope.ts';
import { button, captureDownloads, click, mount, pick, type, unmountAll, until } from '../../../test/helpers/dom.ts';
import { startHost, type TestHost } from '../../../test/extension/live-host.ts';
import { saveIndicator } from '../../../test/extension/store.ts';

let bg: TestHost;
beforeEach(() => { fakeBrowser.reset(); bg = startHost(); });
// Unmounting writes the work still waiting for the autosave delay: let that land before the next test resets storage.
afterEach(async () => { unmountAll(); await new Promise((r) => setTimeout(r, 30)); vi.restoreAllMocks(); });

async function open() {
  const root = mount(<Standalone />);
  await until(() => root.querySelector('.standalone[data-ready]'), 'standalone page');
  return root;
}

const index = (root: HTMLElement) => root.querySelector('.summary .index')!.textContent;
const predicate = (root: HTMLElement) => root.querySelector('.summary .predicate')!.textContent;
const level = (root: HTMLElement, n: number) => root.querySelector(`select[data-indicator="${n}"]`);
const item = (root: HTMLElement, code: string) => root.querySelector(`select[data-item="${code}"]`);

async function choosePemdi(root: HTMLElement) {
  await pick(root.querySelector('[data-testid=framework]'), 'pemdi-2026');
  await until(() => root.querySelector('details.ind'), 'pemdi table');
}

describe('standalone: SPBE', () => {
  it('starts empty with no agency (never an example name) and year 2025, 47 indicators grouped by domain and aspect', async () => {
    const root = await open();
    expect((root.querySelector('[data-testid=agency]') as HTMLInputElement).value).toBe('');
    expect(root.textContent).toContain('Nama instansi wajib diisi.');
    expect((root.querySelector('[data-testid=year]') as HTMLInputElement).value).toBe('2025');
    expect(root.querySelectorAll('tr.indicator')).toHaveLength(47);
    expect(root.querySelectorAll('tr.domain')).toHaveLength(4);
    expect(root.querySelectorAll('tr.aspect')).toHaveLength(8);
    expect(root.querySelector('tr.indicator')!.textContent).toContain('Kebijakan Internal Arsitektur SPBE');
    expect(root.querySelector('tr.indicator')!.textContent).toContain('1,3 %');
    expect(index(root)).toBe('–');
  });

  it('computes the index on every level change: all 47 at level 3 → 3,00 Baik', async () => {
    const root = await open();
    await pick(level(root, 1), '4');
    expect(index(root)).toBe('4,00');
    for (let n = 1; n <= 47; n++) await pick(level(root, n), '3');
    expect(index(root)).toBe('3,00');
    expect(predicate(root)).toBe('Baik');
    expect(root.querySelector('.summary .figure-label')!.textContent).toBe('Indeks (47 dari 47 indikator terisi)');
    await pick(level(root, 47), '');
    expect(root.querySelector('.summary .figure-label')!.textContent).toBe('Indeks indikator terisi (46 dari 47)');
    expect(root.querySelector('.summary .final')!.textContent).toMatch(/^Indeks akhir bila 1 indikator lainnya tetap 1,00: 2,9\d+ /);
  });

  it('sets every indicator at once', async () => {
    const root = await open();
    await pick(root.querySelector('[data-testid=set-all]'), '5');
    expect(index(root)).toBe('5,00');
    expect(predicate(root)).toBe('Memuaskan');
    expect((level(root, 30) as HTMLSelectElement).value).toBe('5');
  });

  it('saves every filled indicator with source standalone and exports an assessment file', async () => {
    const files = captureDownloads();
    const root = await open();
    await pick(level(root, 2), '3');
    await pick(level(root, 11), '4');
    await type(root.querySelector('[data-testid=agency]'), 'Pemerintah Kota Uji');
    await click(root.querySelector('[data-testid=save]'));
    await until(() => root.querySelector('.notice'), 'saved');
    expect(root.querySelector('.notice')!.textContent).toContain('2 indikator ditulis');
    const scope: Scope = { framework: 'spbe-2020', year: 2025, agency: { name: 'Pemerintah Kota Uji' } };
    expect((await loadScope(scope)).entries).toEqual({ 2: { level: 3 }, 11: { level: 4 } });
    expect((await scopeItem(scope).getValue())!.indicators[2]!.source).toBe('standalone');

    await click(root.querySelector('[data-testid=export]'));
    expect(files[0]!.name).toBe('spbe-2020-2025-Pemerintah-Kota-Uji.json');
    expect(await files[0]!.json()).toEqual({ framework: 'spbe-2020', year: 2025, agency: { name: 'Pemerintah Kota Uji' }, stage: 'mandiri', indicators: { 2: { level: 3 }, 11: { level: 4 } } });
  });

  it('on a page not yet touched, the missing agency name is a hint, not an error', async () => {
    const root = await open();
    await until(() => root.textContent!.includes('Nama instansi wajib diisi.'), 'the hint');
    expect(root.querySelectorAll('.error')).toHaveLength(0);
    expect(root.querySelector('.hint')!.textContent).toBe('Nama instansi wajib diisi.');
  });

  it('refuses to save or export without an agency name or with a bad year', async () => {
    const root = await open();
    await type(root.querySelector('[data-testid=agency]'), ' ');
    await type(root.querySelector('[data-testid=year]'), '2019');
    await until(() => root.querySelectorAll('.error').length === 2, 'problems');
    expect(root.textContent).toContain('Nama instansi wajib diisi.');
    expect(root.textContent).toContain('Tahun harus bilangan bulat 2021–2100.');
    expect((root.querySelector('[data-testid=save]') as HTMLButtonElement).disabled).toBe(true);
    expect((root.querySelector('[data-testid=export]') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('standalone: Pemdi', () => {
  it('switches to Pemdi with year 2026 and keeps the SPBE draft', async () => {
    const root = await open();
    await pick(level(root, 1), '2');
    await choosePemdi(root);
    expect((root.querySelector('[data-testid=year]') as HTMLInputElement).value).toBe('2026');
    expect(root.querySelectorAll('details.ind')).toHaveLength(20);
    expect(index(root)).toBe('–');
    await pick(root.querySelector('[data-testid=framework]'), 'spbe-2020');
    await until(() => level(root, 1), 'spbe table');
    expect((level(root, 1) as HTMLSelectElement).value).toBe('2');
    expect(index(root)).toBe('2,00');
  });

  it('lists every item code per level with the four states, and value inputs for 5, 6, 7, 18', async () => {
    const root = await open();
    await choosePemdi(root);
    const sel = item(root, 'I1-L2-03') as HTMLSelectElement;
    expect([...sel.options].map((o) => o.textContent)).toEqual(['belum diunggah', 'diunggah', 'diterima', 'revisi']);
    expect(root.querySelectorAll('details[data-indicator="1"] select[data-item]')).toHaveLength(14);
    for (const n of [5, 6, 7, 18]) {
      expect(root.querySelector(`details[data-indicator="${n}"] input[data-indicator="${n}"]`)).not.toBeNull();
      expect(root.querySelector(`details[data-indicator="${n}"] select[data-item]`)).toBeNull();
    }
  });

  it('computes the index from item states', async () => {
    const root = await open();
    await choosePemdi(root);
    await pick(item(root, 'I1-L1-01'), 'diterima');
    expect(index(root)).toBe('1,50'); // L1 of I1 complete (1 item)
    expect(root.querySelector('.summary .estimate')).not.toBeNull();
    await pick(item(root, 'I1-L2-01'), 'pending');
    await pick(item(root, 'I1-L2-02'), 'diterima');
    expect(index(root)).toBe('2,00'); // 2 of 4 L2 items: 1,5 + 2/4 × 1
    await pick(item(root, 'I1-L2-02'), 'revisi');
    expect(index(root)).toBe('1,75'); // revisi does not count
    expect(root.querySelector('details[data-indicator="1"] summary')!.textContent).toContain('nilai 1,75');
    await pick(item(root, 'I1-L1-01'), 'missing');
    expect(index(root)).toBe('1,00'); // L1 missing: L2 items are auto-rejected
  });

  it('takes external values 1,00–5,00 and rejects others', async () => {
    const root = await open();
    await choosePemdi(root);
    const input = root.querySelector('input[data-indicator="5"]');
    await type(input, '3,5');
    expect(index(root)).toBe('3,50');
    await type(input, '7');
    await until(() => root.querySelector('details[data-indicator="5"] .error'), 'error');
    expect(root.querySelector('details[data-indicator="5"] .error')!.textContent).toBe('Masukkan angka 1,00 sampai 5,00.');
    expect(index(root)).toBe('3,50');
    await type(input, '');
    expect(index(root)).toBe('–');
  });

  it('takes the SDI score of I5 and I18, converted by core, and lets an entered value win', async () => {
    const root = await open();
    await choosePemdi(root);
    expect(root.querySelector('input[data-score="6"]')).toBeNull(); // SJIG: no conversion, the value only
    await type(root.querySelector('input[data-score="5"]'), '25');
    expect(index(root)).toBe('2,00'); // the module's example: SDI 25 = 2,00
    await type(root.querySelector('input[data-score="5"]'), '101');
    await until(() => root.querySelector('details[data-indicator="5"] .error'), 'error');
    expect(index(root)).toBe('2,00');
    await type(root.querySelector('input[data-indicator="5"]'), '3');
    expect(index(root)).toBe('3,00');
  });

  it('saves Pemdi entries in the core\'s shape', async () => {
    const root = await open();
    await choosePemdi(root);
    await type(root.querySelector('[data-testid=agency]'), 'Pemerintah Kota Contoh');
    await pick(item(root, 'I3-L1-01'), 'diterima');
    await pick(item(root, 'I3-L1-02'), 'pending');
    await type(root.querySelector('input[data-indicator="18"]'), '2.25');
    await click(root.querySelector('[data-testid=save]'));
    await until(() => root.querySelector('.notice'), 'saved');
    const scope: Scope = { framework: 'pemdi-2026', year: 2026, agency: { name: 'Pemerintah Kota Contoh' } };
    expect((await loadScope(scope)).entries).toEqual({
      3: { evidence: [{ item: 'I3-L1-01', file: 'I3-L1-01.pdf', status: 'diterima' }, { item: 'I3-L1-02', file: 'I3-L1-02.pdf' }] },
      18: { value: 2.25 },
    });
  });
});

describe('standalone: stored scopes', () => {
  const scope: Scope = { framework: 'pemdi-2026', year: 2026, agency: { name: 'Pemerintah Kota Contoh', code: '9901' } };
  const evil = '<img src=x onerror=alert(1)>';

  it('loads a remembered scope, shows its evidence as text, and saves only what changed', async () => {
    await saveIndicator(scope, 1, { evidence: [{ item: 'I1-L1-01', file: 'perwal.pdf', title: evil, status: 'diterima' }] }, 100);
    await saveIndicator(scope, 2, { evidence: [{ item: 'I2-L1-01', file: 'a.pdf' }] }, 100);
    await saveIndicator({ ...scope, agency: { name: evil } }, 4, { evidence: [] }, 50);
    const root = await open();
    const stored = await until(() => { const s = root.querySelector<HTMLSelectElement>('[data-testid=stored]'); return s && s.options.length === 3 && s; }, 'stored scopes');
    expect(stored.textContent).toContain(evil);
    await pick(stored, [...stored.options].find((o) => o.textContent!.includes('(9901)'))!.value);
    await click(button(root, 'Muat'));
    await until(() => root.querySelector('details.ind'), 'loaded');
    expect(root.querySelector('[role=status]')!.textContent).toBe('Dimuat 2 indikator dari Pemerintah Kota Contoh (9901) · 2026 · Pemdi · PermenPANRB 8/2026.');
    expect((item(root, 'I1-L1-01') as HTMLSelectElement).value).toBe('diterima');
    expect(root.querySelector('details[data-indicator="1"] .own')!.textContent).toBe(evil);
    expect(document.querySelector('img')).toBeNull();

    // A portal tab writes a newer reading of indicator 2 meanwhile; the page only changes indicator 1.
    await saveIndicator(scope, 2, { evidence: [{ item: 'I2-L1-01', file: 'a.pdf', status: 'diterima' }] }, 200);
    await pick(item(root, 'I1-L1-01'), 'revisi');
    await click(root.querySelector('[data-testid=save]'));
    await until(() => root.querySelector('[role=status]')!.textContent!.startsWith('Disimpan'), 'saved');
    expect(root.querySelector('[role=status]')!.textContent).toContain('1 indikator ditulis, 0 dihapus');
    const data = await loadScope(scope);
    expect(data.entries[1]).toEqual({ evidence: [{ item: 'I1-L1-01', file: 'perwal.pdf', title: evil, status: 'revisi' }] });
    expect(data.entries[2]!.evidence![0]!.status).toBe('diterima');
  });

  it('removes indicators cleared on the page from the scope it was loaded from', async () => {
    const spbe: Scope = { framework: 'spbe-2020', year: 2025, agency: { name: 'Pemerintah Kota Contoh' } };
    await saveIndicator(spbe, 1, { level: 2 }, 100);
    await saveIndicator(spbe, 2, { level: 3 }, 100);
    const root = await open();
    const stored = await until(() => { const s = root.querySelector<HTMLSelectElement>('[data-testid=stored]'); return s && s.options.length === 2 && s; }, 'stored scopes');
    await pick(stored, stored.options[1]!.value);
    await click(button(root, 'Muat'));
    await until(() => (level(root, 2) as HTMLSelectElement | null)?.value === '3', 'loaded');
    expect(index(root)).not.toBe('–');
    await pick(level(root, 1), '');
    await click(root.querySelector('[data-testid=save]'));
    await until(() => root.querySelector('[role=status]')!.textContent!.startsWith('Disimpan'), 'saved');
    expect((await loadScope(spbe)).entries).toEqual({ 2: { level: 3 } });
  });
});

describe('standalone: work kept, leaving guarded', () => {
  it('fills the agency from the open portal tab', async () => {
    await bg.host.live({ t: 'open', framework: 'spbe-2020', scope: { framework: 'spbe-2020', year: 2025, agency: { name: 'Pemerintah Kota Contoh', code: '9901' } }, reading: null }, 3);
    const root = await open();
    await until(() => (root.querySelector('[data-testid=agency]') as HTMLInputElement).value === 'Pemerintah Kota Contoh', 'agency');
    expect(root.textContent).not.toContain('Nama instansi wajib diisi.');
  });

  it('keeps unsaved work across a reload and warns before leaving it', async () => {
    const root = await open();
    await type(root.querySelector('[data-testid=agency]'), 'Pemerintah Kota Uji');
    await pick(level(root, 7), '4');
    const leave = new Event('beforeunload', { cancelable: true }) as BeforeUnloadEvent;
    dispatchEvent(leave);
    expect(leave.defaultPrevented).toBe(true);
    await new Promise((r) => setTimeout(r, 700)); // the autosave's delay
    unmountAll();
    const again = await open();
    await until(() => (level(again, 7) as HTMLSelectElement | null)?.value === '4', 'restored');
    expect((again.querySelector('[data-testid=agency]') as HTMLInputElement).value).toBe('Pemerintah Kota Uji');
    // Saved to the extension's memory: nothing to lose any more, no warning.
    await click(again.querySelector('[data-testid=save]'));
    await until(() => again.querySelector('.notice'), 'saved');
    const calm = new Event('beforeunload', { cancelable: true });
    dispatchEvent(calm);
    expect(calm.defaultPrevented).toBe(false);
  });
});
