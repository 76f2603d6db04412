// Overlay latency in real Chromium with the shipped build, on the portal
// replicas under their real host names (the e2e harness of test/e2e, reused
// as is). Run by bench/overlay-latency.mjs through bench/vitest.bench.config.ts;
// writes raw samples to bench/out/results/overlay-raw.json.
//
// What is measured, all in the page's main world:
// - change → panel updated: a level radio clicked (Tauval indicator 12) or a
//   keystroke in an item note (Pemdi indicator 4); from just before the click /
//   input event until a main-world MutationObserver sees the running strip's
//   data-index rewritten. The tab reads the page in its listener, recomputes
//   the index and redraws in the same task (extension/content/live-state.ts);
//   the background is only told (the unsaved choice) and asked (the checks).
// - computations per change: the tab's spbe-lens:compute marks during the
//   change (the background computes no index; the storage echo of a tab's
//   own write reaches only the other tabs). Version one computed three times.
// - dispatch: until the click / input dispatch returns (the whole listener).
// - change → next frame: until the first animation frame after the update has
//   run (requestAnimationFrame, then a message-channel task).
// - change → side panel updated: the side panel page (sidepanel.html, opened
//   in a tab beside the portal tab, as the browser's side panel is another
//   page) redraws from the unsaved choice the tab sent through the background
//   and session storage; timed with performance.timeOrigin + now() in both
//   pages, so across them. Reported, not a goal: the page itself answers in
//   the same task.
// - page load → overlay shown: the first spbe-lens:panel-rendered mark against
//   the navigation timing of the same page.
// - where a change's time goes: the tab's code built into a probe
//   (bench/lib/page-probe-entry.mjs) and timed in a loop in the page's main
//   world: read (recognise + toEntry) and update (LiveState.setPage: compute
//   and draw every feature).
// Before measuring, the extension's storage is filled with the rest of the
// example assessment (all 47 / 20 indicators), as after a day of work: the
// tab then scores the whole assessment on every change, not one indicator.
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
/** Changes again with the side panel page open beside the tab. */
const SIDE_CHANGES = Math.ceil(CHANGES / 2);
const BATCH = 25;

const PAGES = [
  { name: 'tauval', url: 'https://tauval.spbe.go.id/penilaian-mandiri/indikator/12', example: 'examples/kota-contoh-spbe-2025.json', indicator: 12, action: 'level' },
  { name: 'eval', url: 'https://eval.spbe.go.id/penilaian-mandiri/indikator/4', example: 'examples/kota-contoh-pemdi-2026.json', indicator: 4, action: 'note' },
] as const;

type StorageArea = { get(k: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** In the extension page: the scope the portal tab just filed its page under (one storage item per scope). */
function findScope(arg: { framework: string }) {
  const area = (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome.storage.local;
  return area.get(null).then((all) => {
    for (const [key, rec] of Object.entries(all)) {
      const r = rec as { scope?: { framework?: string } };
      if (key.startsWith('spbe-lens:scope:') && r?.scope?.framework === arg.framework) return r.scope;
    }
    return null;
  });
}

/** In the extension page: store readings through the background, as the Options page's import does (the background is the only writer). */
function storeReadings(arg: { scope: unknown; readings: unknown[] }) {
  const rt = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ v?: { ok: boolean } }> } } }).chrome.runtime;
  return rt.sendMessage({ type: 'spbe-lens:store', op: 'saveReadings', args: [arg.scope, arg.readings] }).then((a) => !!a?.v?.ok);
}

/** Fill storage with every other indicator of the example, older than the page's own reading. */
async function seed(browser: LaunchedBrowser, ext: E2EPage, p: (typeof PAGES)[number]): Promise<number> {
  const doc = JSON.parse(readFileSync(join(ROOT, p.example), 'utf8')) as { framework: string; indicators: Record<string, unknown> };
  const page = await browser.openPortal(p.url);
  await page.waitForPanel();
  let scope: unknown = null;
  for (let i = 0; i < 50 && !scope; i++) { // the page's reading is filed a few ms after the first draw
    await sleep(100);
    scope = await ext.evaluate(findScope, { framework: doc.framework });
  }
  if (!scope) throw new Error(`bench: the ${p.name} page's reading was never filed`);
  const readings = Object.entries(doc.indicators).filter(([n]) => Number(n) !== p.indicator)
    .map(([n, entry]) => ({ indicator: Number(n), entry, at: 1, source: 'import' }));
  if (!await ext.evaluate(storeReadings, { scope, readings })) throw new Error('bench: the background refused the seed');
  await page.close();
  return readings.length + 1;
}

interface ChangeSample { syncMs: number; observedMs: number; frameMs: number; rewritten: boolean; changed: boolean; handlerMs: number[]; computations: number; at: number }

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
    const k0 = marks('spbe-lens:compute').length;
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
    // The strip is rewritten in the same task; wait for it (or 2 s), then for the next frame.
    await Promise.race([rewritten, new Promise((r) => setTimeout(r, 2000))]);
    const tf = await nextFrame();
    mo.disconnect();
    const computations = marks('spbe-lens:compute').length - k0;
    const changeMarks = marks('spbe-lens:change').slice(c0);
    const rendered = marks('spbe-lens:panel-rendered').slice(r0);
    const handlerMs = changeMarks.map((m) => (rendered.find((r) => r.startTime >= m.startTime)?.startTime ?? NaN) - m.startTime);
    out.push({ syncMs: t1 - t0, observedMs: observed - t0, frameMs: tf - t0, rewritten: !Number.isNaN(observed), changed: host.getAttribute('data-index') !== before, handlerMs, computations, at: performance.timeOrigin + t0 });
    await new Promise((r) => setTimeout(r, arg.gap[0] + rnd() * (arg.gap[1] - arg.gap[0])));
  }
  return out;
}

