// Pemdi pages in every layout, and the page sample, end to end in real
// Chromium and Firefox on the shipped builds (harness: test/e2e/README.md).
// - Layouts (test/fixtures/portal/eval-layouts.mjs): the content script reads
//   each to the chip value of the main replica; the popup's page sample runs
//   the same adapter in the browser and reports the same items.
// - Capture: "Simpan contoh halaman" in the popup over a portal tab, the file
//   downloaded through its <a download>, no agency data in it, and the saved
//   file, served again, read by the extension like the original.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frameworks, indicatorAt } from '../../core/frameworks/index.ts';
import { indicatorValue } from '../../core/engine/indicator-value.ts';
import type { Evidence } from '../../core/types.ts';
import { sampleInfo } from '../../core/page-sample/sanitize.ts';
import { LAYOUT_INDICATORS, LAYOUT_NAMES } from '../fixtures/portal/eval-layouts.mjs';
import { CHROME_BUILD, launchChromium } from './harness/chromium.ts';
import { FIREFOX_BUILD, launchFirefox } from './harness/firefox.ts';
import { evalRows, readOverlay, type E2EPage, type LaunchedBrowser } from './harness/page.ts';
import { startPortalServer, type PortalServer } from './harness/serve.ts';

const EVAL = 'https://eval.spbe.go.id';
const PEMDI = frameworks['pemdi-2026'];
const READABLE = LAYOUT_NAMES.filter((l) => l !== 'tanpa-tanda');
const SAVE = 'Simpan contoh halaman (tanpa data instansi)';

interface SampleReport {
  recognised: boolean; kind: string | null; reason: { code: string } | null;
  items: { read: number; perLevel: Record<string, number>; withCode: number; withFile: number; withStatus: number } | null;
  levelHeadings: { level: number }[];
}

/** The core's value of an indicator from the main replica's rows, read by the fixture README's contract (harness evalRows). */
async function coreValue(p: E2EPage, n: number): Promise<number> {
  const rows = await p.evaluate(evalRows, undefined);
  const seen = new Map<number, number>();
  const evidence: Evidence[] = [];
  for (const r of rows) {
    const k = (seen.get(r.level) ?? 0) + 1;
    seen.set(r.level, k);
    if (r.file) evidence.push({ item: `I${n}-L${r.level}-${String(k).padStart(2, '0')}`, file: r.file, status: r.status as 'diterima' | 'revisi' });
  }
  return indicatorValue(PEMDI, indicatorAt(PEMDI, n), { evidence })!.value.toNumber();
}

const chipValue = async (p: E2EPage): Promise<number> => {
  await p.waitFor(() => !!document.querySelector('spbe-lens-indicator')?.getAttribute('data-value'), null, 10_000);
  return Number((await p.evaluate(readOverlay, undefined)).chip!['data-value']);
};

/** Opens the popup over `tab`, asks for the page sample, waits until it is ready; returns the popup. */
async function sampleOf(browser: LaunchedBrowser, tab: E2EPage): Promise<E2EPage> {
  const pop = await browser.openExtensionPageOver(tab, 'popup.html');
  await pop.waitFor(() => !!document.querySelector('[data-testid=page-sample] button'), null, 10_000);
  await pop.evaluate((label) => {
    const b = Array.from(document.querySelectorAll('[data-testid=page-sample] button')).find((x) => x.textContent?.trim() === label) as HTMLButtonElement;
    b.click();
  }, SAVE);
  await pop.waitFor(() => document.querySelector('[data-testid=page-sample]')?.getAttribute('data-state') === 'ready', null, 15_000);
  // The portal tab had to be the active one while the popup asked it for the page; the user now looks at the popup.
  await pop.bringToFront();
  return pop;
}

const reportIn = (html: string) => (sampleInfo(html) as { report: SampleReport }).report;

const browsers = [
  ['chromium', launchChromium, CHROME_BUILD],
  ['firefox', launchFirefox, FIREFOX_BUILD],
] as const;

