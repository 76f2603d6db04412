#!/usr/bin/env node
// Overlay latency in real Chromium: change → panel updated, p50/p95, and page
// load → overlay shown. The browser part is bench/overlay-latency.run.ts, run
// through vitest (bench/vitest.bench.config.ts) so it reuses the TypeScript e2e
// harness as is; this script runs it and summarises the samples.
//
//   node bench/overlay-latency.mjs [--changes 200] [--loads 20] [--build]
//
// Needs the shipped build in .output/chrome-mv3 (--build runs `wxt build`
// first) and Debian's chromium (scripts/setup-browsers.sh).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, coresBusy, fmt, loadResult, loadavg, machineBusy, percentile, saveResult } from './lib/common.mjs';

const { values } = parseArgs({ options: { changes: { type: 'string', default: '200' }, loads: { type: 'string', default: '20' }, build: { type: 'boolean', default: false } } });
if (values.build) execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (!existsSync(join(ROOT, '.output/chrome-mv3/manifest.json'))) { console.error('no .output/chrome-mv3: run `npx wxt build` (or pass --build)'); process.exit(2); }

const load = { before: loadavg() };
const busy0 = machineBusy();
const r = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '-c', 'bench/vitest.bench.config.ts'], {
  cwd: ROOT, stdio: 'inherit', env: { ...process.env, BENCH_CHANGES: values.changes, BENCH_LOADS: values.loads },
});
load.after = loadavg();
// Cores busy during the run, the browser and vitest included (their CPU time cannot be told apart here).
load.busyCores = coresBusy(busy0, machineBusy());
if (r.status !== 0) { console.error('overlay latency run failed'); process.exit(1); }
const raw = loadResult('overlay-raw');

const stats = (xs) => {
  const ok = xs.filter(Number.isFinite);
  return { n: ok.length, p50: percentile(ok, 50), p95: percentile(ok, 95), max: Math.max(...ok) };
};
const pages = {};
for (const name of ['tauval', 'eval']) {
  const p = raw[name];
  const s = p.samples;
  const o = p.samplesOpen ?? [];
  pages[name] = {
    url: p.url, action: p.action, seededIndicators: p.seededIndicators,
    // Until the panel's data-index was rewritten with the background's view.
    changeToUpdated: stats(s.map((x) => x.observedMs)),
    changeToNextFrame: stats(s.map((x) => x.frameMs)),
    dispatch: stats(s.map((x) => x.syncMs)),
    perEventHandler: stats(s.flatMap((x) => x.handlerMs)),
    eventsPerChange: s.reduce((n, x) => n + x.handlerMs.length, 0) / s.length,
    dataIndexRewritten: s.filter((x) => x.rewritten).length,
    indexChanged: s.filter((x) => x.changed).length,
    withinFrame: s.filter((x) => x.observedMs <= 16).length / s.length,
    panelOpen: o.length ? {
      changeToUpdated: stats(o.map((x) => x.observedMs)), changeToNextFrame: stats(o.map((x) => x.frameMs)), dispatch: stats(o.map((x) => x.syncMs)), perEventHandler: stats(o.flatMap((x) => x.handlerMs)),
      withinFrame: o.filter((x) => x.observedMs <= 16).length / o.length, dataIndexRewritten: o.filter((x) => x.rewritten).length,
    } : null,
    afterWorkerStopped: p.samplesCold?.length ? { changeToUpdated: stats(p.samplesCold.map((x) => x.observedMs)), dataIndexRewritten: p.samplesCold.filter((x) => x.rewritten).length, n: p.samplesCold.length } : null,
    // The same work timed apart in the page's main world (bench/lib/page-probe-entry.mjs).
    components: p.components ? {
      read: stats(p.components.readMs), view: stats(p.components.viewMs), encode: stats(p.components.encodeMs), decode: stats(p.components.decodeMs), draw: stats(p.components.drawMs),
    } : null,
    loads: {
      n: p.loads.length,
      navToShown: stats(p.loads.map((l) => l.shown)),
      dclToShown: stats(p.loads.map((l) => l.shown - l.domContentLoaded)),
      loadToShown: stats(p.loads.map((l) => l.shown - l.load)),
      filled: [...new Set(p.loads.map((l) => l.filled))],
    },
  };
}
const result = { at: new Date().toISOString(), changes: Number(values.changes), loads: Number(values.loads), pages, load };
result.goals = { p95WithinFrame: Object.values(pages).every((p) => p.changeToUpdated.p95 <= 16 && (!p.panelOpen || p.panelOpen.changeToUpdated.p95 <= 16)) };
saveResult('overlay', result);

for (const [name, p] of Object.entries(pages)) {
  console.log(`${name} (${p.action}, ${p.changeToUpdated.n} changes, ${p.seededIndicators} indicators remembered)`);
  console.log(`  change → panel updated  p50 ${fmt(p.changeToUpdated.p50)} ms  p95 ${fmt(p.changeToUpdated.p95)} ms  max ${fmt(p.changeToUpdated.max)} ms  (${fmt(100 * p.withinFrame, 0)} % within 16 ms)`);
  console.log(`  change → next frame     p50 ${fmt(p.changeToNextFrame.p50)} ms  p95 ${fmt(p.changeToNextFrame.p95)} ms`);
  if (p.panelOpen) console.log(`  panel open: change → panel updated p50 ${fmt(p.panelOpen.changeToUpdated.p50)} ms  p95 ${fmt(p.panelOpen.changeToUpdated.p95)} ms (${p.panelOpen.changeToUpdated.n} changes)`);
  console.log(`  dispatch (read + post)  p50 ${fmt(p.dispatch.p50)} ms  p95 ${fmt(p.dispatch.p95)} ms`);
  console.log(`  per handled event       p50 ${fmt(p.perEventHandler.p50)} ms  p95 ${fmt(p.perEventHandler.p95)} ms  (${fmt(p.eventsPerChange, 1)} events per change)`);
  if (p.afterWorkerStopped) console.log(`  first change after the worker was stopped  p50 ${fmt(p.afterWorkerStopped.changeToUpdated.p50)} ms  max ${fmt(p.afterWorkerStopped.changeToUpdated.max)} ms (${p.afterWorkerStopped.n} changes)`);
  if (p.components) console.log(`  parts of one change, main world (p50): read ${fmt(p.components.read.p50)} ms; background view ${fmt(p.components.view.p50)} ms + encode ${fmt(p.components.encode.p50)} ms; decode ${fmt(p.components.decode.p50)} ms; draw ${fmt(p.components.draw.p50)} ms`);
  console.log(`  load → shown            p50 ${fmt(p.loads.loadToShown.p50)} ms  p95 ${fmt(p.loads.loadToShown.p95)} ms; navigation start → shown p50 ${fmt(p.loads.navToShown.p50)} ms`);
}
console.log(`load average before ${load.before?.join(' ')}, after ${load.after?.join(' ')}; ${fmt(load.busyCores, 2)} cores busy on average (browser and bench included)`);
