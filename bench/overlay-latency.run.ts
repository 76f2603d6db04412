// Overlay latency in real Chromium with the shipped build, on the portal
// replicas under their real host names (the e2e harness of test/e2e, reused
// as is). Run by bench/overlay-latency.mjs through bench/vitest.bench.config.ts;
// writes raw samples to bench/out/results/overlay-raw.json.
//
// What is measured, all in the page's main world:
// - change → panel updated: a level radio clicked (Tauval indicator 12) or a
//   keystroke in an item note (Pemdi indicator 4); from just before the click /
//   input event until a main-world MutationObserver sees the panel's
//   data-index rewritten. The content script reads the page in its listener,
//   recomputes the index with the framework its session sent and redraws in
//   the same task; the reading also goes over the port to the background,
//   whose view (the same index, checks, last year) is drawn when it arrives
//   (extension/live/). The observer's callback runs at the end of the task
//   that drew.
// - dispatch: until the click / input dispatch returns (the content script's
//   listener: read the page, post the reading, recompute and redraw).
// - change → next frame: until the first animation frame after the update has
//   run (requestAnimationFrame, then a message-channel task): when the change
//   can first be on screen.
// (Not measured: the first change after Chrome stopped the service worker.
//  The content script then answers the index itself and the view follows the
//  worker's start; CDP Target.closeTarget, which the e2e test uses to stop the
//  worker, did not stop it reliably while an extension page was open here.)
// - page load → overlay shown: the first spbe-lens:panel-rendered mark against
//   the navigation timing of the same page (navigation start, DOMContentLoaded,
//   load event).
// - where a change's time goes: the code on both sides of the port built into
//   a probe (bench/lib/page-probe-entry.mjs) and timed in a loop in the page's
//   main world on the same page: read (recognise + toEntry), the background's
//   view (merge, scoreReport, the indicator's rules, comparison) and its wire
//   encoding, the decoding, and LiveState.setView with the features mounted
//   (every feature's draw, the panel open).
// Changes are measured with the panel as it starts (collapsed to one line with
// the index), then again with it opened (aspect bars, gap and steps drawn).
// Before measuring, the extension's storage is filled with the rest of the
// example assessment (all 47 / 20 indicators), as after a day of work: the
// panel then scores the whole assessment on every change, not one indicator.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { it } from 'vitest';
import { slimFrameworks } from '../build/slim-frameworks-plugin.mjs';
import { validators } from '../build/validators-plugin.mjs';
import { launchChromium } from '../test/e2e/harness/chromium.ts';
import type { E2EPage, LaunchedBrowser } from '../test/e2e/harness/page.ts';
import { startPortalServer } from '../test/e2e/harness/serve.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CHANGES = Number(process.env.BENCH_CHANGES ?? 200);
const LOADS = Number(process.env.BENCH_LOADS ?? 20);
/** Changes again with the panel opened (it starts collapsed): the heavier draw. */
const OPEN_CHANGES = Math.ceil(CHANGES / 2);
const BATCH = 25;

const PAGES = [
  { name: 'tauval', url: 'https://tauval.spbe.go.id/penilaian-mandiri/indikator/12', example: 'examples/kota-contoh-spbe-2025.json', indicator: 12, action: 'level' },
  { name: 'eval', url: 'https://eval.spbe.go.id/penilaian-mandiri/indikator/4', example: 'examples/kota-contoh-pemdi-2026.json', indicator: 4, action: 'note' },
] as const;

