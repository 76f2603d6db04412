/** @vitest-environment happy-dom */
// The content script on replica portal pages: recognised, overlay mounted with
// the contract attributes, redrawn in the same task as the user's change,
// remembered in storage, and the page's own form left untouched.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runContent as runWithLink } from './run.ts';
import { localLink } from '../live/local-link.ts';
import { loadScope, saveIndicator } from '../store/assessments.ts';
import { frameworks } from '../../core/frameworks/index.ts';
import { scoreAssessment } from '../../core/engine/score.ts';
import { saveLastResult } from '../store/last-year.ts';
import { lastFromReportText } from '../../core/compare/report-text.ts';

// The content script with its session in this process (the e2e tests run the real port to the background).
const runContent = (signal: AbortSignal) => runWithLink(signal, localLink);

const fixture = (host: string, path: string) => readFileSync(`test/fixtures/portal/${host}${path}/index.html`, 'utf8');

function load(host: string, path: string) {
  const html = fixture(host, path);
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>[\s\S]*$/i, '');
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(`https://${host}${path}`);
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const formState = () => [...document.querySelectorAll('input, textarea, select')].map((e) => {
  const el = e as HTMLInputElement;
  return `${el.name}|${el.type}|${el.value}|${el.checked}`;
}).join('\n');

let ctl: AbortController;
beforeEach(() => { fakeBrowser.reset(); ctl = new AbortController(); });
afterEach(() => ctl.abort());

async function start(host: string, path: string) {
  load(host, path);
  const before = formState();
  const running = runContent(ctl.signal);
  for (let i = 0; i < 20 && !running.state(); i++) await flush();
  return { running, before };
}

describe('on tauval (spbe-2020)', () => {
  it('mounts the panel and the indicator preview with the contract attributes', async () => {
    const { running, before } = await start('tauval.spbe.go.id', '/penilaian-mandiri/indikator/12');
    expect(running.status()).toMatchObject({ recognised: true, kind: 'tauval-indicator', indicator: 12 });
    const panel = document.querySelector('spbe-lens-panel')!;
    expect(panel.getAttribute('data-framework')).toBe('spbe-2020');
    expect(panel.getAttribute('data-filled')).toBe('1');
    const level = running.state()!.current!.entry.level!;
    expect(Number(panel.getAttribute('data-index'))).toBe(level);
    const chip = document.querySelector('spbe-lens-indicator')!;
    expect(chip.getAttribute('data-indicator')).toBe('12');
    expect(Number(chip.getAttribute('data-value'))).toBe(level);
    expect(Number(chip.getAttribute('data-gain'))).toBeCloseTo(0.025, 12); // weight 2,5 % × one level
    expect(document.querySelector('spbe-lens-checks')).not.toBeNull();
    expect(formState()).toBe(before);
  });

  it('updates the panel in the same task as the user\'s change', async () => {
    const { running } = await start('tauval.spbe.go.id', '/penilaian-mandiri/indikator/12');
    const radio = document.querySelector<HTMLInputElement>('input[type=radio][value="5"]')!;
    radio.checked = true; // the user, not the extension
    radio.dispatchEvent(new Event('change', { bubbles: true }));
    expect(document.querySelector('spbe-lens-panel')!.getAttribute('data-index')).toBe('5');
    expect(running.state()!.current!.entry.level).toBe(5);
  });

  it('remembers the indicator and merges indicators seen on other pages', async () => {
    const scopeOf = async () => (await start('tauval.spbe.go.id', '/penilaian-mandiri/indikator/12')).running.status().scope!;
    const scope = await scopeOf();
    ctl.abort(); ctl = new AbortController();
    await saveIndicator(scope, 1, { level: 4 }, Date.now());
    const { running } = await start('tauval.spbe.go.id', '/penilaian-mandiri/indikator/12');
    const st = running.state()!;
    expect(st.report.score.filled).toBe(2);
    const expected = scoreAssessment(frameworks['spbe-2020'], st.assessment).index!.toNumber();
    expect(Number(document.querySelector('spbe-lens-panel')!.getAttribute('data-index'))).toBe(expected);
    vi.useFakeTimers();
    const radio = document.querySelector<HTMLInputElement>('input[type=radio][value="2"]')!;
    radio.checked = true;
    radio.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(1000);
    vi.useRealTimers();
    await flush();
    expect((await loadScope(scope)).entries['12']).toMatchObject({ level: 2 });
  });

  it('shows inline checks from the lint rules for this indicator', async () => {
    await start('tauval.spbe.go.id', '/penilaian-mandiri/indikator/30');
    const checks = document.querySelector('spbe-lens-checks')!;
    expect(Number(checks.getAttribute('data-count'))).toBeGreaterThan(0);
    const rules = [...checks.shadowRoot!.querySelectorAll('[data-rule]')].map((e) => e.getAttribute('data-rule'));
    expect(rules).toContain('explanation-required');
    // The replica's indicator 30 sits at level 1, which needs no evidence (the floor, PermenPANRB 59/2020).
    expect(rules).not.toContain('level-needs-evidence');
  });
});

