/** @vitest-environment happy-dom */
// The Options page: language, remembered scopes (export, summary, delete after
// an in-page confirmation), import with its report, corrupt records, privacy.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { scopeKey } from '../../store/scope.ts';
import { Options } from './options.tsx';
// The import section loads the validator when a file is chosen; loaded here first so that the waits stay short.
import '../../../core/assessment/load.ts';
import { listScopes, loadScope } from '../../store/assessments.ts';
import type { Scope } from '../../store/scope.ts';
import { loadSettings } from '../../store/settings.ts';
import { startHost, type TestHost } from '../../../test/extension/live-host.ts';
import { plantCorrupt, saveIndicator } from '../../../test/extension/store.ts';
import { formatDateTime } from '../shared/scope-label.ts';
import { button, captureDownloads, click, mount, pick, unmountAll, until } from '../../../test/helpers/dom.ts';

const spbe: Scope = { framework: 'spbe-2020', year: 2025, agency: { name: 'Pemerintah Kota Contoh', code: '9901' } };
const pemdi: Scope = { framework: 'pemdi-2026', year: 2026, agency: { name: 'Pemerintah Kabupaten Contoh' } };
const T1 = Date.UTC(2025, 10, 3, 7, 5);

let bg: TestHost;
beforeEach(() => { fakeBrowser.reset(); bg = startHost(); });
afterEach(() => { unmountAll(); vi.restoreAllMocks(); vi.unstubAllGlobals(); });

async function open() {
  const root = mount(<Options />);
  await until(() => root.querySelector('section.scopes'), 'options page');
  return root;
}

const rows = (root: HTMLElement) => [...root.querySelectorAll('.scope-table tbody tr[data-scope]')];

function chooseFile(root: HTMLElement, name: string, text: string) {
  const input = root.querySelector<HTMLInputElement>('[data-testid=import-file]')!;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name, { type: 'application/json' })] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const importButton = (root: HTMLElement) => until(() => { const b = root.querySelector<HTMLButtonElement>('[data-testid=import-run]'); return b && !b.disabled && b; }, 'import button');

const assessment = (indicators: Record<string, unknown>, agency: Scope['agency'] = { name: 'Pemerintah Kota Contoh', code: '9901' }) =>
  JSON.stringify({ framework: 'spbe-2020', year: 2025, agency, stage: 'mandiri', indicators }, null, 2);

