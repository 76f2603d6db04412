// Shared by the bench scripts: statistics, whole-process timing with peak
// memory, machine facts, and where results go. Plain Node 20, no dependencies.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const OUT = join(ROOT, 'bench/out');
export const RESULTS = join(OUT, 'results');

/** Sorted-copy percentile with linear interpolation (p in 0..100). */
export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = ((s.length - 1) * p) / 100;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
}
export const median = (xs) => percentile(xs, 50);

export function saveResult(name, data) {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `${name}.json`), `${JSON.stringify(data, null, 2)}\n`);
}
export function loadResult(name) {
  const f = join(RESULTS, `${name}.json`);
  return existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null;
}

export function loadavg() {
  try { return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number); } catch { return null; }
}

/**
 * CPU time the whole machine has spent busy so far (ms, all cores, from
 * /proc/stat), with a wall clock beside it. Two readings around a part, minus
 * the CPU time of the bench's own processes, give what other processes used
 * meanwhile: load averages cannot tell the bench's own load from others'.
 */
export function machineBusy() {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const [user, nice, system, , , irq, softirq, steal] = f;
    return { busyMs: (user + nice + system + irq + softirq + steal) * 10, at: performance.now() }; // USER_HZ = 100
  } catch { return null; }
}
/** Average number of cores busy between two machineBusy() readings, less `oursMs` of CPU time. */
export function coresBusy(a, b, oursMs = 0) {
  return a && b ? (b.busyMs - a.busyMs - oursMs) / (b.at - a.at) : NaN;
}

const TIME = '/usr/bin/time';
const HAS_TIME = existsSync(TIME);

/**
 * Runs one command as a whole process, as CI would, and returns its wall time
 * (ms, measured here around the spawn), peak resident memory (kB) and exit
 * code. stdout/stderr go to files so their content can be checked afterwards
 * (a pipe would add buffering cost that /dev/null would hide in the other
 * direction; a file is what a CI log is). Peak memory and CPU time (user +
 * system, all threads) come from GNU time's %M %U %S when /usr/bin/time exists;
 * otherwise a Node wrapper loads the script in its own process and reports
 * process.resourceUsage() (node scripts only). CPU time is what a run costs
 * whatever else the machine does; wall time is what the user waits.
 */
export function timeProcess(argv, { cwd = ROOT, tag = 'run' } = {}) {
  mkdirSync(join(OUT, 'tmp'), { recursive: true });
  const outFile = join(OUT, 'tmp', `${tag}.stdout`);
  const errFile = join(OUT, 'tmp', `${tag}.stderr`);
  const rssFile = join(OUT, 'tmp', `${tag}.rss`);
  rmSync(rssFile, { force: true });
  const [cmd, ...args] = HAS_TIME
    ? [TIME, '-f', '%M %U %S', '-o', rssFile, ...argv]
    : [process.execPath, join(ROOT, 'bench/lib/maxrss.mjs'), rssFile, ...argv.slice(1)];
  const out = openSync(outFile, 'w');
  const err = openSync(errFile, 'w');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', out, err] });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  closeSync(out);
  closeSync(err);
  // Last line "maxRSS-kB user-s sys-s" (GNU time prints "Command exited with non-zero status" above it).
  const [rss, user, sys] = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
  return { wallMs, cpuMs: (user + sys) * 1000, maxRssKb: rss, code: r.status, stdoutFile: outFile, stderrFile: errFile };
}

function tryRun(cmd, args, trim = true) {
  try {
    const out = execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return trim ? out.trim() : out;
  } catch { return null; }
}

/** What the numbers were measured on. */
export function machineFacts() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? '?';
  const pkg = (p) => { try { return JSON.parse(readFileSync(join(ROOT, 'node_modules', p, 'package.json'), 'utf8')).version; } catch { return '?'; } };
  return {
    nproc: Number(tryRun('nproc', [])) || cpus().length,
    cpu: model,
    memGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: tryRun('uname', ['-srm']),
    node: process.version,
    // The Debian wrapper prints a harmless shell error (toolchain.md pitfall 18); ask the binary itself.
    chromium: tryRun('/usr/lib/chromium/chromium', ['--version']) ?? tryRun('chromium', ['--version']),
    firefox: tryRun('firefox-esr', ['--version']),
    ajvCli: pkg('ajv-cli'),
    ajv: pkg('ajv'),
    gnuTime: HAS_TIME,
    // Which code was measured: the commit, and tracked files changed on top of it.
    commit: tryRun('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']),
    modified: (tryRun('git', ['-C', ROOT, 'status', '--porcelain', '--untracked-files=no'], false) ?? '').split('\n').filter(Boolean).map((l) => l.slice(3)),
  };
}

/** `x.x` with a fixed number of decimals, for tables. */
export const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');
