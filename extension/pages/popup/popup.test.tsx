/** @vitest-environment happy-dom */
// The popup asks the active tab's content script for its status and shows the
// summary, the reason nothing shows, or that the tab is not a portal page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { Popup } from './popup.tsx';
import { STATUS_MESSAGE } from '../shared/tab-status.ts';
import { STATUS_MESSAGE as CONTENT_STATUS_MESSAGE, type TabStatus } from '../../content/run.ts';
import type { Scope } from '../../store/scope.ts';
import { writeSettings } from '../../store/settings.ts';
import { lastItem, toStoredLast } from '../../store/last-year.ts';
import { lastFromReportText } from '../../../core/compare/report-text.ts';
import { plantCorrupt, saveIndicator } from '../../../test/extension/store.ts';
import { click, button, mount, unmountAll, until } from '../../../test/helpers/dom.ts';

const scope: Scope = { framework: 'spbe-2020', year: 2025, agency: { name: 'Pemerintah Kota Contoh', code: '9901' } };

function stubTab(answer: TabStatus | Error, tab: { id?: number } = { id: 7 }) {
  // `as never`: the browser typings' last overload (callback form) returns void.
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([tab] as never);
  const send = vi.spyOn(browser.tabs, 'sendMessage');
  if (answer instanceof Error) send.mockRejectedValue(answer);
  else send.mockResolvedValue(answer as never);
  return send;
}

const state = (root: HTMLElement) => root.querySelector('main')?.getAttribute('data-state');

beforeEach(() => fakeBrowser.reset());
afterEach(() => { unmountAll(); vi.restoreAllMocks(); });

