#!/usr/bin/env node
// Lint throughput as CI feels it: whole processes, start-up included.
//
//   node bench/lint-throughput.mjs [--runs 7] [--big-runs 3]
//
// Needs dist/spbe.cjs (npm run build:cli) and the corpus (node bench/corpus.mjs).
// Three commands over the same 650 files, interleaved run by run so a load
// spike on a shared machine hits all three alike; one untimed warm-up each so
// every run reads from the page cache:
//   spbe    node dist/spbe.cjs lint bench/out/corpus --format json
//           (and the same with --concurrency 1, when the build has the option,
//           and with --config bench/out/rules-off.json, every evaluation rule
//           off: what the rules and the placing of their findings cost)
//   ajv-cli node node_modules/ajv-cli/dist/index.js validate --spec=draft2020 -c ajv-formats
//           --strict=false -s schemas/assessment.schema.json -d "bench/out/corpus/*.json"
//           (the bin run by node directly: npx would add its own start-up; the
//           quoted glob is expanded by ajv-cli itself, which compiles the schema
//           once and validates every file, printing "<file> valid|invalid")
//   floor   node bench/lib/parse-floor.mjs bench/out/corpus (read + JSON.parse only)
// Every run is checked to have covered all files (ajv-cli's valid + invalid
// lines, spbe's JSON report, the floor's count); a run that did not is an error.
// Then the same on the one 50 MB file, with peak memory (rules on).
import { mkdtempSync, readFileSync, readdirSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { OUT, ROOT, coresBusy, fmt, loadavg, machineBusy, median, saveResult, timeProcess } from './lib/common.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, 'big-runs': { type: 'string', default: '3' }, profile: { type: 'boolean', default: false } } });
const RUNS = Number(values.runs);
const BIG_RUNS = Number(values['big-runs']);

const CORPUS = 'bench/out/corpus';
// The findings-dense corpus (node bench/corpus.mjs --dense): every file with about 15-20 findings.
const DENSE = 'bench/out/corpus-dense';
const BIG = 'bench/out/big/big-50mb.json';
for (const need of ['dist/spbe.cjs', CORPUS, BIG]) {
  if (!existsSync(join(ROOT, need))) { console.error(`missing ${need}: run npm run build:cli, node bench/corpus.mjs and node bench/corpus.mjs --dense first`); process.exit(2); }
}
const nFiles = readdirSync(join(ROOT, CORPUS)).filter((f) => f.endsWith('.json')).length;
// A config turning every evaluation rule off (one rule per file in core/lint/rules/, id = file name).
const RULES_OFF = 'bench/out/rules-off.json';
const ruleIds = readdirSync(join(ROOT, 'core/lint/rules')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts').map((f) => f.slice(0, -3));
writeFileSync(join(ROOT, RULES_OFF), `${JSON.stringify({ rules: Object.fromEntries(ruleIds.map((id) => [id, 'off'])) }, null, 2)}\n`);
const node = process.execPath;

// spbe lint spreads files over worker threads (--concurrency auto); with one
// thread it is measured too, to show how much is parallelism and how much is
// per-file cost (ajv-cli and the floor use one thread). Older builds without
// the option skip that row.
const HAS_CONCURRENCY = spawnSync(node, ['dist/spbe.cjs', 'lint', '--help'], { cwd: ROOT, encoding: 'utf8' }).stdout.includes('--concurrency');
const tools = (target, glob) => ({
  spbe: {
    argv: [node, 'dist/spbe.cjs', 'lint', target, '--format', 'json'],
    shown: `node dist/spbe.cjs lint ${target} --format json`,
    // Exit 1 = the corpus has files with errors (planted); 2 would be a usage/IO failure.
    check: (r) => r.code !== 2 && JSON.parse(readFileSync(r.stdoutFile, 'utf8')).length,
  },
  // Every evaluation rule off (--config): what reading, parsing, the schema, the
  // evidence stage and the output cost without the rules and the placing of their findings.
  'spbe (rules off)': {
    argv: [node, 'dist/spbe.cjs', 'lint', target, '--format', 'json', '--config', RULES_OFF],
    shown: `node dist/spbe.cjs lint ${target} --format json --config ${RULES_OFF}`,
    check: (r) => r.code !== 2 && JSON.parse(readFileSync(r.stdoutFile, 'utf8')).length,
  },
  ...(HAS_CONCURRENCY && {
    'spbe (1 thread)': {
      argv: [node, 'dist/spbe.cjs', 'lint', target, '--format', 'json', '--concurrency', '1'],
      shown: `node dist/spbe.cjs lint ${target} --format json --concurrency 1`,
      check: (r) => r.code !== 2 && JSON.parse(readFileSync(r.stdoutFile, 'utf8')).length,
    },
  }),
  'ajv-cli': {
    argv: [node, 'node_modules/ajv-cli/dist/index.js', 'validate', '--spec=draft2020', '-c', 'ajv-formats', '--strict=false', '-s', 'schemas/assessment.schema.json', '-d', glob],
    shown: `node node_modules/ajv-cli/dist/index.js validate --spec=draft2020 -c ajv-formats --strict=false -s schemas/assessment.schema.json -d "${glob}"`,
    // "<file> valid" goes to stdout, "<file> invalid" (then the errors) to stderr.
    check: (r) => r.code !== 2 && countLines(r.stdoutFile, / valid$/) + countLines(r.stderrFile, / invalid$/),
  },
  floor: {
    argv: [node, 'bench/lib/parse-floor.mjs', target],
    shown: `node bench/lib/parse-floor.mjs ${target}`,
    check: (r) => Number(/^(\d+) files parsed/.exec(readFileSync(r.stdoutFile, 'utf8'))?.[1]),
  },
});
const countLines = (file, re) => readFileSync(file, 'utf8').split('\n').filter((l) => re.test(l)).length;

function measure(set, runs, expected, label) {
  const samples = Object.fromEntries(Object.keys(set).map((k) => [k, []]));
  const load = { before: loadavg() };
  const busy0 = machineBusy();
  let oursMs = 0;
  for (let i = -1; i < runs; i++) {
    for (const [name, t] of Object.entries(set)) {
      const r = timeProcess(t.argv, { tag: `${label}-${name.replace(/\W+/g, '-')}` });
      const covered = t.check(r);
      if (covered !== expected) throw new Error(`${label} ${name}: covered ${covered} of ${expected} files (exit ${r.code}); see ${r.stdoutFile}`);
      oursMs += r.cpuMs;
      if (i >= 0) samples[name].push(r); // run -1 is the warm-up
      process.stderr.write(`${label} ${name} run ${i < 0 ? 'warm-up' : i + 1}: ${fmt(r.wallMs, 0)} ms wall, ${fmt(r.cpuMs, 0)} ms CPU, ${fmt(r.maxRssKb / 1024, 0)} MiB\n`);
    }
  }
  load.after = loadavg();
  // Cores other processes kept busy while these runs went on (machine busy time minus ours).
  load.othersCores = coresBusy(busy0, machineBusy(), oursMs);
  const summary = Object.fromEntries(Object.entries(samples).map(([k, rs]) => [k, {
    command: set[k].shown,
    medianMs: median(rs.map((r) => r.wallMs)), minMs: Math.min(...rs.map((r) => r.wallMs)), maxMs: Math.max(...rs.map((r) => r.wallMs)),
    medianCpuMs: median(rs.map((r) => r.cpuMs)),
    medianMaxRssMiB: median(rs.map((r) => r.maxRssKb / 1024)),
    runsMs: rs.map((r) => Math.round(r.wallMs)),
  }]));
  return { summary, load };
}

/** Which files each tool calls not valid: ajv-cli's "invalid" against spbe's schema-stage errors. */
function agreement() {
  const ajvInvalid = new Set(readFileSync(join(OUT, 'tmp/corpus-ajv-cli.stderr'), 'utf8').split('\n').filter((l) => / invalid$/.test(l)).map((l) => l.replace(/ invalid$/, '').split('/').pop()));
  const report = JSON.parse(readFileSync(join(OUT, 'tmp/corpus-spbe.stdout'), 'utf8'));
  const schemaStage = new Set(['schema', 'syntax', 'duplicate-key', 'unknown-indicator', 'encoding', 'io']);
  const spbeInvalid = new Set(report.filter((f) => f.messages.some((m) => m.severity === 2 && schemaStage.has(m.ruleId))).map((f) => f.filePath.split('/').pop()));
  const withErrors = report.filter((f) => f.errorCount > 0).length;
  const withWarningsOnly = report.filter((f) => f.errorCount === 0 && f.warningCount > 0).length;
  const messages = report.reduce((n, f) => n + f.messages.length, 0);
  const same = ajvInvalid.size === spbeInvalid.size && [...ajvInvalid].every((f) => spbeInvalid.has(f));
  return { ajvInvalid: ajvInvalid.size, spbeSchemaInvalid: spbeInvalid.size, sameFiles: same, spbeFilesWithErrors: withErrors, spbeFilesWithWarningsOnly: withWarningsOnly, spbeMessages: messages };
}

/**
 * --profile: where spbe lint's time goes on the corpus, from one run under
 * V8's CPU profiler (node --cpu-prof, which also profiles worker threads):
 * busy time per function name of the bundle, inclusive, summed over threads,
 * top entries. Informative only; the profiler slows the run.
 */
function profile() {
  const dir = mkdtempSync(join(tmpdir(), 'spbe-prof-'));
  try {
    // --concurrency 1: all work on the main thread. Lint workers are terminated
    // when done, before V8 can write their profiles, so they would be missing.
    spawnSync(node, ['--cpu-prof', `--cpu-prof-dir=${dir}`, 'dist/spbe.cjs', 'lint', CORPUS, '--format', 'json', ...(HAS_CONCURRENCY ? ['--concurrency', '1'] : [])], { cwd: ROOT, stdio: 'ignore' });
    // One profile per thread: the main thread and each lint worker. Summed.
    // Every rule's function is called `check`: name it after its rule, the
    // nearest `id: "<rule>"` above it in the (unminified) bundle.
    const bundle = readFileSync(join(ROOT, 'dist/spbe-main.cjs'), 'utf8').split('\n');
    const ruleAt = (line) => {
      for (let l = line; l >= 0 && l > line - 80; l--) { const m = /^\s*id: "([a-z-]+)",?$/.exec(bundle[l]); if (m) return m[1]; }
      return '?';
    };
    const nameOf = (cf) => (cf.functionName === 'check' && cf.url.endsWith('spbe-main.cjs') ? `check (rule ${ruleAt(cf.lineNumber)})` : cf.functionName);
    const incl = new Map();
    let total = 0;
    const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
    for (const f of files) {
      const p = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const byId = new Map(p.nodes.map((n) => [n.id, n]));
      const parent = new Map();
      for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const self = new Map();
      p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
      for (const [id, us] of self) {
        // Idle time of a waiting thread is not work.
        if (byId.get(id).callFrame.functionName === '(idle)') continue;
        total += us;
        const seen = new Set();
        for (let x = id; x !== undefined; x = parent.get(x)) {
          const name = nameOf(byId.get(x).callFrame);
          if (!seen.has(name)) { seen.add(name); incl.set(name, (incl.get(name) ?? 0) + us); }
        }
      }
    }
    const skip = new Set(['', '(root)', '(program)', '(idle)', 'run', 'main', 'evaluate', 'lint', 'runMain', 'executeUserEntryPoint']);
    const top = [...incl].filter(([n]) => !skip.has(n)).sort((a, b) => b[1] - a[1]).slice(0, 16);
    const rules = [...incl].filter(([n]) => n.startsWith('check (rule ')).sort((a, b) => b[1] - a[1]).slice(0, 8);
    const row = ([name, us]) => ({ name, ms: us / 1000, share: us / total });
    return { threads: files.length, concurrency1: HAS_CONCURRENCY, totalMs: total / 1000, top: top.map(row), rules: rules.map(row) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const corpusBytes = readdirSync(join(ROOT, CORPUS)).reduce((n, f) => n + readFileSync(join(ROOT, CORPUS, f)).length, 0);
const corpus = measure(tools(CORPUS, `${CORPUS}/*.json`), RUNS, nFiles, 'corpus');
const agree = agreement();
// ajv-cli's stderr report of the main corpus is read by agreement() above, before the dense runs write theirs.
const nDense = existsSync(join(ROOT, DENSE)) ? readdirSync(join(ROOT, DENSE)).filter((f) => f.endsWith('.json')).length : 0;
const dense = nDense ? measure(tools(DENSE, `${DENSE}/*.json`), RUNS, nDense, 'dense') : null;
const big = measure(Object.fromEntries(Object.entries(tools(BIG, BIG)).filter(([name]) => name !== 'spbe (rules off)')), BIG_RUNS, 1, 'big');
const s = corpus.summary;
const result = {
  at: new Date().toISOString(),
  runs: RUNS, bigRuns: BIG_RUNS,
  corpus: { files: nFiles, bytes: corpusBytes, ...corpus, agreement: agree },
  big: { file: BIG, bytes: readFileSync(join(ROOT, BIG)).length, ...big },
  ...(dense && {
    dense: {
      files: nDense, bytes: readdirSync(join(ROOT, DENSE)).reduce((n, f) => n + readFileSync(join(ROOT, DENSE, f)).length, 0),
      findings: JSON.parse(readFileSync(join(OUT, 'tmp/dense-spbe.stdout'), 'utf8')).reduce((n, f) => n + f.messages.length, 0),
      ...dense,
      ratios: { spbeOverAjv: dense.summary.spbe.medianMs / dense.summary['ajv-cli'].medianMs, spbeOverFloor: dense.summary.spbe.medianMs / dense.summary.floor.medianMs },
      cpuRatios: { spbeOverAjv: dense.summary.spbe.medianCpuMs / dense.summary['ajv-cli'].medianCpuMs },
    },
  }),
  ratios: { spbeOverAjv: s.spbe.medianMs / s['ajv-cli'].medianMs, spbeOverFloor: s.spbe.medianMs / s.floor.medianMs, ajvOverFloor: s['ajv-cli'].medianMs / s.floor.medianMs },
  // The same ratios in CPU time, which a busy machine distorts much less than wall time.
  cpuRatios: { spbeOverAjv: s.spbe.medianCpuMs / s['ajv-cli'].medianCpuMs, spbeOverFloor: s.spbe.medianCpuMs / s.floor.medianCpuMs, ajvOverFloor: s['ajv-cli'].medianCpuMs / s.floor.medianCpuMs },
};
if (values.profile) result.profile = profile();
result.goals = { spbeNoSlowerThanAjv: result.ratios.spbeOverAjv <= 1, spbeWithin3xFloor: result.ratios.spbeOverFloor <= 3, ...(result.dense && { denseNoSlowerThanAjv: result.dense.ratios.spbeOverAjv <= 1 }) };
saveResult('lint', result);

console.log(`\ncorpus: ${nFiles} files, ${fmt(corpusBytes / 1e6)} MB, median of ${RUNS} runs`);
for (const [k, v] of Object.entries(s)) console.log(`  ${k.padEnd(15)} ${fmt(v.medianMs, 0).padStart(6)} ms  (${fmt(v.minMs, 0)}–${fmt(v.maxMs, 0)})  CPU ${fmt(v.medianCpuMs, 0)} ms  peak ${fmt(v.medianMaxRssMiB, 0)} MiB`);
console.log(`  spbe/ajv-cli ${fmt(result.ratios.spbeOverAjv, 2)}x (goal <= 1), spbe/floor ${fmt(result.ratios.spbeOverFloor, 2)}x (goal <= 3); in CPU time ${fmt(result.cpuRatios.spbeOverAjv, 2)}x and ${fmt(result.cpuRatios.spbeOverFloor, 2)}x`);
console.log(`  invalid files: ajv-cli ${agree.ajvInvalid}, spbe schema-stage ${agree.spbeSchemaInvalid} (same files: ${agree.sameFiles}); spbe: ${agree.spbeFilesWithErrors} files with errors, ${agree.spbeFilesWithWarningsOnly} with warnings only`);
if (result.dense) {
  const d = result.dense;
  console.log(`findings-dense corpus: ${d.files} files, ${fmt(d.bytes / 1e6)} MB, ${d.findings} findings, median of ${RUNS} runs`);
  for (const [k, v] of Object.entries(d.summary)) console.log(`  ${k.padEnd(15)} ${fmt(v.medianMs, 0).padStart(6)} ms  CPU ${fmt(v.medianCpuMs, 0)} ms  peak ${fmt(v.medianMaxRssMiB, 0)} MiB`);
  console.log(`  spbe/ajv-cli ${fmt(d.ratios.spbeOverAjv, 2)}x (goal <= 1); in CPU time ${fmt(d.cpuRatios.spbeOverAjv, 2)}x`);
}
console.log(`big file (${fmt(result.big.bytes / 2 ** 20)} MiB), median of ${BIG_RUNS} runs`);
for (const [k, v] of Object.entries(big.summary)) console.log(`  ${k.padEnd(15)} ${fmt(v.medianMs, 0).padStart(6)} ms  CPU ${fmt(v.medianCpuMs, 0)} ms  peak ${fmt(v.medianMaxRssMiB, 0)} MiB`);
if (result.profile) {
  console.log(`spbe lint profile (one run, ${result.profile.threads} threads, ${fmt(result.profile.totalMs, 0)} ms busy), inclusive:`);
  for (const t of [...result.profile.top, ...result.profile.rules]) console.log(`  ${fmt(t.ms, 0).padStart(6)} ms ${fmt(100 * t.share, 0).padStart(3)} %  ${t.name}`);
}
console.log(`load average before ${corpus.load.before?.join(' ')}, after ${big.load.after?.join(' ')}; other processes kept ${fmt(corpus.load.othersCores, 2)} cores busy during the corpus runs, ${fmt(big.load.othersCores, 2)} during the big-file runs`);