describe.each(browsers)('%s: every layout read alike, and the page sample', (_name, launch) => {
  let server: PortalServer;
  let browser: LaunchedBrowser;
  const opened: E2EPage[] = [];
  const open = async (url: string) => {
    const p = await browser.openPortal(url);
    opened.push(p);
    await p.waitForPanel();
    return p;
  };

  beforeAll(async () => {
    server = await startPortalServer();
    browser = await launch(server);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe.each(LAYOUT_INDICATORS)('indicator %i', (n) => {
    let main: { value: number; report: SampleReport };

    beforeAll(async () => {
      const p = await open(`${EVAL}/penilaian-mandiri/indikator/${n}`);
      const value = await chipValue(p);
      expect(value).toBe(await coreValue(p, n));
      const pop = await sampleOf(browser, p);
      const html = readFileSync(await pop.downloadFrom('[data-testid=sample-download]'), 'utf8');
      main = { value, report: reportIn(html) };
      await pop.close();
      await p.close();
    }, 60_000);

    it.each(READABLE)('%s: the chip shows the main replica\'s value, and the page sample reads the same items', async (layout) => {
      const p = await open(`${EVAL}/tata-letak/${layout}/indikator/${n}`);
      expect(await chipValue(p)).toBe(main.value);
      const pop = await sampleOf(browser, p);
      const report = reportIn(readFileSync(await pop.downloadFrom('[data-testid=sample-download]'), 'utf8'));
      expect(report.kind).toBe('eval-indicator');
      expect(report.items).toEqual(main.report.items);
      await pop.close();
      await p.close();
    });
  });

  it('a page whose items show no sign is recognised, with its five levels and no item read', async () => {
    const p = await open(`${EVAL}/tata-letak/tanpa-tanda/indikator/4`);
    const pop = await sampleOf(browser, p);
    const report = reportIn(readFileSync(await pop.downloadFrom('[data-testid=sample-download]'), 'utf8'));
    expect(report).toMatchObject({ recognised: true, kind: 'eval-indicator', items: { read: 0, perLevel: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } } });
    expect(report.levelHeadings.map((h) => h.level)).toEqual([1, 2, 3, 4, 5]);
    expect(await pop.evaluate(() => document.querySelector('[data-testid=sample-recognition]')?.textContent, null)).toContain('0 butir terbaca');
    await pop.close();
    await p.close();
  });

  it('capture: the saved sample holds no agency data, and served again the extension reads it like the original', async () => {
    const original = await open(`${EVAL}/penilaian-mandiri/indikator/4`);
    const value = await chipValue(original);
    const pop = await sampleOf(browser, original);
    // The preview and the summary of what was replaced are shown before saving.
    expect(await pop.evaluate(() => !!document.querySelector('[data-testid=page-sample] iframe[sandbox=""]')?.getAttribute('srcdoc'), null)).toBe(true);
    expect(await pop.evaluate(() => document.querySelector('[data-testid=page-sample]')?.textContent ?? '', null)).toMatch(/Diganti atau dihapus: \d+ isian, \d+ nama berkas, \d+ nama instansi/);
    const file = await pop.downloadFrom('[data-testid=sample-download]');
    expect(file).toMatch(/contoh-halaman-eval-indikator-4(\(\d+\))?\.html$/); // Firefox numbers a name already in the folder
    const html = readFileSync(file, 'utf8');
    for (const secret of ['Kota Contoh', 'SK-Wali-Kota-Tim-Koordinasi-Pemdi-2026.pdf', 'Keputusan Wali Kota', 'fixture-csrf-token-not-a-secret', '<script>']) {
      expect(html).not.toContain(secret);
    }
    expect(reportIn(html)).toMatchObject({ recognised: true, kind: 'eval-indicator', items: { read: 11, withCode: 11, withFile: 8, withStatus: 11 } });
    await pop.close();

    server.pages.set('eval.spbe.go.id/e2e/contoh/indikator-4', html);
    const again = await open(`${EVAL}/e2e/contoh/indikator-4`);
    expect(await chipValue(again)).toBe(value);
    const popAgain = await browser.openExtensionPageOver(again, 'popup.html');
    await popAgain.waitFor(() => document.querySelector('main')?.getAttribute('data-state') === 'recognised', null, 10_000);
    expect(await popAgain.evaluate(() => document.body.textContent ?? '', null)).toContain('Indikator di halaman ini: 4');
    await popAgain.close();
  });

  it('capture on a page that is not recognised: the sample says why, in the adapter\'s reason code', async () => {
    const home = await browser.openPortal('https://tauval.spbe.go.id/');
    opened.push(home);
    const pop = await sampleOf(browser, home);
    expect(await pop.evaluate(() => document.querySelector('[data-testid=sample-recognition]')?.textContent ?? '', null)).toContain('Tidak dikenali: Halaman ini bukan halaman indikator');
    const html = readFileSync(await pop.downloadFrom('[data-testid=sample-download]'), 'utf8');
    expect(html).not.toMatch(/Kota Contoh|9901/);
    expect(reportIn(html)).toMatchObject({ recognised: false, reason: { code: 'notListEither' } });
    await pop.close();
  });

  it('no dialog opened, and nothing but GET reached the server', () => {
    expect(opened.flatMap((p) => p.dialogs)).toEqual([]);
    expect(server.nonGet).toEqual([]);
  });
});