describe('popup', () => {
  it('asks with the content script\'s own message type', () => {
    expect(STATUS_MESSAGE).toBe(CONTENT_STATUS_MESSAGE);
  });

  it('says the tab is not one of the two portals when no content script answers', async () => {
    const send = stubTab(new Error('Could not establish connection. Receiving end does not exist.'));
    const root = mount(<Popup />);
    await until(() => state(root) === 'not-portal', 'not-portal');
    expect(send).toHaveBeenCalledWith(7, { type: STATUS_MESSAGE });
    expect(root.textContent).toContain('bukan halaman');
    expect(root.textContent).toContain('tauval.spbe.go.id');
    expect(root.textContent).toContain('eval.spbe.go.id');
  });

  it('treats a tab without an id (devtools, some browser pages) as not a portal', async () => {
    const send = stubTab({ recognised: true, scope }, {});
    const root = mount(<Popup />);
    await until(() => state(root) === 'not-portal', 'not-portal');
    expect(send).not.toHaveBeenCalled();
  });

  it('shows the content script\'s reason when the page is not recognised, in the chosen language', async () => {
    // The content script sends the reason as data; the popup says it (portal/reason-messages.ts).
    stubTab({ recognised: false, reason: { code: 'tableMissing', args: [['Tingkat', 'Kriteria', 'Capaian']] } });
    const root = mount(<Popup />);
    await until(() => state(root) === 'unrecognised', 'unrecognised');
    expect(root.querySelector('.reason')!.textContent).toBe("Halaman ini bukan halaman indikator: tabel 'Tingkat | Kriteria | Capaian' tidak ditemukan.");

    unmountAll();
    await writeSettings({ locale: 'en' });
    const en = mount(<Popup />);
    await until(() => state(en) === 'unrecognised', 'unrecognised (en)');
    expect(en.querySelector('.reason')!.textContent).toBe("This is not an indicator page: no table with the columns 'Tingkat | Kriteria | Capaian' was found.");
    expect(en.textContent).toContain('SPBE Lens shows nothing on this page');
    expect(en.textContent).toContain('What to do: open Penilaian Mandiri');
    expect(en.textContent).not.toContain('Halaman'); // one language
  });

  it('on an indicator page read short, says so in words and that no value is shown', async () => {
    await saveIndicator({ ...scope, framework: 'pemdi-2026', year: 2026 }, 1, { evidence: [] }, 10);
    stubTab({ recognised: true, kind: 'eval-indicator', scope: { ...scope, framework: 'pemdi-2026', year: 2026 }, indicator: 4, unread: { complete: false, what: 'items', read: 0, expected: 11 } });
    const root = mount(<Popup />);
    const unread = await until(() => root.querySelector('[data-testid=unread]'), 'unread');
    expect(unread.textContent).toBe('Di halaman indikator 4 SPBE Lens hanya membaca 0 dari 11 butir data dukung yang ada di modul, jadi nilai indikator ini tidak ditampilkan dan tidak dihitung. Tata letak halaman ini kemungkinan berbeda dari yang dikenal SPBE Lens.');
  });

  it('on an assessor view, shows the level of each stage, the effect of the assessor\'s level, and that nothing is filed', async () => {
    stubTab({ recognised: true, kind: 'tauval-assessor', indicator: 1, assessor: { em: 3, de: null, int: null, capaian: 2 } });
    const root = mount(<Popup />);
    await until(() => state(root) === 'assessor', 'assessor');
    const note = root.querySelector('[data-testid=assessor]')!;
    expect(note.textContent).toContain('Ini tampilan asesor untuk indikator 1');
    expect([...note.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Penilaian mandiri (EM): 3', 'Capaian asesor: 2', 'Pengaruh ke indeks akhir: -0,01', // weight 1,3 % × one level down: -0,013, as core prints an amount
    ]);
  });

  it('shows the remembered scope\'s summary when recognised', async () => {
    for (let n = 1; n <= 47; n++) await saveIndicator(scope, n, { level: 3 }, 1000 + n);
    stubTab({ recognised: true, kind: 'tauval-indicator', scope, indicator: 12, scopeGuessed: false });
    const root = mount(<Popup />);
    await until(() => root.querySelector('.summary'), 'summary');
    expect(root.querySelector('.index')!.textContent).toBe('3,00');
    expect(root.querySelector('.predicate')!.textContent).toBe('Baik');
    expect(root.querySelector('[data-testid=scope]')!.textContent).toBe('Pemerintah Kota Contoh (9901) · 2025 · SPBE · PermenPANRB 59/2020');
    expect(root.textContent).toContain('Indikator di halaman ini: 12');
    expect(root.querySelector('.warn')).toBeNull();
  });

  it('shows last year beside this year, as the side panel does', async () => {
    for (let n = 1; n <= 47; n++) await saveIndicator(scope, n, { level: 3 }, 1000 + n);
    const last = lastFromReportText('Laporan Hasil Evaluasi SPBE Tahun 2024\nIndeks SPBE 2,59');
    await lastItem(scope.agency, 2024).setValue(toStoredLast(scope.agency, last, 2024));
    stubTab({ recognised: true, kind: 'tauval-indicator', scope, indicator: 12, scopeGuessed: false });
    const root = mount(<Popup />);
    await until(() => root.querySelector('.last-year'), 'last year');
    expect(root.querySelector('.last-year')!.textContent).toContain('2,59');
    expect(root.querySelector('.last-year')!.textContent).toContain('+0,41');
  });

  it('says when the scope is a placeholder and counts corrupt records with a pointer to Options', async () => {
    await saveIndicator(scope, 1, { level: 2 }, 10);
    await plantCorrupt(scope, 2, { level: 'tiga' });
    stubTab({ recognised: true, kind: 'tauval-indicator-list', scope, scopeGuessed: true });
    const root = mount(<Popup />);
    await until(() => root.querySelector('.summary'), 'summary');
    expect(root.textContent).toContain('lingkup pengganti');
    expect(root.querySelector('[data-testid=corrupt]')!.textContent).toContain('1 catatan tersimpan rusak');
    expect(root.querySelector('[data-testid=corrupt]')!.textContent).toContain('Opsi');
  });

  it('follows writes from the portal tab while open', async () => {
    stubTab({ recognised: true, kind: 'tauval-indicator', scope, indicator: 1 });
    const root = mount(<Popup />);
    await until(() => root.querySelector('.summary'), 'summary');
    expect(root.querySelector('.index')!.textContent).toBe('–');
    await saveIndicator(scope, 1, { level: 4 }, 50);
    await until(() => root.querySelector('.index')!.textContent === '4,00', 'live update');
  });

  it('opens the standalone page and the options page', async () => {
    stubTab(new Error('no receiver'));
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    const options = vi.spyOn(browser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    const root = mount(<Popup />);
    await until(() => state(root) === 'not-portal', 'not-portal');
    await click(button(root, 'Buka simulasi tanpa portal'));
    expect(create).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension-id/standalone.html' });
    await click(button(root, 'Opsi dan data tersimpan'));
    expect(options).toHaveBeenCalledOnce();
  });

  it('shows an agency name with markup as text', async () => {
    const evil: Scope = { ...scope, agency: { name: '<img src=x onerror=alert(1)>' } };
    await saveIndicator(evil, 1, { level: 2 }, 10);
    stubTab({ recognised: true, kind: 'tauval-indicator', scope: evil, indicator: 1 });
    const root = mount(<Popup />);
    await until(() => root.querySelector('.summary'), 'summary');
    expect(root.querySelector('[data-testid=scope]')!.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });
});
