/** @vitest-environment happy-dom */
// The content script on replica portal pages, with the background in this
// process (test/extension/live-host.ts): recognised, the overlay mounted in
// room of its own with the contract attributes, redrawn in the same task as
// the user's change, the saved state and the unsaved choice kept apart, the
// page's own form left untouched.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runContent } from './run.ts';
import { loadScope } from '../store/assessments.ts';
import { callStore } from '../store/client.ts';
import { toStoredLast } from '../store/last-year.ts';
import { loadSettings } from '../store/settings.ts';
import { frameworks } from '../../core/frameworks/index.ts';
import { scoreAssessment } from '../../core/engine/score.ts';
import { lastFromReportText } from '../../core/compare/report-text.ts';
import { startHost, type TestHost } from '../../test/extension/live-host.ts';

const fixture = (host: string, path: string) => readFileSync(`test/fixtures/portal/${host}${path}/index.html`, 'utf8');

function load(host: string, path: string, edit: (html: string) => string = (h) => h) {
  const html = edit(fixture(host, path));
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>[\s\S]*$/i, '');
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(`https://${host}${path}`);
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const until = async (check: () => unknown, what: string) => {
  for (let i = 0; i < 100; i++) { if (await check()) return; await flush(); }
  throw new Error(`timed out waiting for ${what}`);
};
const formState = () => [...document.querySelectorAll('input, textarea, select')].map((e) => {
  const el = e as HTMLInputElement;
  return `${el.name}|${el.type}|${el.value}|${el.checked}`;
}).join('\n');
const panel = () => document.querySelector('spbe-lens-panel')!;
const chip = () => document.querySelector('spbe-lens-indicator')!;
const pick = (level: number) => {
  const radio = document.querySelector<HTMLInputElement>(`input[type=radio][value="${level}"]`)!;
  radio.checked = true; // the user, not the extension
  radio.dispatchEvent(new Event('change', { bubbles: true }));
};

let ctl: AbortController;
let bg: TestHost;
beforeEach(() => { fakeBrowser.reset(); ctl = new AbortController(); bg = startHost(); });
afterEach(() => { ctl.abort(); vi.restoreAllMocks(); });

async function start(host: string, path: string, edit?: (html: string) => string, tab = 1) {
  load(host, path, edit);
  const before = formState();
  const running = runContent(ctl.signal, bg.linkFor(tab));
  await until(() => running.state(), 'the live state');
  await until(() => (running.state()!.scope ? running.state()!.saved.entries : true), 'the saved view');
  return { running, before };
}