type StorageArea = { get(k: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** In the extension page: the storage key and record of the indicator the portal tab just remembered. */
function findRecord(arg: { indicator: number; framework: string }) {
  const area = (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome.storage.local;
  return area.get(null).then((all) => {
    for (const [key, rec] of Object.entries(all)) {
      const r = rec as { indicator?: number; scope?: { framework?: string } };
      if (r?.indicator === arg.indicator && r.scope?.framework === arg.framework) return { key, scope: r.scope };
    }
    return null;
  });
}

function writeRecords(items: Record<string, unknown>) {
  return (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome.storage.local.set(items);
}

/** Fill storage with every other indicator of the example, older than the page's own reading. */
async function seed(browser: LaunchedBrowser, ext: E2EPage, p: (typeof PAGES)[number]): Promise<number> {
  const doc = JSON.parse(readFileSync(join(ROOT, p.example), 'utf8')) as { framework: string; indicators: Record<string, unknown> };
  const page = await browser.openPortal(p.url);
  await page.waitForPanel();
  let found: { key: string; scope: unknown } | null = null;
  for (let i = 0; i < 50 && !found; i++) { // remember-indicator saves ~400 ms after the first draw
    await sleep(100);
    found = await ext.evaluate(findRecord, { indicator: p.indicator, framework: doc.framework });
  }
  if (!found) throw new Error(`bench: the ${p.name} page's indicator was never stored`);
  const prefix = found.key.slice(0, found.key.lastIndexOf(':') + 1);
  const items: Record<string, unknown> = {};
  for (const [n, entry] of Object.entries(doc.indicators)) {
    if (Number(n) === p.indicator) continue;
    items[`${prefix}${n}`] = { v: 1, scope: found.scope, indicator: Number(n), entry, updatedAt: 1, source: 'import' };
  }
  await ext.evaluate(writeRecords, items);
  await page.close();
  return Object.keys(items).length + 1;
}

interface ChangeSample { syncMs: number; observedMs: number; frameMs: number; rewritten: boolean; changed: boolean; handlerMs: number[] }

/**
 * In-page: `n` user changes, each in its own task with a human pause between.
 * level: click a level radio other than the checked one. note: type one
 * character into the first editable item note (an `input` event, as a keystroke
 * makes). Self-contained: serialised into the page.
 */
async function changes(arg: { n: number; action: 'level' | 'note'; seed: number; gap: [number, number] }): Promise<ChangeSample[]> {
  let s = arg.seed;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
  const host = document.querySelector('spbe-lens-panel')!;
  const radios = Array.from(document.querySelectorAll<HTMLInputElement>('input[type=radio]')).filter((r) => !r.disabled && r.name === 'capaian');
  const note = document.querySelector<HTMLTextAreaElement>('table textarea:not([readonly]):not([disabled])');
  const nextFrame = () => new Promise<number>((ok) => {
    const timer = setTimeout(() => ok(NaN), 500); // no frames (hidden tab): say so rather than wait
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { clearTimeout(timer); ok(performance.now()); };
      ch.port2.postMessage(0);
    });
  });
  const marks = (name: string) => performance.getEntriesByName(name, 'mark');
  const out: ChangeSample[] = [];
  for (let i = 0; i < arg.n; i++) {
    const before = host.getAttribute('data-index');
    let observed = NaN;
    let updated!: () => void;
    const rewritten = new Promise<void>((r) => { updated = r; });
    const mo = new MutationObserver(() => { if (Number.isNaN(observed)) { observed = performance.now(); updated(); } });
    mo.observe(host, { attributes: true, attributeFilter: ['data-index'] });
    const c0 = marks('spbe-lens:change').length;
    const r0 = marks('spbe-lens:panel-rendered').length;
    let t0: number;
    if (arg.action === 'level') {
      const options = radios.filter((r) => !r.checked);
      const target = options[Math.floor(rnd() * options.length)]!;
      t0 = performance.now();
      target.click(); // click → input → change, as the user's click does
    } else {
      const ch = 'abcdefghijklmnopqrstuvwxyz ,.'[Math.floor(rnd() * 29)]!;
      t0 = performance.now();
      note!.value += ch;
      note!.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: ch }));
    }
    const t1 = performance.now();
    // The view comes back over the port: wait for the panel's rewrite (or 2 s), then for the next frame.
    await Promise.race([rewritten, new Promise((r) => setTimeout(r, 2000))]);
    const tf = await nextFrame();
    mo.disconnect();
    const changeMarks = marks('spbe-lens:change').slice(c0);
    const rendered = marks('spbe-lens:panel-rendered').slice(r0);
    const handlerMs = changeMarks.map((m) => (rendered.find((r) => r.startTime >= m.startTime)?.startTime ?? NaN) - m.startTime);
    out.push({ syncMs: t1 - t0, observedMs: observed - t0, frameMs: tf - t0, rewritten: !Number.isNaN(observed), changed: host.getAttribute('data-index') !== before, handlerMs });
    await new Promise((r) => setTimeout(r, arg.gap[0] + rnd() * (arg.gap[1] - arg.gap[0])));
  }
  return out;
}

