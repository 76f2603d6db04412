// No portal control may ever be covered by our UI (issue 15). For every
// replica page (every index.html under test/fixtures/portal, so replicas
// added later are covered too), in real Chromium and Firefox on the shipped
// builds, at 1366×768 and 1920×1080, with our in-page UI in each state (as
// loaded; then with an unsaved choice, which grows the strip, and the checks'
// rule ids shown; on a page not recognised, the notice) and at the top, middle
// and bottom of the page: the browser's hit at the centre of every visible
// portal control is what the page alone puts there, and never ours
// (harness/page.ts controlCoverage). The full summary lives in the browser's
// side panel, outside the page: opening it narrows the viewport (the browser
// does that, as a window resize does) and draws nothing in the page, so it is
// not a state of the page; the side panel page is tested in overlay.e2e.test.ts.
// Run: node node_modules/vitest/vitest.mjs run -c vitest.e2e.config.ts test/e2e/layout.e2e.test.ts
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness/chromium.ts';
import { launchFirefox } from './harness/firefox.ts';
import { controlCoverage, type E2EPage, type LaunchedBrowser } from './harness/page.ts';
import { FIXTURE_ROOT, PORTAL_HOSTS, startPortalServer, type PortalServer } from './harness/serve.ts';

const VIEWPORTS = [[1366, 768], [1920, 1080]] as const;
const SCROLLS = [['top', 0], ['middle', 0.5], ['bottom', 1]] as const;

/** Every replica page's real URL. */
function replicaUrls(): string[] {
  const urls: string[] = [];
  const walk = (host: string, dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(host, p);
      else if (name === 'index.html') urls.push(`https://${host}/${relative(join(FIXTURE_ROOT, host), dir).split(sep).join('/')}`);
    }
  };
  for (const host of PORTAL_HOSTS) walk(host, join(FIXTURE_ROOT, host));
  return urls.map((u) => u.replace(/\/$/, '') || u).sort();
}

/** In-page: whether our UI has settled (a strip, a chip or a notice is there). */
const ourUi = () => document.querySelector('spbe-lens-panel, spbe-lens-indicator, spbe-lens-notice') !== null;

/** In-page: act as a user would on an indicator page (an unsaved choice) and show the checks' rule ids. */
function act(): void {
  const radio = document.querySelector<HTMLInputElement>('input[type=radio]:not(:checked):not(:disabled)');
  if (radio) radio.click();
  else {
    const note = Array.from(document.querySelectorAll('textarea')).find((t) => !t.readOnly && !t.disabled);
    if (note) { note.value += ' x'; note.dispatchEvent(new Event('input', { bubbles: true })); }
  }
  (document.querySelector('spbe-lens-checks')?.shadowRoot?.querySelector('button[aria-pressed]') as HTMLButtonElement | null)?.click();
}

/** In-page: scroll to a fraction of the page's height and let two frames pass (sticky elements settle). */
function scrollTo(fraction: number): Promise<void> {
  window.scrollTo(0, Math.round((document.documentElement.scrollHeight - innerHeight) * fraction));
  return new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok())));
}

const urls = replicaUrls();
const browsers = [['chromium', launchChromium], ['firefox', launchFirefox]] as const;

describe.each(browsers)('%s: our UI covers no portal control', (_name, launch) => {
  let server: PortalServer;
  let browser: LaunchedBrowser;
  let withUi = 0;
  beforeAll(async () => {
    server = await startPortalServer();
    browser = await launch(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reads a sane set of replica pages', () => {
    expect(urls.length).toBeGreaterThanOrEqual(73);
    expect(urls).toContain('https://tauval.spbe.go.id/penilaian-mandiri/indikator/12');
  });

  it.each(urls)('%s', { timeout: 60_000 }, async (url) => {
    const page: E2EPage = await browser.openPortal(url);
    try {
      // A page not recognised shows its notice after a pause (the portal may still be filling it): wait that long at most.
      await page.waitFor(ourUi, null, 3_000).catch(() => undefined);
      const states = [['as loaded', null], ['acted', act]] as const;
      let visible = 0;
      let self = 0;
      for (const [state, action] of states) {
        if (action) {
          await page.evaluate(action, undefined);
          await new Promise((r) => setTimeout(r, 150)); // redraw after the change
        }
        for (const [w, h] of VIEWPORTS) {
          await page.setViewport(w, h);
          for (const [where, fraction] of SCROLLS) {
            await page.evaluate(scrollTo, fraction);
            const c = await page.evaluate(controlCoverage, undefined);
            expect(c.covered, `${state}, ${w}×${h}, ${where}`).toEqual([]);
            visible += c.visible;
            self += c.self;
          }
        }
      }
      expect(visible).toBeGreaterThan(0); // the check looked at controls on this page
      expect(self).toBeGreaterThan(0);
      if (await page.evaluate(ourUi, null)) withUi++;
    } finally {
      await page.close();
    }
  });

  it('had our UI on the pages (so the checks above were not vacuous)', () => {
    expect(withUi).toBeGreaterThan(urls.length - 5);
  });
});
