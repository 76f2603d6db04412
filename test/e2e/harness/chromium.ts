// Debian Chromium with the shipped MV3 build loaded unpacked, via playwright-core.
//
// Host names: --host-resolver-rules sends the portal names (and OTHER_HOST) to
// the local TLS server and makes every other name NOTFOUND, so nothing but
// loopback is reachable. TLS: --ignore-certificate-errors-spki-list pins the
// throwaway certificate's key, so only that certificate is trusted (the page
// is a secure context, no interstitial); any other bad certificate still fails.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { chromium, type Download, type Page } from 'playwright-core';
import { uncover, type E2EPage, type LaunchedBrowser } from './page.ts';
import { ALL_HOSTS, type PortalServer } from './serve.ts';

export const CHROME_BUILD = resolve(import.meta.dirname, '../../../.output/chrome-mv3');

/**
 * The real binary behind Debian's /usr/bin/chromium shell wrapper. The wrapper
 * adds its own (empty) --load-extension= and prints a harmless shell error
 * (toolchain.md pitfall 18); launching the binary keeps our flags the only ones.
 */
export function chromiumPath(): string {
  const found = [process.env.E2E_CHROMIUM, '/usr/lib/chromium/chromium', '/usr/bin/chromium']
    .find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('e2e: Chromium not found (apt-get install -y chromium, or set E2E_CHROMIUM)');
  return found;
}

function wrap(page: Page, downloadDir: string): E2EPage {
  const saveDownload = async (event: Promise<Download>, click: Promise<void>) => {
    const [dl] = await Promise.all([event, click]);
    const failure = await dl.failure();
    if (failure) throw new Error(`e2e: download failed: ${failure}`);
    const path = join(downloadDir, basename(dl.suggestedFilename()));
    await dl.saveAs(path);
    return path;
  };
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => undefined);
  });
  const shadowButton = (host: string, text: string) =>
    page.locator(host).first().getByRole('button', { name: text, exact: true }); // locators pierce open shadow roots
  return {
    // The libraries type the argument through their handle wrappers; ours are plain JSON values.
    evaluate: <R, A>(fn: (arg: A) => R, arg: A) => page.evaluate(fn as never, arg as never) as Promise<R>,
    waitForPanel: async (timeoutMs = 10_000) => {
      await page.waitForSelector('spbe-lens-panel', { state: 'attached', timeout: timeoutMs });
    },
    screenshot: async (path) => { await page.screenshot({ path, fullPage: false }); },
    url: () => page.evaluate(() => location.href),
    close: () => page.close(),
    check: async (selector) => {
      // Playwright's check() waits until nothing covers the target and verifies it
      // got checked, but its own re-scrolling only tries the start, centre and end
      // of the viewport. Like a user, first scroll until the target shows.
      if (!await page.evaluate(uncover, selector)) throw new Error(`e2e: ${selector} is covered wherever it is scrolled`);
      await page.check(selector, { timeout: 5_000 });
    },
    clickShadowButton: (host, text) => shadowButton(host, text).click({ timeout: 5_000 }),
    select: async (selector, value) => { await page.selectOption(selector, value, { timeout: 5_000 }); },
    setInputFiles: async (selector, files) => { await page.setInputFiles(selector, files, { timeout: 5_000 }); },
    waitFor: async (fn, arg, timeoutMs = 5_000) => {
      await page.waitForFunction(fn as never, arg as never, { timeout: timeoutMs, polling: 100 });
    },
    download: async (host, text, timeoutMs = 10_000) => saveDownload(page.waitForEvent('download', { timeout: timeoutMs }), shadowButton(host, text).click({ timeout: 5_000 })),
    downloadFrom: async (selector, timeoutMs = 10_000) => saveDownload(page.waitForEvent('download', { timeout: timeoutMs }), page.click(selector, { timeout: 5_000 })),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    dialogs,
    bringToFront: () => page.bringToFront(),
    reload: async () => { await page.reload({ waitUntil: 'load' }); },
  };
}

export async function launchChromium(server: PortalServer, extensionDir = CHROME_BUILD): Promise<LaunchedBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`e2e: no build in ${extensionDir}`);
  const profile = mkdtempSync(join(tmpdir(), 'spbe-e2e-chromium-'));
  const downloadDir = join(profile, 'e2e-downloads');
  mkdirSync(downloadDir);
  const rules = [...ALL_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${server.tlsPort}`), 'MAP * ~NOTFOUND'].join(', ');
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true, // Chromium 156 only has the new headless mode, which loads extensions
      acceptDownloads: true, // the default, stated: the export test catches the panel's download
      viewport: { width: 1280, height: 900 },
      args: [
        `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
        `--host-resolver-rules=${rules}`, `--ignore-certificate-errors-spki-list=${server.spki}`,
        '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    });
    const close = async () => {
      try { await context.close(); } finally { rmSync(profile, { recursive: true, force: true }); }
    };
    try {
      // The background service worker is what gives an MV3 extension a reachable id (pitfall 17).
      const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
        ?? await context.waitForEvent('serviceworker', { timeout: 10_000 });
      const extensionHost = new URL(worker.url()).host;
      const open = async (url: string) => {
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        return wrap(page, downloadDir);
      };
      return {
        name: 'chromium', extensionHost, downloadDir, close,
        openPortal: open,
        openExtensionPage: (path) => open(`chrome-extension://${extensionHost}/${path.replace(/^\//, '')}`),
        // Playwright cannot open a tab in the background: open it, give `tab` the
        // focus back, then reload the page so it asks again which tab is active.
        openExtensionPageOver: async (tab, path) => {
          const page = await open(`chrome-extension://${extensionHost}/${path.replace(/^\//, '')}`);
          await tab.bringToFront();
          await page.reload();
          return page;
        },
        // What Chrome does to an idle service worker after 30 s: close its target
        // (CDP Target.closeTarget terminates the worker and its ports).
        stopBackground: async () => {
          const cdp = await context.browser()!.newBrowserCDPSession();
          try {
            const { targetInfos } = await cdp.send('Target.getTargets');
            const sw = targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionHost}/`));
            if (sw.length === 0) throw new Error('no running background service worker to stop');
            for (const t of sw) await cdp.send('Target.closeTarget', { targetId: t.targetId });
            // Stopped means gone from the targets (a later message starts a new one).
            const ids = new Set(sw.map((t) => t.targetId));
            for (let i = 0; ; i++) {
              const now = (await cdp.send('Target.getTargets')).targetInfos;
              if (!now.some((t) => ids.has(t.targetId))) break;
              if (i === 100) throw new Error('the background service worker did not stop within 5 s');
              await new Promise((r) => setTimeout(r, 50));
            }
          } finally {
            await cdp.detach();
          }
        },
      };
    } catch (e) {
      await close();
      throw e;
    }
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
}