describe('on tauval (spbe-2020)', () => {
  it('mounts the index strip, the chip and the checks, with the contract attributes', async () => {
    const { running, before } = await start('tauval.spbe.go.id', '/penilaian-mandiri/indikator/12');
    expect(running.status()).toMatchObject({ recognised: true, kind: 'tauval-indicator', indicator: 12 });
    expect(panel().getAttribute('data-framework')).toBe('spbe-2020');
    expect(panel().getAttribute('data-filled')).toBe('1');
    expect(panel().getAttribute('data-unsaved')).toBe('0');
    const level = running.state()!.current!.entry.level!;
    expect(Number(panel().getAttribute('data-index'))).toBe(level);
    expect(chip().getAttribute('data-indicator')).toBe('12');
    expect(Number(chip().getAttribute('data-value'))).toBe(level);
    expect(Number(chip().getAttribute('data-gain'))).toBeCloseTo(0.025, 12); // weight 2,5 % × one level
    expect(document.querySelector('spbe-lens-checks')).not.toBeNull();
    expect(formState()).toBe(before);
  });

  it('files the page as saved once it is read', async () => {
    const { running } = await start('tauval.spbe.go.id', '/penilaian-mandiri/indikator/12');
    const level = running.state()!.current!.entry.level!;
    await until(async () => (await loadScope(running.status().scope!)).entries['12'], 'the saved reading');
    expect((await loadScope(running.status().scope!)).entries['12']).toMatchObject({ level });
  });

  it('redraws in the same task as the user\'s change, with one computation, marked as not yet saved', async () => {
    const { running } = await start('tauval.spbe.go.id', '/penilaian-mandiri/indikator/12');
    const st = running.state()!;
    const served = st.current!.entry.level!;
    const before = st.computations;
    pick(5);
    expect(panel().getAttribute('data-index')).toBe('5');
    expect(st.computations - before).toBe(1);
    expect(panel().getAttribute('data-saved-index')).toBe(String(served));
    expect(panel().getAttribute('data-unsaved')).toBe('1');
    expect(Number(chip().getAttribute('data-value'))).toBe(5);
    expect(Number(chip().getAttribute('data-saved-value'))).toBe(served);
    expect(chip().shadowRoot!.textContent).toContain('belum disimpan');
    // Back to what the portal holds: no unsaved choice any more.
    pick(served);
    expect(panel().getAttribute('data-unsaved')).toBe('0');
  });

  it('never files an unsaved choice as saved: after a restart the index is the saved one', async () => {
    const { running } = await start('tauval.spbe.go.id', '/penilaian-mandiri/indikator/12');
    const scope = running.status().scope!;
    const served = running.state()!.current!.entry.level!;
    pick(5);
    await flush();
    expect((await loadScope(scope)).entries['12']).toMatchObject({ level: served });
    // The browser restarts: session storage (the unsaved choices) is gone, the page shows what the portal holds.
    ctl.abort(); ctl = new AbortController();
    await fakeBrowser.storage.session.clear();
    const again = await start('tauval.spbe.go.id', '/penilaian-mandiri/indikator/12', undefined, 2);
    expect(Number(panel().getAttribute('data-index'))).toBe(served);
    expect(again.running.state()!.drafts).toEqual({});
  });

  it('shows another tab\'s unsaved choice beside the saved value, and both tabs count it alike', async () => {
    const { running } = await start('tauval.spbe.go.id', '/penilaian-mandiri/indikator/12', undefined, 1);
    const st = running.state()!;
    const served = st.current!.entry.level!;
    // Tab 2, on the same indicator, picks level 5 (not saved).
    await bg.host.live({ t: 'open', framework: 'spbe-2020', scope: st.scope, reading: null }, 2);
    await bg.host.live({ t: 'draft', scope: st.scope!, indicator: 12, entry: { ...st.current!.entry, level: 5 } }, 2);
    await until(() => panel().getAttribute('data-unsaved') === '1', 'the push');
    expect(panel().getAttribute('data-index')).toBe('5');
    expect(panel().getAttribute('data-saved-index')).toBe(String(served));
    expect(chip().shadowRoot!.textContent).toContain('dipilih di tab lain, belum disimpan');
    expect(bg.pushes.get(1)!.length).toBe(1);
    // Tab 2 closes: its choice goes with it.
    await bg.host.tabs.forget(2);
    await until(() => panel().getAttribute('data-unsaved') === '0', 'the choice gone');
    expect(panel().getAttribute('data-index')).toBe(String(served));
  });

  it('merges the indicators remembered from other pages into the index', async () => {
    const first = await start('tauval.spbe.go.id', '/penilaian-mandiri/indikator/12');
    const scope = first.running.status().scope!;
    ctl.abort(); ctl = new AbortController();
    await callStore('saveReadings', scope, [{ indicator: 1, entry: { level: 4 }, at: Date.now(), source: 'import' }]);
    const { running } = await start('tauval.spbe.go.id', '/penilaian-mandiri/indikator/12');
    const st = running.state()!;
    expect(st.report.score.filled).toBe(2);
    expect(Number(panel().getAttribute('data-index'))).toBe(scoreAssessment(frameworks['spbe-2020'], st.report.assessment).index!.toNumber());
  });

  it('shows the lint rules\' findings worded for the page, rule ids only behind "Rincian"', async () => {
    await start('tauval.spbe.go.id', '/penilaian-mandiri/indikator/30');
    await until(() => Number(document.querySelector('spbe-lens-checks')?.getAttribute('data-count')) > 0, 'checks');
    const root = document.querySelector('spbe-lens-checks')!.shadowRoot!;
    const rules = [...root.querySelectorAll('[data-rule]')].map((e) => e.getAttribute('data-rule'));
    expect(rules).toContain('explanation-required');
    // The replica's indicator 30 sits at level 1, which needs no evidence (the floor, PermenPANRB 59/2020).
    expect(rules).not.toContain('level-needs-evidence');
    const text = () => [...root.querySelectorAll('li')].map((li) => li.textContent).join('\n');
    expect(text()).not.toContain('explanation-required');
    expect(text()).not.toContain('("explanation")');
    const details = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Rincian')!;
    details.click();
    await flush();
    expect(details.getAttribute('aria-pressed')).toBe('true');
    expect(text()).toContain('[explanation-required]');
  });
});

