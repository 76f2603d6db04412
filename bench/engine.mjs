#!/usr/bin/env node
// Engine speed: what-if (nextSteps: the first step of every indicator and what
// it adds) and cheapest path (gapToNextPredicate: the fewest steps to the next
// predicate, a knapsack over every indicator's step chain) per second, for
// both frameworks, on realistic inputs. scoreReport (score + both, what the
// overlay recomputes on every change) is shown for scale.
//
//   node bench/engine.mjs [--samples 7] [--ms 300]
//
// Node 20 cannot import core/*.ts and dist/spbe.cjs exports nothing, so this
// first builds bench/out/engine/engine.mjs from bench/lib/engine-entry.mjs
// with vite (no minify; same transform as the CLI build).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { OUT, ROOT, fmt, loadavg, median, saveResult } from './lib/common.mjs';

const { values } = parseArgs({ options: { samples: { type: 'string', default: '7' }, ms: { type: 'string', default: '300' } } });
const SAMPLES = Number(values.samples);
const SAMPLE_MS = Number(values.ms);

const outDir = join(OUT, 'engine');
await build({
  configFile: false, logLevel: 'warn', root: ROOT,
  build: {
    ssr: join(ROOT, 'bench/lib/engine-entry.mjs'), outDir, emptyOutDir: true, target: 'node20', minify: false,
    rollupOptions: { output: { entryFileNames: 'engine.mjs' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
const { getFramework, nextSteps, gapToNextPredicate, scoreReport } = await import(pathToFileURL(join(outDir, 'engine.mjs')).href);

const example = (f) => JSON.parse(readFileSync(join(ROOT, 'examples', f), 'utf8'));
/** The first half of the indicators, by number: a team halfway through filling in. */
const half = (a) => ({ ...a, indicators: Object.fromEntries(Object.entries(a.indicators).filter(([k]) => Number(k) <= Math.ceil(Object.keys(getFramework(a.framework).indicators).length / 2))) });
const empty = (a) => ({ ...a, indicators: {} });
/** Up to 50 valid corpus files of the framework, cycled: many different agencies, not one hot input. */
function corpus(framework) {
  const dir = join(OUT, 'corpus');
  if (!existsSync(dir)) return null;
  const docs = readdirSync(dir).filter((f) => f.includes(framework)).sort().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')))
    .filter((d) => Object.values(d.indicators).every((e) => !e.level || e.level <= 5) && Object.keys(d.indicators).every((k) => getFramework(framework).indicators.some((i) => String(i.number) === k)));
  return docs.slice(0, 50);
}

/** ops/s: run fn over the inputs (cycled) for SAMPLE_MS, SAMPLES times after a warm-up; the median. */
function opsPerSec(fn, inputs) {
  let sink = 0;
  const run = (ms) => {
    let n = 0;
    const t0 = performance.now();
    let t = t0;
    while (t - t0 < ms) {
      for (let i = 0; i < 10; i++) sink += fn(inputs[n++ % inputs.length]) ? 1 : 0;
      t = performance.now();
    }
    return (n / (t - t0)) * 1000;
  };
  run(SAMPLE_MS); // warm-up: let the JIT settle
  const xs = Array.from({ length: SAMPLES }, () => run(SAMPLE_MS));
  if (sink < 0) console.log(sink); // keep the results alive
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}

const load = { before: loadavg() };
const rows = [];
for (const [framework, file] of [['spbe-2020', 'kota-contoh-spbe-2025.json'], ['pemdi-2026', 'kota-contoh-pemdi-2026.json']]) {
  const fw = getFramework(framework);
  const ex = example(file);
  const inputs = { example: [ex], 'half-filled': [half(ex)], empty: [empty(ex)] };
  const c = corpus(framework);
  if (c?.length) inputs[`corpus (${c.length} agencies)`] = c;
  for (const [name, list] of Object.entries(inputs)) {
    const gap = gapToNextPredicate(fw, list[0]);
    const row = {
      framework, input: name,
      filled: Object.keys(list[0].indicators).length,
      pathSteps: gap.path?.length ?? null,
      whatIf: opsPerSec((a) => nextSteps(fw, a).length, list),
      cheapestPath: opsPerSec((a) => gapToNextPredicate(fw, a).path, list),
      scoreReport: opsPerSec((a) => scoreReport(a).score, list),
    };
    rows.push(row);
    console.log(`${framework.padEnd(10)} ${name.padEnd(22)} what-if ${fmt(row.whatIf.median, 0).padStart(7)}/s  cheapest path ${fmt(row.cheapestPath.median, 0).padStart(7)}/s  scoreReport ${fmt(row.scoreReport.median, 0).padStart(7)}/s  (path ${row.pathSteps ?? '–'} steps)`);
  }
}
load.after = loadavg();
saveResult('engine', { at: new Date().toISOString(), samples: SAMPLES, sampleMs: SAMPLE_MS, rows, load });