describe('options: stored data', () => {
  it('lists every scope with framework, year, agency, indicator count and last update', async () => {
    await saveIndicator(spbe, 1, { level: 3 }, T1 - 1000);
    await saveIndicator(spbe, 2, { level: 4 }, T1);
    await saveIndicator(pemdi, 1, {}, T1 - 5000);
    const root = await open();
    const r = rows(root);
    expect(r).toHaveLength(2);
    const cells = r[0]!.querySelectorAll('td');
    expect([...cells].slice(0, 5).map((c) => c.textContent)).toEqual([
      'SPBE · PermenPANRB 59/2020', '2025', 'Pemerintah Kota Contoh (9901)', '2', formatDateTime(T1, 'id'),
    ]);
    expect(formatDateTime(T1, 'id')).toMatch(/2025/);
    expect(r[1]!.textContent).toContain('Pemdi · PermenPANRB 8/2026');
    expect(r[1]!.textContent).toContain('Pemerintah Kabupaten Contoh');
  });

  it('deletes a scope only after the in-page confirmation', async () => {
    const confirm = vi.fn(() => true);
    vi.stubGlobal('confirm', confirm); // happy-dom has none; the page must not use it
    await saveIndicator(spbe, 1, { level: 3 }, 10);
    await saveIndicator(pemdi, 1, {}, 20);
    const root = await open();
    const spbeRow = () => rows(root).find((r) => r.textContent!.includes('SPBE'));
    await click(spbeRow()!.querySelector('[data-action=delete]'));
    await until(() => root.querySelector('[data-action=confirm-delete]'), 'confirmation');
    expect(root.querySelector('.confirm')!.textContent).toContain('Hapus 1 indikator tersimpan untuk Pemerintah Kota Contoh (9901) · 2025');
    expect((await listScopes()).scopes).toHaveLength(2);

    await click(button(root.querySelector('.confirm')!, 'Batal'));
    await until(() => !root.querySelector('.confirm'), 'cancel');
    expect((await listScopes()).scopes).toHaveLength(2);

    await click(spbeRow()!.querySelector('[data-action=delete]'));
    await click(await until(() => root.querySelector('[data-action=confirm-delete]'), 'confirmation'));
    await until(() => rows(root).length === 1, 'row removed');
    expect((await listScopes()).scopes.map((s) => s.scope.framework)).toEqual(['pemdi-2026']);
    expect(root.textContent).toContain('1 catatan dihapus.');
    expect(confirm).not.toHaveBeenCalled();
  });

  it('exports a scope as an assessment file and shows its summary', async () => {
    const files = captureDownloads();
    for (let n = 1; n <= 47; n++) await saveIndicator(spbe, n, { level: 3 }, 100 + n);
    const root = await open();
    await click(button(rows(root)[0]!, 'Ekspor'));
    await until(() => files.length === 1, 'download');
    expect(files[0]!.name).toBe('spbe-2020-2025-9901.json');
    const a = (await files[0]!.json()) as { framework: string; indicators: Record<string, unknown> };
    expect(a.framework).toBe('spbe-2020');
    expect(Object.keys(a.indicators)).toHaveLength(47);

    await click(button(rows(root)[0]!, 'Lihat ringkasan'));
    const summary = await until(() => root.querySelector('[data-testid=scope-summary]'), 'summary');
    expect(summary.querySelector('.index')!.textContent).toBe('3,00');
    expect(summary.querySelector('.predicate')!.textContent).toBe('Baik');
    await saveIndicator(spbe, 1, { level: 5 }, 10_000); // a portal tab writes meanwhile
    await until(() => summary.querySelector('.index')!.textContent === '3,03', 'summary follows storage');
  });

  it('follows writes from portal tabs', async () => {
    const root = await open();
    expect(root.textContent).toContain('Belum ada data tersimpan');
    await saveIndicator(spbe, 5, { level: 2 }, 10);
    await until(() => rows(root).length === 1, 'new row');
  });
});

describe('options: import', () => {
  it('imports a valid file and reports imported and kept indicators', async () => {
    await saveIndicator(spbe, 1, { level: 4 }, 10);
    const root = await open();
    chooseFile(root, 'kota-contoh.json', assessment({ 1: { level: 2 }, 2: { level: 3 }, 3: { level: 1 } }));
    await click(await importButton(root));
    const result = await until(() => root.querySelector('[data-testid=import-result]'), 'result');
    expect(result.textContent).toContain('Berkas kota-contoh.json diimpor ke Pemerintah Kota Contoh (9901) · 2025');
    expect(result.textContent).toContain('Indikator diimpor: 2, 3');
    expect(result.textContent).toContain('dipertahankan karena sudah tersimpan');
    expect(result.textContent).toContain(': 1');
    expect((await loadScope(spbe)).entries).toEqual({ 1: { level: 4 }, 2: { level: 3 }, 3: { level: 1 } });
    await until(() => rows(root)[0]?.querySelectorAll('td')[3]?.textContent === '3', 'count updated');
  });

  it('overwrites remembered indicators when asked', async () => {
    await saveIndicator(spbe, 1, { level: 4 }, 10);
    const root = await open();
    const box = root.querySelector<HTMLInputElement>('[data-testid=import-overwrite]')!;
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    chooseFile(root, 'a.json', assessment({ 1: { level: 2 } }));
    await click(await importButton(root));
    await until(() => root.querySelector('[data-testid=import-result]'), 'result');
    expect((await loadScope(spbe)).entries[1]).toEqual({ level: 2 });
  });

  it('reports an invalid file as name:line:col lines and changes nothing', async () => {
    const root = await open();
    const text = '{\n  "framework": "spbe-2020",\n  "year": "2025",\n  "agency": { "name": "Kota" },\n  "stage": "mandiri",\n  "indicators": { "1": { "level": 9 } }\n}\n';
    chooseFile(root, 'rusak.json', text);
    const result = await until(() => root.querySelector('[data-testid=import-result]'), 'result');
    expect(root.querySelector<HTMLButtonElement>('[data-testid=import-run]')!.disabled).toBe(true);
    expect(result.textContent).toContain('Berkas rusak.json tidak diimpor; tidak ada yang berubah.');
    const lines = result.querySelector('pre')!.textContent!.split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const l of lines) expect(l).toMatch(/^rusak\.json:\d+:\d+ \S/);
    expect(lines.some((l) => l.startsWith('rusak.json:3:'))).toBe(true);
    expect(lines.some((l) => l.startsWith('rusak.json:6:'))).toBe(true);
    expect((await listScopes()).scopes).toEqual([]);
  });

  it('reports a syntax error with its position', async () => {
    const root = await open();
    chooseFile(root, 'potong.json', '{\n  "framework": "spbe-2020",\n');
    const result = await until(() => root.querySelector('[data-testid=import-result] pre'), 'result');
    expect(result.textContent).toMatch(/^potong\.json:\d+:\d+ /);
  });
});

