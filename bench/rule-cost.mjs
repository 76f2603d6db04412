#!/usr/bin/env node
// What each evaluation rule costs on its own, in process and warm:
//
//   node bench/rule-cost.mjs [--passes 6]
//
// Builds bench/out/rule-cost/rules.cjs from bench/lib/rule-cost-entry.mjs with
// vite (Node 20 cannot import core/*.ts; the same transform and compiled
// validators as the CLI build), loads every file of both corpora once, then
// for each rule runs core's runRules with that rule alone over all the files
// `passes` times and keeps the fastest pass: the rule's own work (and its
// reports' messages) with the JIT warm, no parsing, no schema, no placing of
// findings (runRules without text gives every finding the document's start).
// A whole `spbe lint` run pays more than the sum of these (start-up, the
// cold JIT, the garbage collector, placing): lint-throughput.mjs measures
// the whole, with every rule off beside it.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { validators } from '../build/validators-plugin.mjs';
import { OUT, ROOT, fmt, loadavg, saveResult } from './lib/common.mjs';

const { values } = parseArgs({ options: { passes: { type: 'string', default: '6' } } });
const PASSES = Number(values.passes);

const outDir = join(OUT, 'rule-cost');
await build({
  configFile: false, logLevel: 'warn', root: ROOT, plugins: [validators(ROOT)],
  build: {
    ssr: join(ROOT, 'bench/lib/rule-cost-entry.mjs'), outDir, emptyOutDir: true, target: 'node20', minify: false,
    rollupOptions: { output: { format: 'cjs', entryFileNames: 'rules.cjs' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
const { createRequire } = await import('node:module');
const { rules, runRules, loadAssessmentText } = createRequire(import.meta.url)(join(outDir, 'rules.cjs'));

const corpora = [['corpus', 'bench/out/corpus'], ['findings-dense', 'bench/out/corpus-dense']].filter(([, dir]) => existsSync(join(ROOT, dir)));
if (!corpora.length) { console.error('missing bench/out/corpus: run node bench/corpus.mjs (and --dense) first'); process.exit(2); }

const load = { before: loadavg() };
const result = { passes: PASSES, corpora: {} };
for (const [name, dir] of corpora) {
  const files = readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.json')).sort();
  // Files the loader refuses (a planted schema mistake) get no rules in spbe lint either.
  const assessments = files.map((f) => loadAssessmentText(readFileSync(join(ROOT, dir, f), 'utf8'), f).assessment).filter(Boolean);
  const rows = [];
  for (const rule of rules) {
    const times = [];
    let findings = 0;
    for (let p = 0; p < PASSES; p++) {
      const t0 = performance.now();
      let n = 0;
      for (const a of assessments) n += runRules(a, { ruleSet: [rule] }).length;
      times.push(performance.now() - t0);
      findings = n;
    }
    rows.push({ rule: rule.meta.id, minMs: Math.min(...times), firstMs: times[0], findings });
  }
  rows.sort((a, b) => b.minMs - a.minMs);
  result.corpora[name] = { dir, files: files.length, ruled: assessments.length, rows, sumMinMs: rows.reduce((s, r) => s + r.minMs, 0) };
  console.log(`\n${name}: ${assessments.length} of ${files.length} files ruled, fastest of ${PASSES} passes per rule`);
  for (const r of rows) console.log(`  ${r.rule.padEnd(28)} ${fmt(r.minMs).padStart(7)} ms  (first pass ${fmt(r.firstMs)} ms)  ${r.findings} findings`);
  console.log(`  sum ${fmt(result.corpora[name].sumMinMs)} ms`);
}
load.after = loadavg();
result.load = load;
saveResult('rule-cost', result);
