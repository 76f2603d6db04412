#!/usr/bin/env node
// Runs the whole benchmark and writes bench/results.md.
//
//   node bench/run-all.mjs [--quick] [--no-build] [--seed N]
//   node bench/run-all.mjs --report-only   (re-render results.md from bench/out/results)
//
// Order: build the CLI and both extension targets (what users get), generate
// the corpus, then bundle sizes (with the source-map breakdown), engine, lint
// throughput and overlay latency, each as its own process so one cannot warm
// up or slow down another. A step that fails is reported in results.md rather
// than hiding the others; a bundle over budget is a finding, not a failure.
// --quick: few runs, for checking the pipeline, not for publishing.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { OUT, RESULTS, ROOT, loadResult, loadavg, machineFacts, saveResult } from './lib/common.mjs';
import { renderResults } from './lib/report.mjs';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, 'no-build': { type: 'boolean', default: false }, 'report-only': { type: 'boolean', default: false }, seed: { type: 'string', default: '20261128' } } });
const q = values.quick;
const node = process.execPath;

const commands = [];
const failed = [];
/** Runs `node <args>` from the repository root, shows it, records it for results.md. */
function step(label, args, { mayFail = false } = {}) {
  const shown = `node ${args.join(' ')}`;
  commands.push(shown);
  process.stdout.write(`\n== ${label}: ${shown}\n`);
  const r = spawnSync(node, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0 && !mayFail) failed.push(`${label} (exit ${r.status})`);
  return r.status;
}

let run = values['report-only'] ? loadResult('run') : null;
if (!run) {
  // Results of an earlier run must never stand in for a step that failed now.
  rmSync(RESULTS, { recursive: true, force: true });
  const loadStart = loadavg();
  const facts = machineFacts();
  if (!values['no-build']) {
    step('build CLI', ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn']);
    step('build extension (chrome-mv3)', ['node_modules/wxt/bin/wxt.mjs', 'build']);
    step('build extension (firefox-mv2)', ['node_modules/wxt/bin/wxt.mjs', 'build', '-b', 'firefox']);
  }
  step('corpus', ['bench/corpus.mjs', '--seed', values.seed]);
  step('findings-dense corpus', ['bench/corpus.mjs', '--seed', values.seed, '--dense']);
  step('bundle size', ['bench/bundle-size.mjs', '--breakdown'], { mayFail: true }); // exit 1 = over budget, reported below
  step('engine', ['bench/engine.mjs', ...(q ? ['--samples', '3', '--ms', '150'] : [])]);
  step('lint throughput', ['bench/lint-throughput.mjs', '--profile', ...(q ? ['--runs', '2', '--big-runs', '1'] : ['--runs', '7', '--big-runs', '3'])]);
  step('rule cost', ['bench/rule-cost.mjs', ...(q ? ['--passes', '2'] : [])]);
  step('lint with evidence', ['bench/evidence.mjs', ...(q ? ['--runs', '1'] : ['--runs', '3'])]);
  step('language server', ['bench/lsp-latency.mjs', ...(q ? ['--edits', '50', '--memory-edits', '500'] : [])]);
  step('overlay latency', ['bench/overlay-latency.mjs', ...(q ? ['--changes', '25', '--loads', '3'] : ['--changes', '200', '--loads', '20'])]);
  const loadEnd = loadavg();
  run = { facts, commands, failed, loadStart, loadEnd, seed: values.seed, quick: q, at: new Date().toISOString() };
  saveResult('run', run);
}

const results = {
  facts: run.facts, at: run.at, commands: run.commands, seed: run.seed, loadStart: run.loadStart, loadEnd: run.loadEnd,
  manifest: JSON.parse(readFileSync(join(OUT, 'corpus-manifest.json'), 'utf8')),
  lint: loadResult('lint'), ruleCost: loadResult('rule-cost'), overlay: loadResult('overlay'),
  bundle: loadResult('bundle'), engine: loadResult('engine'), evidence: loadResult('evidence'), lsp: loadResult('lsp'),
};
let md = renderResults(results);
if (run.quick) md = md.replace('\n', '\n\n> **--quick run: too few samples to publish.**\n');
if (run.failed.length) md += `\n## Steps that failed\n\n${run.failed.map((f) => `- ${f}`).join('\n')}\n`;
writeFileSync(join(ROOT, 'bench/results.md'), md);
console.log(`\nwrote bench/results.md${run.failed.length ? `; failed: ${run.failed.join(', ')}` : ''}`);
process.exit(run.failed.length ? 1 : 0);
