// Debian Chromium with the shipped MV3 build loaded unpacked, via playwright-core.
//
// Host names: --host-resolver-rules sends the portal names (and OTHER_HOST) to
// the local TLS server and makes every other name NOTFOUND, so nothing but
// loopback is reachable. TLS: --ignore-certificate-errors-spki-list pins the
// throwaway certificate's key, so only that certificate is trusted (the page
// is a secure context, no interstitial); any other bad certificate still fails.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { E2EPage, LaunchedBrowser } from './page.ts';
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

function wrap(page: Page): E2EPage {
  return {
    // The libraries type the argument through their handle wrappers; ours are plain JSON values.
    evaluate: <R, A>(fn: (arg: A) => R, arg: A) => page.evaluate(fn as never, arg as never) as Promise<R>,
    waitForPanel: async (timeoutMs = 10_000) => {
      await page.waitForSelector('spbe-lens-panel', { state: 'attached', timeout: timeoutMs });
    },
    screenshot: async (path) => { await page.screenshot({ path, fullPage: false }); },
    url: () => page.evaluate(() => location.href),
    close: () => page.close(),
  };
}

export async function launchChromium(server: PortalServer, extensionDir = CHROME_BUILD): Promise<LaunchedBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`e2e: no build in ${extensionDir}`);
  const profile = mkdtempSync(join(tmpdir(), 'spbe-e2e-chromium-'));
  const rules = [...ALL_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${server.tlsPort}`), 'MAP * ~NOTFOUND'].join(', ');
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true, // Chromium 156 only has the new headless mode, which loads extensions
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
        return wrap(page);
      };
      return {
        name: 'chromium', extensionHost, close,
        openPortal: open,
        openExtensionPage: (path) => open(`chrome-extension://${extensionHost}/${path.replace(/^\//, '')}`),
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