describe('options: import into the right scope, never losing data', () => {
  const portal: Scope = { framework: 'spbe-2020', year: 2025, agency: { name: 'Pemerintah Kota Contoh' } };

  it('files a file naming the agency with its code into the portal\'s scope (named without it), and says where', async () => {
    await saveIndicator(portal, 12, { level: 3 }, 10);
    const root = await open();
    chooseFile(root, 'kota.json', assessment({ 1: { level: 2 } }, { name: 'Pemerintah Kota Contoh', code: '9999' }));
    const target = await until(() => root.querySelector<HTMLSelectElement>('[data-testid=import-target]'), 'preview');
    expect(target.value).toBe(scopeKey(portal));
    expect(target.selectedOptions[0]!.textContent).toBe('data tersimpan Pemerintah Kota Contoh · 2025 · SPBE · PermenPANRB 59/2020');
    await click(await importButton(root));
    await until(() => root.querySelector('[data-testid=import-result]'), 'result');
    expect((await loadScope(portal)).entries).toEqual({ 1: { level: 2 }, 12: { level: 3 } });
    expect((await listScopes()).scopes).toHaveLength(1); // no second scope "… (9999)"
  });

  it('can still file it as a scope of its own', async () => {
    await saveIndicator(portal, 12, { level: 3 }, 10);
    const root = await open();
    const file: Scope = { ...portal, agency: { name: 'Pemerintah Kota Contoh', code: '9999' } };
    chooseFile(root, 'kota.json', assessment({ 1: { level: 2 } }, file.agency));
    await pick(await until(() => root.querySelector('[data-testid=import-target]'), 'preview'), scopeKey(file));
    await click(await importButton(root));
    await until(() => root.querySelector('[data-testid=import-result]'), 'result');
    expect((await loadScope(file)).entries).toEqual({ 1: { level: 2 } });
  });

  it('warns when the file\'s agency is not the one the open portal tab shows', async () => {
    await bg.host.live({ t: 'open', framework: 'spbe-2020', scope: portal, reading: null }, 3);
    const root = await open();
    chooseFile(root, 'lain.json', assessment({ 1: { level: 2 } }, { name: 'Pemerintah Kabupaten Lain' }));
    const warning = await until(() => root.querySelector('[data-testid=import-agency-warning]'), 'warning');
    expect(warning.textContent).toContain('Pemerintah Kabupaten Lain');
    expect(warning.textContent).toContain('Pemerintah Kota Contoh');
  });

  it('refuses a file over the size limit before reading it', async () => {
    const root = await open();
    const input = root.querySelector<HTMLInputElement>('[data-testid=import-file]')!;
    const big = new File(['x'], 'besar.json');
    Object.defineProperty(big, 'size', { value: 20_000_000 });
    const text = vi.spyOn(big, 'text');
    Object.defineProperty(input, 'files', { configurable: true, value: [big] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const result = await until(() => root.querySelector('[data-testid=import-result]'), 'result');
    expect(result.textContent).toContain('Berkas besar.json berukuran 20,0 MB, lebih dari batas 8,4 MB');
    expect(text).not.toHaveBeenCalled();
  });

  it('says so when the browser\'s storage is full, and keeps what was stored', async () => {
    await saveIndicator(spbe, 1, { level: 4 }, 10);
    const root = await open();
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    chooseFile(root, 'a.json', assessment({ 2: { level: 2 } }));
    await click(await importButton(root));
    const result = await until(() => root.querySelector('[data-testid=import-result]'), 'result');
    expect(result.textContent).toMatch(/penyimpanan ekstensi di peramban sudah penuh.*Tidak ada yang berubah/);
    vi.restoreAllMocks();
    expect((await loadScope(spbe)).entries).toEqual({ 1: { level: 4 } });
  });

  it('merges a scope into another of the same agency after a confirmation that Escape closes', async () => {
    const file: Scope = { ...portal, agency: { name: 'Pemerintah Kota Contoh', code: '9999' } };
    await saveIndicator(portal, 12, { level: 3 }, 20);
    await saveIndicator(file, 1, { level: 2 }, 10);
    const root = await open();
    const fileRow = () => rows(root).find((r) => r.querySelector('td.agency')!.textContent === 'Pemerintah Kota Contoh (9999)')!;
    await click(fileRow().querySelector('[data-action=merge]'));
    await until(() => root.querySelector('[data-action=confirm-merge]'), 'confirmation');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await until(() => !root.querySelector('.confirm'), 'closed by Escape');
    await click(fileRow().querySelector('[data-action=merge]'));
    await click(await until(() => root.querySelector('[data-action=confirm-merge]'), 'confirmation'));
    await until(() => rows(root).length === 1, 'merged');
    expect((await loadScope(portal)).entries).toEqual({ 1: { level: 2 }, 12: { level: 3 } });
  });
});

describe('options: corrupt records, language, privacy', () => {
  it('lists corrupt records with their reason, exports them raw and deletes them after confirmation', async () => {
    const files = captureDownloads();
    await saveIndicator(spbe, 1, { level: 2 }, 10);
    const bad = await plantCorrupt(spbe, 2, { level: 'tiga' });
    const root = await open();
    const section = root.querySelector('section.corrupt')!;
    expect(section.textContent).toContain(bad);
    expect(section.textContent).toContain('isian indikator tidak valid');
    expect(section.textContent).not.toContain('invalid'); // one language
    await click(button(section, 'Ekspor mentah (JSON)'));
    expect(files[0]!.name).toBe('spbe-lens-catatan-rusak.json');
    expect(await files[0]!.json()).toEqual([{ key: bad, reason: expect.stringContaining('isian indikator tidak valid'), raw: { entry: { level: 'tiga' }, at: 5, source: 'portal' } }]);

    await click(button(section, 'Hapus catatan rusak'));
    await click(await until(() => root.querySelector('[data-action=confirm-delete-corrupt]'), 'confirmation'));
    await until(() => section.textContent!.includes('Tidak ada catatan rusak.'), 'deleted');
    expect((await loadScope(spbe)).entries).toEqual({ 1: { level: 2 } });
  });

  it('saves the language and switches the page to English', async () => {
    const root = await open();
    expect(root.querySelector('h1')!.textContent).toBe('SPBE Lens — Opsi');
    await pick(root.querySelector('[data-testid=language]'), 'en');
    await until(() => root.querySelector('h1')!.textContent === 'SPBE Lens — Options', 'english');
    expect(await loadSettings()).toMatchObject({ locale: 'en' });
    expect(root.textContent).toContain('Nothing leaves the browser');
  });

  it('states what is stored and that nothing leaves the browser', async () => {
    const root = await open();
    const text = root.querySelector('section.privacy')!.textContent!;
    expect(text).toContain('tauval.spbe.go.id');
    expect(text).toContain('tidak ada permintaan jaringan');
    expect(text).toContain('tidak ada analitik');
    expect(text).toContain('ekstensi dicopot');
  });

  it('shows agency names and file names with markup as text', async () => {
    const evil: Scope = { framework: 'spbe-2020', year: 2025, agency: { name: '<img src=x onerror=alert(1)>' } };
    await saveIndicator(evil, 1, { level: 2 }, 10);
    const root = await open();
    expect(rows(root)[0]!.textContent).toContain('<img src=x onerror=alert(1)>');
    chooseFile(root, '<img src=y onerror=alert(2)>.json', '{');
    const result = await until(() => root.querySelector('[data-testid=import-result]'), 'result');
    expect(result.textContent).toContain('<img src=y onerror=alert(2)>.json:');
    await click(button(rows(root)[0]!, 'Lihat ringkasan'));
    await until(() => root.querySelector('[data-testid=scope-summary]'), 'summary');
    expect(document.querySelector('img')).toBeNull();
  });
});
