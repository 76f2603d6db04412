// The documentation screenshots (docs/screenshots/*.png): the shipped
// Chromium build on the replica portal pages at 1366×768, the overlay in the
// page (the running strip and the chip under the indicator's title, the
// inline checks), and the side panel page beside it at a side panel's width.
// Only runs when asked, so a normal e2e run never rewrites files under docs/:
//   E2E_SCREENSHOTS=1 node node_modules/vitest/vitest.mjs run -c vitest.e2e.config.ts test/e2e/screenshots.e2e.test.ts
// Before the shots the extension is shown the agency's whole assessment:
// Tauval's indicator list (it files every level it shows), every Pemdi
// indicator page (the Pemdi list shows counts, not values).
import { mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness/chromium.ts';
import type { E2EPage, LaunchedBrowser } from './harness/page.ts';
import { startPortalServer, type PortalServer } from './harness/serve.ts';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');
const MAX_BYTES = 300 * 1024;
const [W, H] = [1366, 768];

describe.runIf(process.env.E2E_SCREENSHOTS === '1')('documentation screenshots (Chromium, 1366×768)', () => {
  let server: PortalServer;
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    server = await startPortalServer();
    browser = await launchChromium(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens each page and waits until its reading is filed (the strip counts it), then closes it. */
  async function visit(urls: string[], filled: (i: number) => number): Promise<void> {
    for (const [i, url] of urls.entries()) {
      const page = await browser.openPortal(url);
      await page.waitForPanel();
      await page.waitFor((n) => Number(document.querySelector('spbe-lens-panel')?.getAttribute('data-filled')) >= n, filled(i), 10_000);
      await page.close();
    }
  }

  async function save(page: E2EPage, file: string): Promise<void> {
    await page.evaluate(() => document.fonts.ready.then(() => undefined), null);
    const path = resolve(OUT, file);
    await page.screenshot(path);
    const size = statSync(path).size;
    expect(size).toBeGreaterThan(20 * 1024);
    expect(size, `${file} is ${Math.round(size / 1024)} kB`).toBeLessThan(MAX_BYTES);
  }

  /** The indicator page at 1366×768, scrolled to its title (strip, chip, checks and the start of the form in view), and the side panel beside it. */
  async function shoot(url: string, file: string, sidePanelFile?: string): Promise<void> {
    const page = await browser.openPortal(url);
    await page.setViewport(W, H);
    await page.waitForPanel();
    await page.waitFor(() => !!document.querySelector('spbe-lens-checks')?.getAttribute('data-count'), null);
    // The card's title just below the portal's sticky navbar.
    await page.evaluate(() => { document.querySelector('spbe-lens-panel')!.parentElement!.closest('.card')!.scrollIntoView({ block: 'start' }); window.scrollBy(0, -64); }, null);
    await save(page, file);
    if (sidePanelFile) {
      const side = await browser.openExtensionPageOver(page, 'sidepanel.html');
      await side.setViewport(400, H);
      await side.waitFor(() => !!document.querySelector('.summary .index'), null, 10_000);
      await save(side, sidePanelFile);
      await side.close();
    }
    await page.close();
  }

  it('tauval-indicator-12.png and sidepanel-tauval.png', async () => {
    await visit(['https://tauval.spbe.go.id/penilaian-mandiri'], () => 45);
    await shoot('https://tauval.spbe.go.id/penilaian-mandiri/indikator/12', 'tauval-indicator-12.png', 'sidepanel-tauval.png');
  }, 120_000);

  it('eval-indicator-1.png', async () => {
    await visit(Array.from({ length: 20 }, (_, i) => `https://eval.spbe.go.id/penilaian-mandiri/indikator/${i + 1}`), (i) => i + 1);
    await shoot('https://eval.spbe.go.id/penilaian-mandiri/indikator/1', 'eval-indicator-1.png');
  }, 120_000);
});