describe('last year beside this year', () => {
  it('shows last year\'s value and change beside the indicator and the count below last year in the panel', async () => {
    const { running } = await start('tauval.spbe.go.id', '/penilaian-mandiri/indikator/12');
    const scope = running.status().scope!;
    const level = running.state()!.current!.entry.level!;
    await saveLastResult(scope.agency, lastFromReportText(`Indeks SPBE 3,40\n12 Peta Rencana SPBE ${level + 1}`, { year: scope.year - 1 }));
    for (let i = 0; i < 20 && !running.state()!.comparison; i++) await flush();
    const chip = document.querySelector('spbe-lens-indicator')!;
    expect(Number(chip.getAttribute('data-last-value'))).toBe(level + 1);
    expect(chip.shadowRoot!.querySelector('.down')!.textContent).toContain('-1,00');
    const panel = document.querySelector('spbe-lens-panel')!;
    expect(panel.getAttribute('data-last-index')).toBe('3.4');
    expect(panel.getAttribute('data-below-last-year')).toBe('1');
  });
  it('across frameworks: SPBE 2025 beside a Pemdi 2026 page, related indicators, no converted number', async () => {
    const { running } = await start('eval.spbe.go.id', '/penilaian-mandiri/indikator/1');
    const scope = running.status().scope!;
    await saveLastResult(scope.agency, lastFromReportText('Indeks SPBE 3,10\n1 Kebijakan Internal Arsitektur SPBE 4,00', { framework: 'spbe-2020', year: scope.year - 1 }));
    for (let i = 0; i < 20 && !running.state()!.comparison; i++) await flush();
    expect(running.state()!.comparison!.kind).toBe('cross');
    expect(document.querySelector('spbe-lens-indicator')!.shadowRoot!.textContent).toContain('bukan konversi');
    const panel = document.querySelector('spbe-lens-panel')!.shadowRoot!;
    panel.querySelector('button')!.click(); // the panel starts closed; open it as a user would
    await flush();
    expect(panel.textContent).toContain('tidak ada konversi resmi');
  });
});

describe('on eval (pemdi-2026)', () => {
  it('shows the item-share estimate, marked as an estimate', async () => {
    const { running } = await start('eval.spbe.go.id', '/penilaian-mandiri/indikator/1');
    const chip = document.querySelector('spbe-lens-indicator')!;
    expect(chip.hasAttribute('data-estimate')).toBe(true);
    const v = running.state()!.report.score.indicators.get(1)!;
    expect(Number(chip.getAttribute('data-value'))).toBe(v.value.toNumber());
    expect(chip.shadowRoot!.textContent).toContain('estimasi');
    expect(document.querySelector('spbe-lens-panel')!.getAttribute('data-framework')).toBe('pemdi-2026');
  });
});

describe('the running panel', () => {
  it('starts closed as a small bar (out of the form\'s way) and remembers being opened', async () => {
    await start('tauval.spbe.go.id', '/penilaian-mandiri/indikator/12');
    const root = document.querySelector('spbe-lens-panel')!.shadowRoot!;
    expect(root.querySelector('.panel.collapsed')).not.toBeNull();
    expect(root.textContent).toMatch(/SPBE Lens · \d,\d\d \w+ · 1\/47/);
    root.querySelector('button')!.click();
    await flush();
    expect(root.querySelector('.summary')).not.toBeNull();
    ctl.abort(); ctl = new AbortController();
    await start('tauval.spbe.go.id', '/penilaian-mandiri/indikator/12');
    expect(document.querySelector('spbe-lens-panel')!.shadowRoot!.querySelector('.summary')).not.toBeNull();
  });
  it('saves a discrete change at once (closing the tab right after loses nothing)', async () => {
    const { running } = await start('tauval.spbe.go.id', '/penilaian-mandiri/indikator/12');
    const radio = document.querySelector<HTMLInputElement>('input[type=radio][value="4"]')!;
    radio.checked = true;
    radio.dispatchEvent(new Event('change', { bubbles: true }));
    await flush();
    expect((await loadScope(running.status().scope!)).entries['12']).toMatchObject({ level: 4 });
  });
});

describe('where the page is not recognised', () => {
  it('shows nothing on the page and keeps the reason for the popup', async () => {
    load('tauval.spbe.go.id', '');
    const running = runContent(ctl.signal);
    await flush();
    expect(document.querySelector('spbe-lens-panel')).toBeNull();
    expect(running.status().recognised).toBe(false);
    expect(running.status().reason!.id.length).toBeGreaterThan(10);
  });
});

describe('safety', () => {
  it('renders hostile file names and agency names as text', async () => {
    load('tauval.spbe.go.id', '/penilaian-mandiri/indikator/12');
    const hostile = '&lt;img src=x onerror=alert(1)&gt;';
    document.body.innerHTML = document.body.innerHTML
      .replace(/12\.b\.Matriks-Muatan-Peta-Rencana\.xlsx/g, `${hostile}.xlsx`)
      .replace(/Pemerintah Kota Contoh/g, hostile);
    const running = runContent(ctl.signal);
    for (let i = 0; i < 20 && !running.state(); i++) await flush();
    const checks = document.querySelector('spbe-lens-checks')!.shadowRoot!;
    expect(checks.textContent).toContain('<img src=x onerror=alert(1)>');
    for (const host of document.querySelectorAll('spbe-lens-panel, spbe-lens-indicator, spbe-lens-checks')) {
      expect(host.shadowRoot!.querySelector('img')).toBeNull();
    }
  });
});
