// The documentation screenshots (docs/screenshots/*.png): the shipped
// Chromium build on the replica portal pages at 1280×900, with the overlay
// (panel, chip beside the indicator title, inline checks) in view. Only runs
// when asked, so a normal e2e run never rewrites files under docs/:
//   E2E_SCREENSHOTS=1 node node_modules/vitest/vitest.mjs run -c vitest.e2e.config.ts test/e2e/screenshots.e2e.test.ts
// Before each shot the extension is shown the whole scenario (every indicator
// page of that portal), so the panel summarises the agency's assessment
// rather than a single indicator.
import { mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness/chromium.ts';
import type { E2EPage, LaunchedBrowser } from './harness/page.ts';
import { startPortalServer, type PortalServer } from './harness/serve.ts';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');
const MAX_BYTES = 300 * 1024;

describe.runIf(process.env.E2E_SCREENSHOTS === '1')('documentation screenshots (Chromium, 1280×900)', () => {
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

  /**
   * Opens every page in turn. Each tab is closed only once the next one's panel
   * counts it, i.e. once its reading is in the extension's memory (a tab closed
   * within the 400 ms write delay would lose it).
   */
  async function visitAll(urls: string[]): Promise<void> {
    let prev: E2EPage | null = null;
    let filled = 0;
    for (const url of urls) {
      const page = await browser.openPortal(url);
      await page.waitForPanel();
      // A Tauval page with no level chosen (46, 47) does not count as filled.
      const counts = await page.evaluate(() => !!document.querySelector('input[type=radio]:checked') || !document.querySelector('input[type=radio]'), null);
      if (counts) filled++;
      await page.waitFor((n) => Number(document.querySelector('spbe-lens-panel')?.getAttribute('data-filled')) >= n, filled, 10_000);
      await prev?.close();
      prev = page;
    }
    await new Promise((r) => setTimeout(r, 600)); // the last page's write
    await prev?.close();
  }

  async function shoot(url: string, file: string): Promise<void> {
    const page = await browser.openPortal(url);
    await page.waitForPanel();
    await page.waitFor(() => !!document.querySelector('spbe-lens-checks') && !!document.querySelector('spbe-lens-indicator'), null);
    // The panel starts closed; the documentation shows it open.
    const closed = await page.evaluate(() => !!document.querySelector('spbe-lens-panel')?.shadowRoot?.querySelector('.panel.collapsed'), null);
    if (closed) await page.clickShadowButton('spbe-lens-panel', 'Buka panel');
    await page.evaluate(() => document.fonts.ready.then(() => undefined), null);
    const path = resolve(OUT, file);
    await page.screenshot(path);
    await page.close();
    const size = statSync(path).size;
    expect(size).toBeGreaterThan(20 * 1024);
    expect(size, `${file} is ${Math.round(size / 1024)} kB`).toBeLessThan(MAX_BYTES);
  }

  it('tauval-indicator-12.png', async () => {
    await visitAll(Array.from({ length: 47 }, (_, i) => `https://tauval.spbe.go.id/penilaian-mandiri/indikator/${i + 1}`));
    await shoot('https://tauval.spbe.go.id/penilaian-mandiri/indikator/12', 'tauval-indicator-12.png');
  }, 120_000);

  it('eval-indicator-1.png', async () => {
    await visitAll(Array.from({ length: 20 }, (_, i) => `https://eval.spbe.go.id/penilaian-mandiri/indikator/${i + 1}`));
    await shoot('https://eval.spbe.go.id/penilaian-mandiri/indikator/1', 'eval-indicator-1.png');
  }, 120_000);
});
