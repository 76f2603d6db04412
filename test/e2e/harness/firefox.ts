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
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import puppeteer, { type Page } from 'puppeteer-core';
import type { E2EPage, LaunchedBrowser } from './page.ts';
import type { PortalServer } from './serve.ts';

export const FIREFOX_MV = process.env.E2E_FIREFOX_MV === '3' ? 3 : 2;
export const FIREFOX_BUILD = resolve(import.meta.dirname, `../../../.output/firefox-mv${FIREFOX_MV}`);

export function firefoxPath(): string {
  const found = [process.env.E2E_FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('e2e: Firefox not found (apt-get install -y firefox-esr, or set E2E_FIREFOX)');
  return found;
}

function wrap(page: Page): E2EPage {
  return {
    // The libraries type the argument through their handle wrappers; ours are plain JSON values.
    evaluate: <R, A>(fn: (arg: A) => R, arg: A) => page.evaluate(fn as never, arg as never) as Promise<R>,
    waitForPanel: async (timeoutMs = 10_000) => { await page.waitForSelector('spbe-lens-panel', { timeout: timeoutMs }); },
    screenshot: async (path) => { await page.screenshot({ path: path as `${string}.png` }); },
    url: () => page.evaluate(() => location.href),
    close: () => page.close(),
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
  try {
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
        return wrap(page);
      };
      return {
        name: 'firefox', extensionHost: uuid, close,
        openPortal: open,
        openExtensionPage: async (path) => {
          // page.goto() never resolves for moz-extension:// (puppeteer gets no
          // navigation event for it, the page does load), so send the BiDi
          // command itself and let it wait for the load. Internal field: if a
          // puppeteer upgrade renames it, this throws rather than hangs.
          const page = await browser.newPage();
          const ctx = (page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> } }).browsingContext;
          await ctx.navigate(`moz-extension://${uuid}/${path.replace(/^\//, '')}`, 'complete');
          return wrap(page);
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