describe('the running strip', () => {
  it('sits in the page\'s flow under the title, before the chip and the form, a labelled region with a heading', async () => {
    await start('tauval.spbe.go.id', '/penilaian-mandiri/indikator/12');
    const title = [...document.querySelectorAll('h3')].find((h) => h.textContent === 'Indikator 12')!;
    expect(title.nextElementSibling).toBe(panel());
    expect(panel().nextElementSibling).toBe(chip());
    expect(panel().compareDocumentPosition(document.querySelector('form')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const root = panel().shadowRoot!;
    expect(root.querySelector('section')!.getAttribute('aria-labelledby')).toBe(root.querySelector('h2')!.id);
    expect(root.querySelector('[aria-live="polite"]')!.textContent).toMatch(/^Indeks indikator terisi \(1 dari 47\): \d,\d\d \w+/);
    expect(getComputedStyle(panel()).position).not.toBe('fixed');
    expect(document.querySelector('style[data-spbe-lens]')).toBeNull(); // nothing of the portal's layout is changed
  });

  it('opens the side panel from "Rincian" (Chrome), through the background, for this tab', async () => {
    await start('tauval.spbe.go.id', '/penilaian-mandiri/indikator/12');
    const open = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined);
    const button = [...panel().shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Rincian di panel samping')!;
    button.click();
    await flush();
    expect(bg.requests.get(1)).toContain('openPanel');
    expect(open).toHaveBeenCalledWith({ tabId: 1 });
  });
});

describe('last year beside this year', () => {
  it('shows last year\'s value and change beside the indicator and the count below last year in the panel', async () => {
    const { running } = await start('tauval.spbe.go.id', '/penilaian-mandiri/indikator/12');
    const scope = running.status().scope!;
    const level = running.state()!.current!.entry.level!;
    await callStore('saveLast', toStoredLast(scope.agency, lastFromReportText(`Indeks SPBE 3,40\n12 Peta Rencana SPBE ${level + 1}`, { year: scope.year - 1 })));
    await until(() => running.state()!.last, 'last year');
    expect(Number(chip().getAttribute('data-last-value'))).toBe(level + 1);
    expect(chip().shadowRoot!.querySelector('.down')!.textContent).toContain('-1,00');
  });

  it('across frameworks: SPBE 2025 beside a Pemdi 2026 page, related indicators, no converted number', async () => {
    const { running } = await start('eval.spbe.go.id', '/penilaian-mandiri/indikator/1');
    const scope = running.status().scope!;
    await callStore('saveLast', toStoredLast(scope.agency, lastFromReportText('Indeks SPBE 3,10\n1 Kebijakan Internal Arsitektur SPBE 4,00', { framework: 'spbe-2020', year: scope.year - 1 })));
    await until(() => running.state()!.last, 'last year');
    expect(chip().shadowRoot!.textContent).toContain('bukan konversi');
  });
});

describe('on eval (pemdi-2026)', () => {
  it('names the next item by the code the page shows for it (XX_01_.. where the aspect prefix is not in our data)', async () => {
    const { running } = await start('eval.spbe.go.id', '/penilaian-mandiri/indikator/1');
    const step = running.state()!.report.chains.get(1)![0]!;
    const shown = (running.state()!.page as { items: { code: string; portalCode: string | null }[] }).items.find((i) => i.code === step.item)!.portalCode!;
    expect(shown).toMatch(/^XX_01_\d\d$/);
    expect(chip().shadowRoot!.querySelector('.gain')!.textContent).toContain(shown);
    expect(chip().shadowRoot!.querySelector('.gain')!.textContent).not.toContain(step.item!);
  });
  it('shows the item-share estimate, marked as an estimate', async () => {
    const { running } = await start('eval.spbe.go.id', '/penilaian-mandiri/indikator/1');
    expect(chip().hasAttribute('data-estimate')).toBe(true);
    const v = running.state()!.report.score.indicators.get(1)!;
    expect(Number(chip().getAttribute('data-value'))).toBe(v.value.toNumber());
    expect(chip().shadowRoot!.textContent).toContain('estimasi');
    expect(panel().getAttribute('data-framework')).toBe('pemdi-2026');
  });

  it('takes I5\'s SDI score typed on the page, converted by core (an estimate), and refuses one out of range', async () => {
    const { running } = await start('eval.spbe.go.id', '/penilaian-mandiri/indikator/5');
    const root = chip().shadowRoot!;
    const submit = async (text: string) => {
      root.querySelector<HTMLInputElement>('input[name=v]')!.value = text;
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await flush();
    };
    expect(root.textContent).toContain('Skor SDI (0–100)');
    await submit('250');
    expect(root.querySelector('[role=alert]')!.textContent).toBe('Masukkan skor dalam rentang indeks itu.');
    await submit('68,75');
    expect(chip().getAttribute('data-value')).toBe('3.75'); // the module's own example: SDI 68,75 = 3,75
    expect(root.textContent).toContain('estimasi dari skor indeks nasional');
    await until(async () => (await loadScope(running.status().scope!)).entries['5']?.external?.score === 68.75, 'the stored score');
    expect((await loadScope(running.status().scope!)).entries['5']!.external).toMatchObject({ source: 'SDI', score: 68.75, date: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) });
  });

  it('keeps I5\'s typed score when the page is read again, and does not say the portal saved it', async () => {
    const first = await start('eval.spbe.go.id', '/penilaian-mandiri/indikator/5');
    const root = chip().shadowRoot!;
    root.querySelector<HTMLInputElement>('input[name=v]')!.value = '68,75';
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await until(() => chip().getAttribute('data-value') === '3.75', 'the score saved');
    expect(root.textContent).not.toContain('Portal menyimpan');
    const scope = first.running.status().scope!;
    ctl.abort();
    ctl = new AbortController();
    // The same page opened again (a reload, or back from another indicator): the portal still shows no score.
    await start('eval.spbe.go.id', '/penilaian-mandiri/indikator/5', undefined, 2);
    await until(async () => (await loadScope(scope)).entries['5'] && chip().getAttribute('data-value') === '3.75', 'the score kept');
    expect((await loadScope(scope)).entries['5']!.external).toMatchObject({ source: 'SDI', score: 68.75 });
    expect(chip().shadowRoot!.textContent).not.toContain('Portal menyimpan');
  });

  it('takes I6\'s value as the portal shows it (no conversion is established for SJIG)', async () => {
    await start('eval.spbe.go.id', '/penilaian-mandiri/indikator/6');
    const root = chip().shadowRoot!;
    expect(root.textContent).toContain('Nilai yang ditampilkan portal (1,00–5,00)');
    root.querySelector<HTMLInputElement>('input[name=v]')!.value = '3,25';
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    // The background reads and saves what was typed; the tab redraws from its answer.
    await until(() => chip().getAttribute('data-value') === '3.25', 'the value saved');
  });
});

describe('never a value from nothing (issue 18)', () => {
  // Indicator 4's page with every item row gone: the level headings stay, no item can be read.
  const noItems = (html: string) => html.replace(/<tr>\s*<td[^>]*>\d+<\/td>\s*<td[^>]*>[A-Z]{2}_\d\d_\d\d<\/td>[\s\S]*?<\/tr>/g, '');

  it('a Pemdi page read short says "n dari m butir terbaca", shows no value, saves nothing and leaves it out of the index', async () => {
    const { running } = await start('eval.spbe.go.id', '/penilaian-mandiri/indikator/4', noItems);
    expect(running.state()!.current!.read).toEqual({ complete: false, what: 'items', read: 0, expected: 11 });
    expect(chip().getAttribute('data-read')).toBe('0/11');
    expect(chip().getAttribute('data-value')).toBe('');
    expect(chip().shadowRoot!.textContent).toContain('0 dari 11 butir terbaca');
    expect(chip().shadowRoot!.textContent).not.toContain('1,00');
    expect(panel().getAttribute('data-filled')).toBe('0');
    expect(panel().shadowRoot!.textContent).toContain('Indikator 4 tidak dihitung');
    expect(running.status().unread).toEqual({ complete: false, what: 'items', read: 0, expected: 11 });
    await flush();
    expect((await loadScope(running.status().scope!)).entries['4']).toBeUndefined();
  });

  it('a Tauval criteria table whose radios cannot be read shows no value', async () => {
    const noRadios = (html: string) => html.replace(/<input[^>]*type="radio"[^>]*>/g, '');
    await start('tauval.spbe.go.id', '/penilaian-mandiri/indikator/12', noRadios);
    expect(chip().getAttribute('data-value')).toBe('');
    expect(chip().shadowRoot!.textContent).toContain('Pilihan Capaian tidak terbaca');
    expect(panel().getAttribute('data-filled')).toBe('0');
  });
});

describe('beside the indicator pages', () => {
  it('the Tauval indicator list files every level it shows, so the panel counts them all', async () => {
    const { running } = await start('tauval.spbe.go.id', '/penilaian-mandiri');
    expect(running.status()).toMatchObject({ recognised: true, kind: 'tauval-indicator-list' });
    const page = running.state()!.page;
    if (page.kind !== 'tauval-indicator-list') throw new Error('list');
    const shown = page.rows.filter((r) => r.level !== null).length;
    expect(shown).toBe(45); // "45 dari 47 indikator telah diisi"
    await until(() => panel().getAttribute('data-filled') === String(shown), 'the list filed');
    expect((await loadScope(running.status().scope!)).entries['1']).toEqual({ level: 3 });
  });

  it('the Pemdi indicator list says it shows counts, not values', async () => {
    await start('eval.spbe.go.id', '/penilaian-mandiri');
    expect(panel().shadowRoot!.textContent).toContain('jumlah butir, bukan nilai');
  });

  it('an assessor view is read (the level of each stage, for the popup and the side panel), files nothing and draws nothing', async () => {
    const { running } = await start('tauval.spbe.go.id', '/penilaian-dokumen/instansi/9901/indikator/1');
    expect(running.status()).toMatchObject({ recognised: true, kind: 'tauval-assessor', indicator: 1, assessor: { em: 3, de: null, int: null, capaian: 2 } });
    expect(running.status().scope).toBeUndefined();
    expect(document.querySelector('spbe-lens-panel, spbe-lens-indicator')).toBeNull();
    expect(await bg.host.tabs.openScopes()).toEqual([]);
  });
});

describe('where the page is not recognised', () => {
  it('says so once at the top of the page, dismissible, and the dismissal holds for pages of that kind', async () => {
    load('tauval.spbe.go.id', '');
    const running = runContent(ctl.signal, bg.linkFor(1));
    await flush();
    expect(running.status().recognised).toBe(false);
    expect(running.status().reason!.code).toBe('notListEither');
    expect(document.querySelector('spbe-lens-panel')).toBeNull();
    expect(document.querySelector('spbe-lens-notice')).toBeNull(); // the portal may still be filling the page
    await new Promise((r) => setTimeout(r, 1600));
    await until(() => document.querySelector('spbe-lens-notice'), 'the notice');
    const notice = document.querySelector('spbe-lens-notice')!;
    expect(document.body.firstElementChild).toBe(notice);
    expect(notice.shadowRoot!.textContent).toContain('Buka Penilaian Mandiri');
    notice.shadowRoot!.querySelector('button')!.click();
    expect(document.querySelector('spbe-lens-notice')).toBeNull();
    await until(async () => (await loadSettings()).dismissed.length === 1, 'the dismissal');
    ctl.abort(); ctl = new AbortController();
    load('tauval.spbe.go.id', '');
    runContent(ctl.signal, bg.linkFor(1));
    await new Promise((r) => setTimeout(r, 1700));
    expect(document.querySelector('spbe-lens-notice')).toBeNull();
  });
});

describe('safety', () => {
  it('renders hostile file names and agency names as text', async () => {
    const hostile = '&lt;img src=x onerror=alert(1)&gt;';
    await start('tauval.spbe.go.id', '/penilaian-mandiri/indikator/12', (html) => html
      .replace(/12\.b\.Matriks-Muatan-Peta-Rencana\.xlsx/g, `${hostile}.xlsx`)
      .replace(/Pemerintah Kota Contoh/g, hostile));
    await until(() => document.querySelector('spbe-lens-checks')!.shadowRoot!.textContent!.includes('<img'), 'checks');
    for (const host of document.querySelectorAll('spbe-lens-panel, spbe-lens-indicator, spbe-lens-checks')) {
      expect(host.shadowRoot!.querySelector('img')).toBeNull();
    }
  });
});
