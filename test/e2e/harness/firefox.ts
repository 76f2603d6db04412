// firefox-esr with the shipped Firefox build installed as a temporary add-on,
// via puppeteer-core over WebDriver BiDi (Playwright cannot drive Debian's
// Firefox or load add-ons into it: toolchain.md "Firefox").
//
// Host names: Firefox has no resolver-rules switch, and network.dns.localDomains
// would need the server on port 443. Instead every request goes through the
// harness proxy (network.proxy.*, localhost included), which tunnels CONNECT for
// the served hosts into the TLS server and refuses the rest, so Firefox's own
// background traffic never leaves the machine either. TLS: the BiDi session's
// acceptInsecureCerts accepts the self-signed certificate (there is no
// key-pinning pref, and importing a CA would need NSS certutil).
//
// Which build: `wxt build -b firefox` = .output/firefox-mv2, the one
// `npm run build:firefox` ships. E2E_FIREFOX_MV=3 tests `--mv3` instead
// (both were verified to inject as temporary add-ons).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import puppeteer, { type ElementHandle, type Page } from 'puppeteer-core';
import { uncover, type E2EPage, type LaunchedBrowser } from './page.ts';
import type { PortalServer } from './serve.ts';

export const FIREFOX_MV = process.env.E2E_FIREFOX_MV === '3' ? 3 : 2;
export const FIREFOX_BUILD = resolve(import.meta.dirname, `../../../.output/firefox-mv${FIREFOX_MV}`);

export function firefoxPath(): string {
  const found = [process.env.E2E_FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('e2e: Firefox not found (apt-get install -y firefox-esr, or set E2E_FIREFOX)');
  return found;
}

type BidiNavigate = { browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> } };

/**
 * page.goto()/reload() never resolve for moz-extension:// (puppeteer gets no
 * navigation event for it, the page does load), so send the BiDi command
 * itself and let it wait for the load. Internal field: if a puppeteer upgrade
 * renames it, this throws rather than hangs.
 */
async function bidiNavigate(page: Page, url: string): Promise<void> {
  await (page.mainFrame() as unknown as BidiNavigate).browsingContext.navigate(url, 'complete');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function wrap(page: Page, downloadDir: string): E2EPage {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => undefined);
  });
  const clickShadowButton = async (host: string, text: string) => {
    const handle = await page.evaluateHandle(({ host, text }) =>
      Array.from(document.querySelector(host)?.shadowRoot?.querySelectorAll('button') ?? []).find((b) => b.textContent?.trim() === text) ?? null,
    { host, text });
    const button = handle.asElement() as ElementHandle<HTMLButtonElement> | null;
    if (!button) { await handle.dispose(); throw new Error(`e2e: no button "${text}" in the shadow root of ${host}`); }
    try { await button.click(); } finally { await button.dispose(); } // scrolled into view, trusted pointer events
  };
  // The profile's prefs (below) save every download into downloadDir without asking.
  // Firefox writes `name.part` (and may create `name` empty first), then renames.
  const waitDownload = async (click: () => Promise<void>, timeoutMs: number) => {
    const before = new Set(readdirSync(downloadDir));
    await click();
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(100)) {
      const done = readdirSync(downloadDir).find((f) => !before.has(f) && !f.endsWith('.part')
        && !existsSync(join(downloadDir, `${f}.part`)) && statSync(join(downloadDir, f)).size > 0);
      if (done) return join(downloadDir, done);
    }
    throw new Error(`e2e: no download in ${downloadDir} within ${timeoutMs} ms (found: ${readdirSync(downloadDir).join(', ') || 'nothing'})`);
  };
  return {
    // The libraries type the argument through their handle wrappers; ours are plain JSON values.
    evaluate: <R, A>(fn: (arg: A) => R, arg: A) => page.evaluate(fn as never, arg as never) as Promise<R>,
    waitForPanel: async (timeoutMs = 10_000) => { await page.waitForSelector('spbe-lens-panel', { timeout: timeoutMs }); },
    screenshot: async (path) => { await page.screenshot({ path: path as `${string}.png` }); },
    url: () => page.evaluate(() => location.href),
    close: () => page.close(),
    check: async (selector) => {
      // puppeteer's ElementHandle.click() scrolls the element to the middle of the
      // viewport and clicks there, whatever lies on top. Like a user, scroll until
      // nothing covers the target, then click that point.
      await page.waitForSelector(selector, { timeout: 5_000 });
      const point = await page.evaluate(uncover, selector);
      if (!point) throw new Error(`e2e: ${selector} is covered wherever it is scrolled`);
      await page.mouse.click(point.x, point.y); // trusted pointer events at that point
      if (!await page.$eval(selector, (e) => (e as HTMLInputElement).checked)) throw new Error(`e2e: ${selector} is not checked after the click`);
    },
    clickShadowButton,
    select: async (selector, value) => { await page.select(selector, value); },
    setInputFiles: async (selector, files) => {
      const input = await page.waitForSelector(selector, { timeout: 5_000 });
      await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(...files);
    },
    waitFor: async (fn, arg, timeoutMs = 5_000) => {
      await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 100 }, arg as never);
    },
    download: (host, text, timeoutMs = 10_000) => waitDownload(() => clickShadowButton(host, text), timeoutMs),
    downloadFrom: (selector, timeoutMs = 10_000) => waitDownload(async () => { await page.click(selector); }, timeoutMs),
    setViewport: (width, height) => page.setViewport({ width, height }),
    dialogs,
    bringToFront: () => page.bringToFront(),
    reload: async () => {
      const url = await page.evaluate(() => location.href);
      if (url.startsWith('moz-extension:')) await bidiNavigate(page, url);
      else await page.reload({ waitUntil: 'load' });
    },
  };
}