/**
 * In the side panel page: the epoch time of every redraw of its summary's
 * index (a MutationObserver on .summary), collected until `stop` is called.
 * Self-contained.
 */
function watchSidePanel(): void {
  const w = globalThis as unknown as { __redraws: number[]; __stop: () => void };
  w.__redraws = [];
  const mo = new MutationObserver(() => w.__redraws.push(performance.timeOrigin + performance.now()));
  mo.observe(document.querySelector('main')!, { subtree: true, childList: true, characterData: true });
  w.__stop = () => mo.disconnect();
}

function sidePanelRedraws(): { redraws: number[]; computations: number } {
  const w = globalThis as unknown as { __redraws: number[]; __stop: () => void };
  w.__stop();
  return { redraws: w.__redraws, computations: performance.getEntriesByName('spbe-lens:compute', 'mark').length };
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

interface Components { readMs: number[]; updateMs: number[]; computations: number[] }

/**
 * In-page: time the parts of one change in the tab, `n` times after a
 * warm-up: read (recognise + toEntry) after the page was changed as a user
 * would change it, then LiveState.setPage as the user's change (recompute
 * the index with the unsaved choice and redraw every feature mounted), with the
 * storage the bench seeded as the saved view and a link that answers like the
 * background without a round trip (the background's own work, the checks,
 * is asynchronous and not part of the update). Self-contained.
 */
function components(arg: { src: string; doc: { framework: string; year: number; agency: { name: string }; indicators: Record<string, unknown> }; n: number }): Components {
  // A <script> element, not eval: the probe runs like any page script (the content
  // script sees one foreign DOM change and re-reads once, before the timing starts).
  const el = document.createElement('script');
  el.textContent = arg.src;
  document.head.append(el);
  el.remove();
  type Page = { indicator: number };
  type State = { setPage(p: Page, cause: string): void; computations: number };
  type Probe = {
    recognise(d: Document, u: URL): { ok: boolean; page: Page };
    LiveState: new (page: Page, opened: unknown, link: unknown) => State;
    features: { id: string; include(p: Page): boolean; init(o: { state: State; signal: AbortSignal }): void }[];
    overlayMessages: unknown; frameworks: Record<string, unknown>;
  };
  const P = (globalThis as unknown as { __spbeProbe: Probe }).__spbeProbe;
  const url = new URL(location.href);
  const first = P.recognise(document, url).page;
  const scope = { framework: arg.doc.framework, year: arg.doc.year, agency: arg.doc.agency };
  const at = Object.fromEntries(Object.keys(arg.doc.indicators).map((n) => [n, 1]));
  const opened = {
    scope, framework: P.frameworks[arg.doc.framework], text: P.overlayMessages, settings: { locale: 'id', panelOpen: true, dismissed: [] },
    saved: { entries: arg.doc.indicators, at, corrupt: 0 }, drafts: {}, last: null,
  };
  const link = { request: () => new Promise(() => undefined), onPush() {} }; // the background's answers never arrive: the update alone
  const state = new P.LiveState(first, opened, link);
  const stop = new AbortController();
  for (const f of P.features) if (f.include(first)) f.init({ state, signal: stop.signal });
  const out: Components = { readMs: [], updateMs: [], computations: [] };
  // A change as the user makes it, done outside the timing without an event (the real content script does not see it):
  // another Capaian level checked, or one more character in the first item note.
  const radios = Array.from(document.querySelectorAll<HTMLInputElement>('input[type=radio][name=capaian]')).filter((r) => !r.disabled);
  const note = document.querySelector<HTMLTextAreaElement>('table textarea:not([readonly]):not([disabled])');
  const change = (i: number) => {
    if (radios.length) radios[(i + 20) % radios.length]!.checked = true;
    else if (note) note.value += 'x';
  };
  for (let i = -10; i < arg.n; i++) {
    change(i);
    const t0 = performance.now();
    const page = P.recognise(document, url).page;
    const t1 = performance.now();
    const k = state.computations;
    state.setPage(page, 'change');
    const t2 = performance.now();
    if (i >= 0) { out.readMs.push(t1 - t0); out.updateMs.push(t2 - t1); out.computations.push(state.computations - k); }
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
      const gap: [number, number] = p.action === 'level' ? [150, 650] : [60, 250]; // a person picking levels; a person typing
      const run = async (n: number, seed: number) => {
        const out: ChangeSample[] = [];
        for (let done = 0; done < n; done += BATCH) out.push(...await page.evaluate(changes, { n: Math.min(BATCH, n - done), action: p.action, seed: seed + done, gap }));
        return out;
      };
      const samples = await run(CHANGES, 1000);
      // The same with the side panel page open beside the tab: it redraws from what the tab told the background.
      const side = await browser.openExtensionPageOver(page, 'sidepanel.html');
      await side.waitFor(() => !!document.querySelector('.summary .index'), null, 10_000);
      await side.evaluate(watchSidePanel, null);
      const withSidePanel = await run(SIDE_CHANGES, 5000);
      await sleep(500); // the last redraw
      const sidePanel = await side.evaluate(sidePanelRedraws, null);
      await side.close();
      const doc = JSON.parse(readFileSync(join(ROOT, p.example), 'utf8'));
      const parts = await page.evaluate(components, { src: probe, doc, n: 100 });
      await page.close();
      raw[p.name] = { url: p.url, action: p.action, seededIndicators: seeded, loads, samples, withSidePanel, sidePanel, components: parts };
    }
    await ext.close();
  } finally {
    await browser.close();
    await server.close();
  }
  mkdirSync(join(ROOT, 'bench/out/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/out/results/overlay-raw.json'), `${JSON.stringify(raw)}\n`);
});
