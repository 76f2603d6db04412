// Smoke tests of the shipped builds in real browsers, on the replica pages
// served under the real portal host names (harness: test/e2e/README.md).
// Run: node node_modules/vitest/vitest.mjs run -c vitest.e2e.config.ts
import { readFileSync } from 'node:fs';
import { get } from 'node:https';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, launchChromium } from './harness/chromium.ts';
import { FIREFOX_BUILD, launchFirefox } from './harness/firefox.ts';
import { formState, readPanel, type E2EPage, type LaunchedBrowser } from './harness/page.ts';
import { FIXTURE_ROOT, OTHER_HOST, OTHER_PAGE, startPortalServer, type PortalServer } from './harness/serve.ts';

const TAUVAL = 'https://tauval.spbe.go.id/penilaian-mandiri/indikator/12'; // checked radio + filled notes
const EVAL = 'https://eval.spbe.go.id/penilaian-mandiri/indikator/4'; // eleven filled item notes
const fixture = (url: string) => {
  const u = new URL(url);
  return readFileSync(join(FIXTURE_ROOT, u.host, u.pathname, 'index.html'), 'utf8');
};

describe('harness: portal server', () => {
  let server: PortalServer;
  beforeAll(async () => { server = await startPortalServer(); });
  afterAll(() => server?.close());

  // Without this the "no non-GET request" assertions below could pass vacuously.
  it('refuses and records a non-GET request, serves GET by host', async () => {
    const call = (method: string, host: string, path: string) => new Promise<number>((ok, fail) => {
      const req = get({ method, host: '127.0.0.1', port: server.tlsPort, path, servername: host, headers: { host }, rejectUnauthorized: false },
        (res) => { res.resume(); ok(res.statusCode ?? 0); });
      req.on('error', fail).end();
    });
    expect(await call('GET', 'tauval.spbe.go.id', '/penilaian-mandiri/indikator/12')).toBe(200);
    expect(await call('GET', 'eval.spbe.go.id', '/')).toBe(200);
    expect(await call('GET', 'eval.spbe.go.id', '/..%2ftauval.spbe.go.id/index.html')).toBe(404);
    expect(await call('GET', 'eval.spbe.go.id', '/%')).toBe(404);
    expect(await call('POST', 'tauval.spbe.go.id', '/penilaian-mandiri/indikator/12/simpan')).toBe(405);
    expect(server.nonGet).toEqual([{ method: 'POST', host: 'tauval.spbe.go.id', path: '/penilaian-mandiri/indikator/12/simpan', status: 405 }]);
  });
});

// [name, launcher, build dir] — one identical suite per browser.
const browsers = [
  ['chromium', launchChromium, CHROME_BUILD],
  ['firefox', launchFirefox, FIREFOX_BUILD],
] as const;

describe.each(browsers)('%s: shipped build on the real host names', (_name, launch, buildDir) => {
  let server: PortalServer;
  let browser: LaunchedBrowser;
  const pages: E2EPage[] = [];
  const open = async (url: string) => {
    const page = await browser.openPortal(url);
    pages.push(page);
    return page;
  };

  beforeAll(async () => {
    server = await startPortalServer();
    browser = await launch(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([TAUVAL, EVAL])('injects <spbe-lens-panel> on %s', async (url) => {
    const page = await open(url);
    expect(await page.url()).toBe(url); // loaded under the real name, no redirect
    expect(await page.evaluate(() => window.isSecureContext, null)).toBe(true);
    await page.waitForPanel();
    const panel = await page.evaluate(readPanel, undefined);
    expect(panel).toMatchObject({ count: 1, shadowMode: 'open' });
    expect(panel?.shadowText).toContain('SPBE Lens');
    // The host element contract (data-* attributes) and the framework the host implies.
    expect(Object.keys(panel?.attrs ?? {})).toEqual(expect.arrayContaining(['data-framework', 'data-index', 'data-predicate', 'data-filled']));
    expect(panel?.attrs['data-framework']).toBe(url === TAUVAL ? 'spbe-2020' : 'pemdi-2026');
    expect(panel?.indicators.map((i) => i.indicator)).toContain(url.split('/').pop());
    if (process.env.E2E_SCREENSHOT && url === TAUVAL && browser.name === 'chromium') await page.screenshot(process.env.E2E_SCREENSHOT);
  });

  it(`does not inject on https://${OTHER_HOST}/ (outside the manifest matches)`, async () => {
    // Load a portal page in parallel as the positive control: once its panel is
    // there, the content script has had its chance on the other tab too.
    const [other, portal] = await Promise.all([open(`https://${OTHER_HOST}/`), open(TAUVAL)]);
    await portal.waitForPanel();
    await new Promise((r) => setTimeout(r, 1000)); // document_idle slack; injection is ~100 ms on portal pages
    expect(await other.evaluate(readPanel, undefined)).toBeNull();
    expect(await other.evaluate(() => document.querySelectorAll('spbe-lens-indicator').length, null)).toBe(0);
    const { live, source } = await other.evaluate(formState, OTHER_PAGE);
    expect(live).toEqual(source);
  });

  it.each([TAUVAL, EVAL])('leaves the form values of %s as served', async (url) => {
    const page = await open(url);
    await page.waitForPanel();
    const { live, source } = await page.evaluate(formState, fixture(url));
    expect(live.length).toBeGreaterThan(5);
    expect(live).toEqual(source);
    // The scenario's answers are really there (so equality is not trivially of empty forms).
    expect(live.some((f) => f.state === 'true')).toBe(url !== EVAL); // EVAL has no radios
    expect(live.filter((f) => f.key.includes(':textarea:') && f.state.length > 20).length).toBeGreaterThan(0);
  });

  it('opens an extension page under the extension id (the built manifest)', async () => {
    const page = await browser.openExtensionPage('manifest.json');
    pages.push(page);
    // The same way overlay.e2e.test.ts opens popup.html and standalone.html.
    expect(await page.url()).toMatch(new RegExp(`^(chrome|moz)-extension://${browser.extensionHost}/manifest\\.json$`));
    const served = await page.evaluate(() => document.body.textContent ?? '', null);
    expect(JSON.parse(served)).toEqual(JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')));
  });

  it('sent no non-GET request, and asked only the served hosts', async () => {
    await Promise.all(pages.splice(0).map((p) => p.close()));
    expect(server.nonGet).toEqual([]);
    const hosts = new Set(server.requests.map((r) => r.host));
    expect([...hosts].sort()).toEqual(['eval.spbe.go.id', OTHER_HOST, 'tauval.spbe.go.id'].sort());
  });
});