/** In-page: click the panel's open/close button; returns aria-expanded once Preact has redrawn. */
async function togglePanel(): Promise<string | null> {
  const find = () => document.querySelector('spbe-lens-panel')?.shadowRoot?.querySelector('button[aria-expanded]') ?? null;
  (find() as HTMLButtonElement | null)?.click();
  await new Promise((r) => setTimeout(r, 100)); // Preact applies state changes asynchronously
  return find()?.getAttribute('aria-expanded') ?? null;
}

/** In-page: this page's load timing and the first time the panel was drawn. */
function loadTiming() {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const first = performance.getEntriesByName('spbe-lens:panel-rendered', 'mark')[0];
  return {
    responseEnd: nav.responseEnd, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
    shown: first ? first.startTime : NaN,
    filled: Number(document.querySelector('spbe-lens-panel')?.getAttribute('data-filled') ?? NaN),
  };
}

/** The probe as one IIFE script defining globalThis.__spbeProbe, minified and slimmed like the content script. */
async function buildProbe(): Promise<string> {
  const outDir = join(ROOT, 'bench/out/page-probe');
  await build({
    configFile: false, logLevel: 'warn', root: ROOT, plugins: [slimFrameworks(), validators(ROOT, ['validateAssessment'])],
    build: { outDir, emptyOutDir: true, minify: true, lib: { entry: join(ROOT, 'bench/lib/page-probe-entry.mjs'), formats: ['iife'], name: '__spbeProbe', fileName: () => 'probe.js' } },
  });
  return readFileSync(join(outDir, 'probe.js'), 'utf8');
}

interface Components { readMs: number[]; viewMs: number[]; encodeMs: number[]; decodeMs: number[]; drawMs: number[] }

/**
 * In-page: time the parts of one change, `n` times after a warm-up: read
 * (recognise + toEntry) in the content script; in the background, viewOf
 * (merge with the remembered indicators, scoreReport, the indicator's rules,
 * comparison) and its wire encoding; in the content script again, decoding and
 * LiveState.setView with the overlay features mounted (every feature's draw).
 * The storage feature is left out (the main world has no extension storage),
 * and so is the port's own transfer, which only the sequence above includes.
 * Self-contained.
 */
