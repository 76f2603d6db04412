// The pre-upload check in real Chromium and Firefox on the shipped builds: a
// file picked in a replica's upload input (setInputFiles, as a user choosing
// a file) is read on this computer and judged by the same core checks as
// `spbe lint` for the item the input belongs to; the result shows beside the
// input, the input keeps the file, and nothing is sent anywhere (harness:
// test/e2e/README.md). PDFs are made by the test (test/helpers/pdf.ts).
// Run: node node_modules/vitest/vitest.mjs run -c vitest.e2e.config.ts
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, launchChromium } from './harness/chromium.ts';
import { FIREFOX_BUILD, launchFirefox } from './harness/firefox.ts';
import type { E2EPage, LaunchedBrowser } from './harness/page.ts';
import { startPortalServer, type PortalServer } from './harness/serve.ts';
import { documentText, passwordPdf, scanPdf, textPdf } from '../helpers/pdf.ts';

const EVAL_9 = 'https://eval.spbe.go.id/penilaian-mandiri/indikator/9';
const TAUVAL_3 = 'https://tauval.spbe.go.id/penilaian-mandiri/indikator/3';
/** The replica's input of item I9-L1-01 (portal code shown as XX_09_01: aspect 4's prefix is unknown). */
const I9_L1_01 = '#dokumen-XX_09_01';

/** In-page: what the check beside the input shows, once it has answered. */
function result(selector: string): { state: string | null; rules: string[]; text: string; files: string[] } | null {
  const input = document.querySelector(selector) as HTMLInputElement;
  const host = input.nextElementSibling;
  if (host?.localName !== 'spbe-lens-upload' || !host.getAttribute('data-state')) return null;
  const root = host.shadowRoot!;
  return {
    state: host.getAttribute('data-state'),
    rules: Array.from(root.querySelectorAll('p[title]')).map((p) => p.getAttribute('title')!).filter(Boolean),
    text: root.textContent ?? '',
    files: Array.from(input.files ?? []).map((f) => f.name),
  };
}

const browsers = [['chromium', launchChromium, CHROME_BUILD], ['firefox', launchFirefox, FIREFOX_BUILD]] as const;

describe.each(browsers)('%s: checking a file before it is uploaded', { timeout: 60_000 }, (_name, launch) => {
  let server: PortalServer;
  let browser: LaunchedBrowser;
  const dir = mkdtempSync(join(tmpdir(), 'spbe-upload-'));
  const file = (name: string) => join(dir, name);
  beforeAll(async () => {
    writeFileSync(file('SK-Tim-Asesor-Internal-2026.pdf'), await textPdf(documentText('sk-tim-asesor')));
    writeFileSync(file('SK-Tim-Auditor-Internal-2026.pdf'), await textPdf(documentText('sk-tim-auditor')));
    writeFileSync(file('Laporan-terkunci.pdf'), await passwordPdf(documentText('rencana-audit')));
    writeFileSync(file('Pindaian.pdf'), await scanPdf(2));
    server = await startPortalServer();
    browser = await launch(server);
  }, 60_000);
  afterAll(async () => { await browser?.close(); await server?.close(); });

  const pick = async (p: E2EPage, selector: string, name: string) => {
    await p.setInputFiles(selector, [file(name)]);
    await p.waitFor((s: string) => {
      const input = document.querySelector(s);
      const host = input?.nextElementSibling;
      return host?.localName === 'spbe-lens-upload' && Boolean(host.getAttribute('data-state'));
    }, selector, 20_000);
    return (await p.evaluate(result, selector))!;
  };

  it('eval.spbe.go.id: the look-alike decree is named with the item\'s document; the genuine one passes; the input keeps the file; nothing is sent', async () => {
    const p = await browser.openPortal(EVAL_9);
    await p.waitForPanel();
    const lookAlike = await pick(p, I9_L1_01, 'SK-Tim-Asesor-Internal-2026.pdf');
    expect(lookAlike.state).toBe('problems');
    expect(lookAlike.rules).toEqual(['evidence-item-content']);
    expect(lookAlike.text).toContain('SK Tim Asesor Internal Evaluasi Kinerja Pemdi');
    expect(lookAlike.text).toContain('SK Tim Auditor Internal Pemerintah Digital');
    expect(lookAlike.files).toEqual(['SK-Tim-Asesor-Internal-2026.pdf']);
    const genuine = await pick(p, I9_L1_01, 'SK-Tim-Auditor-Internal-2026.pdf');
    expect(genuine).toMatchObject({ state: 'ok', rules: [], files: ['SK-Tim-Auditor-Internal-2026.pdf'] });
    expect(server.nonGet).toEqual([]);
  });

  it('a password-protected PDF and a scan, on both portals', async () => {
    const p = await browser.openPortal(EVAL_9);
    await p.waitForPanel();
    expect((await pick(p, '#dokumen-XX_09_02', 'Laporan-terkunci.pdf')).rules).toEqual(['evidence-pdf-unreadable']);
    const scan = await pick(p, '#dokumen-XX_09_03', 'Pindaian.pdf');
    expect(scan.rules).toEqual(['evidence-content-skipped']);
    expect(scan.text).toContain('pindai');
    const t = await browser.openPortal(TAUVAL_3);
    await t.waitForPanel();
    const locked = await pick(t, '#data-dukung', 'Laporan-terkunci.pdf');
    expect(locked.rules).toEqual(['evidence-pdf-unreadable']);
    expect(locked.text).toContain('kata sandi');
    expect(server.nonGet).toEqual([]);
  });
});
