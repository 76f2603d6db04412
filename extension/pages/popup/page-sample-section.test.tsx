/** @vitest-environment happy-dom */
// The popup's page-sample section: asks the tab for its page, shows what will be saved, offers the file.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { downloadHref, PageSampleSection, PAGE_SAMPLE_MESSAGE } from './page-sample-section.tsx';
import { PAGE_SAMPLE_MESSAGE as CONTENT_MESSAGE, type RawPage } from '../../portal/page-sample.ts';
import { htmlOf } from '../../portal/test-fixtures.ts';
import { mount, unmountAll } from '../../../test/helpers/dom.ts';

const U = 'https://eval.spbe.go.id/penilaian-mandiri/indikator/4';

function stubTab(answer: RawPage | Error) {
  vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({ version: '0.1.0' } as never); // not in WXT's fake browser
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 7 }] as never);
  const send = vi.spyOn(browser.tabs, 'sendMessage');
  if (answer instanceof Error) send.mockRejectedValue(answer);
  else send.mockResolvedValue(answer as never);
  return send;
}

const section = (root: HTMLElement) => root.querySelector('[data-testid=page-sample]')!;
const start = (root: HTMLElement) => (section(root).querySelector('button') as HTMLButtonElement).click();
/** Waits until the section leaves its working state (the sanitizer loads with import(), which takes more than a few ticks). */
async function settled(root: HTMLElement): Promise<string | null> {
  for (let i = 0; i < 100 && ['idle', 'working'].includes(section(root).getAttribute('data-state')!); i++) await new Promise((r) => setTimeout(r, 50));
  return section(root).getAttribute('data-state');
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => { unmountAll(); vi.restoreAllMocks(); });

describe('page sample section', () => {
  it('asks with the content script\'s own message type', () => {
    expect(PAGE_SAMPLE_MESSAGE).toBe(CONTENT_MESSAGE);
  });

  it('offers the sample, then shows what was read and replaced, a preview, and the file to save', async () => {
    const send = stubTab({ html: htmlOf(U), url: U, state: [] });
    const root = mount(<PageSampleSection locale="id" agency={{ name: 'Pemerintah Kota Contoh' }} />);
    expect(section(root).textContent).toContain('Simpan contoh halaman (tanpa data instansi)');
    expect(section(root).textContent).toContain('Tidak ada yang dikirim');
    start(root);
    expect(await settled(root)).toBe('ready');
    expect(send).toHaveBeenCalledWith(7, { type: PAGE_SAMPLE_MESSAGE });
    expect(root.querySelector('[data-testid=sample-recognition]')!.textContent).toBe('Terbaca sebagai: halaman indikator Pemdi · 11 butir terbaca');
    expect(section(root).textContent).toMatch(/Diganti atau dihapus: \d+ isian, 8 nama berkas, \d+ nama instansi/);
    const frame = section(root).querySelector('iframe')!;
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).not.toContain('Kota Contoh');
    const link = root.querySelector('[data-testid=sample-download]') as HTMLAnchorElement;
    expect(link.getAttribute('download')).toBe('contoh-halaman-eval-indikator-4.html');
    expect(decodeURIComponent(link.href.replace(/^data:text\/html;charset=utf-8,/, ''))).toBe(frame.getAttribute('srcdoc'));
  });

  it('speaks English and says why a page is not read', async () => {
    stubTab({ html: htmlOf('https://eval.spbe.go.id/'), url: 'https://eval.spbe.go.id/' });
    const root = mount(<PageSampleSection locale="en" />);
    start(root);
    expect(await settled(root)).toBe('ready');
    expect(root.querySelector('[data-testid=sample-recognition]')!.textContent).toMatch(/^Not recognised: This is not a Pemdi indicator page/);
  });

  it('says so when the tab does not answer', async () => {
    stubTab(new Error('Receiving end does not exist.'));
    const root = mount(<PageSampleSection locale="id" />);
    start(root);
    expect(await settled(root)).toBe('failed');
    expect(section(root).textContent).toContain('Halaman tidak dapat dibaca. Muat ulang halaman portal');
  });

  it('saves small files through a data: address (it outlives the popup) and large ones through a blob:', () => {
    expect(downloadHref('<p>x</p>')).toBe('data:text/html;charset=utf-8,%3Cp%3Ex%3C%2Fp%3E');
    expect(downloadHref('x'.repeat(1_600_000))).toMatch(/^blob:/);
  });
});