export async function launchFirefox(server: PortalServer, extensionDir = FIREFOX_BUILD): Promise<LaunchedBrowser> {
  const manifestFile = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`e2e: no build in ${extensionDir}`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const addonId: string = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error('e2e: the Firefox build has no browser_specific_settings.gecko.id');
  // moz-extension:// hosts are a random per-profile UUID; pre-seeding this pref
  // fixes it, so extension pages can be opened without asking the browser.
  const uuid = randomUUID();
  // Our own profile dir (puppeteer then leaves it alone), so cleanup is certain.
  const profile = mkdtempSync(join(tmpdir(), 'spbe-e2e-firefox-'));
  const downloadDir = join(profile, 'e2e-downloads');
  try {
    mkdirSync(downloadDir);
    const browser = await puppeteer.launch({
      browser: 'firefox', executablePath: firefoxPath(), headless: true, userDataDir: profile,
      acceptInsecureCerts: true,
      // BiDi refuses to navigate to moz-extension:// ("not allowed in this
      // context") unless the remote agent may open non-web URLs. Test-only.
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 1280, height: 900 },
      extraPrefsFirefox: {
        'network.proxy.type': 1, // manual
        'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': server.proxyPort,
        'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': server.proxyPort,
        'network.proxy.no_proxies_on': '', 'network.proxy.allow_hijacking_localhost': true,
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
        // Downloads go straight to downloadDir: no dialog, no panel, no temporary folder.
        'browser.download.dir': downloadDir, 'browser.download.folderList': 2, 'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false, 'browser.helperApps.neverAsk.saveToDisk': 'application/json',
        'browser.download.alwaysOpenPanel': false, 'browser.download.panel.shown': true, 'browser.download.start_downloads_in_tmp_dir': false,
      },
    });
    const close = async () => {
      try { await browser.close(); } finally { rmSync(profile, { recursive: true, force: true }); }
    };
    try {
      await browser.installExtension(extensionDir); // temporary add-on; unsigned is fine
      const open = async (url: string) => {
        const page = await browser.newPage();
        await page.goto(url, { waitUntil: 'load' });
        return wrap(page, downloadDir);
      };
      return {
        name: 'firefox', extensionHost: uuid, downloadDir, close,
        openPortal: open,
        openExtensionPage: async (path) => {
          const page = await browser.newPage();
          await bidiNavigate(page, `moz-extension://${uuid}/${path.replace(/^\//, '')}`);
          return wrap(page, downloadDir);
        },
        openExtensionPageOver: async (tab, path) => {
          await tab.bringToFront();
          const page = await browser.newPage({ background: true });
          await bidiNavigate(page, `moz-extension://${uuid}/${path.replace(/^\//, '')}`);
          return wrap(page, downloadDir);
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