function components(arg: { src: string; doc: { framework: string; year: number; agency: { name: string }; indicators: Record<string, unknown> }; n: number }): Components {
  // A <script> element, not eval: the probe runs like any page script (the content
  // script sees one foreign DOM change and re-reads once, before the timing starts).
  const el = document.createElement('script');
  el.textContent = arg.src;
  document.head.append(el);
  el.remove();
  type Page = { indicator: number };
  type View = { report: { assessment: unknown } };
  type State = { setView(v: View): void };
  type Message = { t: 'view'; text: string; assessment: unknown; frameworks: unknown[] };
  type Probe = {
    recognise(d: Document, u: URL): { ok: boolean; page: Page }; toEntry(p: Page): unknown;
    viewOf(stored: unknown, current: unknown, last: null): View; encodeWire(v: unknown): { text: string; frameworks: unknown[] }; viewDecoder(): (m: Message) => View;
    LiveState: new (o: unknown, link: { send(m: unknown): void }) => State; features: { id: string; include(p: Page): boolean; init(o: { state: State; signal: AbortSignal }): void }[];
  };
  const P = (globalThis as unknown as { __spbeProbe: Probe }).__spbeProbe;
  const url = new URL(location.href);
  const first = P.recognise(document, url).page;
  const scope = { framework: arg.doc.framework, year: arg.doc.year, agency: arg.doc.agency };
  const stored = { scope, entries: arg.doc.indicators, updatedAt: {}, corrupt: [] };
  // As the background sends it: the view without its assessment, encoded; frameworks beside it.
  const message = (view: View, sendFrameworks: boolean): Message => {
    const { assessment, ...report } = view.report;
    const { text, frameworks } = P.encodeWire({ ...view, report });
    return { t: 'view', text, assessment, frameworks: sendFrameworks ? frameworks : [] };
  };
  const decode = P.viewDecoder();
  const current0 = { indicator: first.indicator, entry: P.toEntry(first) };
  const state = new P.LiveState({ page: first, scope, current: current0, view: decode(message(P.viewOf(stored, current0, null), true)), locale: 'id' }, { send() {} });
  const stop = new AbortController();
  (state as unknown as { panelOpen: boolean }).panelOpen = true; // draw the open panel: the heavier case
  for (const f of P.features) if (f.id !== 'remember-indicator' && f.include(first)) f.init({ state, signal: stop.signal });
  const out: Components = { readMs: [], viewMs: [], encodeMs: [], decodeMs: [], drawMs: [] };
  for (let i = -10; i < arg.n; i++) {
    const t0 = performance.now();
    const page = P.recognise(document, url).page;
    const current = { indicator: page.indicator, entry: P.toEntry(page) };
    const t1 = performance.now();
    const view = P.viewOf(stored, current, null);
    const t2 = performance.now();
    const m = message(view, false);
    const t3 = performance.now();
    const back = decode(m);
    const t4 = performance.now();
    state.setView(back);
    const t5 = performance.now();
    if (i >= 0) { out.readMs.push(t1 - t0); out.viewMs.push(t2 - t1); out.encodeMs.push(t3 - t2); out.decodeMs.push(t4 - t3); out.drawMs.push(t5 - t4); }
  }
  stop.abort(); // removes the probe's hosts
  return out;
}

it('overlay latency in Chromium', async () => {
  const probe = await buildProbe();
  const server = await startPortalServer();
  const browser = await launchChromium(server);
  const raw: Record<string, unknown> = { changes: CHANGES, loads: LOADS };
  try {
    const ext = await browser.openExtensionPage('popup.html');
    for (const p of PAGES) {
      const seeded = await seed(browser, ext, p);
      // Page load → overlay shown, fresh tab each time (storage already holds the assessment).
      const loads = [];
      for (let i = 0; i < LOADS; i++) {
        const page = await browser.openPortal(p.url);
        await page.waitForPanel();
        await sleep(200);
        loads.push(await page.evaluate(loadTiming, null));
        await page.close();
      }
      // Changes: one tab, the only one in front, changes in batches of BATCH.
      const page = await browser.openPortal(p.url);
      await page.waitForPanel();
      await sleep(1500); // let the first draw and the first storage round-trip settle
      const samples: ChangeSample[] = [];
      const gap: [number, number] = p.action === 'level' ? [150, 650] : [60, 250]; // a person picking levels; a person typing
      const run = async (n: number, seed: number) => {
        const out: ChangeSample[] = [];
        for (let done = 0; done < n; done += BATCH) out.push(...await page.evaluate(changes, { n: Math.min(BATCH, n - done), action: p.action, seed: seed + done, gap }));
        return out;
      };
      samples.push(...await run(CHANGES, 1000));
      // The same with the panel open, then closed again (the setting is remembered).
      if (await page.evaluate(togglePanel, null) !== 'true') throw new Error('bench: could not open the panel');
      await sleep(500);
      const samplesOpen = await run(OPEN_CHANGES, 5000);
      if (await page.evaluate(togglePanel, null) !== 'false') throw new Error('bench: could not close the panel');
      await sleep(500);
      const doc = JSON.parse(readFileSync(join(ROOT, p.example), 'utf8'));
      const parts = await page.evaluate(components, { src: probe, doc, n: 100 });
      await page.close();
      raw[p.name] = { url: p.url, action: p.action, seededIndicators: seeded, loads, samples, samplesOpen, components: parts };
    }
    await ext.close();
  } finally {
    await browser.close();
    await server.close();
  }
  mkdirSync(join(ROOT, 'bench/out/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/out/results/overlay-raw.json'), `${JSON.stringify(raw)}\n`);
});
