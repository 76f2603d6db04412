/**
 * Linting many files on every core. A corpus of hundreds of files is CPU
 * bound (parsing, schema, rules), so worker threads running this same bundle
 * take files from a shared queue; results keep the files' order. Small runs
 * stay on the main thread, where starting workers would cost more than it saves.
 * @module cli/lint-pool
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { lintFile, type LintTask, type LintTaskResult } from './lint-file.ts';

export const WORKER_ROLE = 'spbe-lint-worker';

/**
 * Each worker pays the same start-up and JIT warm-up as the main thread (about
 * 1 s of CPU for the first few hundred files, bench/results.md), so workers only
 * pay off on large runs: 650 files on 2 cores were no faster with 2 workers.
 */
const MIN_FILES_PER_WORKER = 500;

/**
 * Cores the optimizing compiler and the garbage collector keep busy beside the
 * thread that lints: one thread linting the bench corpus used about 1.4 cores.
 * On 2 cores, 2 workers were slower than linting inline at every size measured
 * (wall, medians: 650 files 1150 vs 910 ms, 1300 files 1400 vs 1070 ms, 2600
 * files 2100 vs 1690 ms), so auto leaves one core to them.
 */
const CORES_FOR_HELPERS = 1;

export interface Plan {
  workers: number;
  /** Set when a requested count was lowered to the cores there are (each worker holds its own heap: 200 took 1.8 GiB). */
  cappedFrom?: number;
}

/**
 * With evidence files to read (cli/evidence/setting.ts mayReadEvidence), a file's cost is dominated by
 * reading its PDFs (pdf.js, on the thread that lints it), not by the
 * compiler or the collector, so every core lints and a worker pays off from
 * far fewer files.
 */
const MIN_FILES_PER_WORKER_WITH_EVIDENCE = 50;

export function plannedWorkers(files: number, requested: number | 'auto', cores = availableParallelism(), evidence = false): Plan {
  if (requested !== 'auto') {
    const workers = Math.max(1, Math.min(requested, cores, files));
    return requested > cores ? { workers, cappedFrom: requested } : { workers };
  }
  if (evidence) return { workers: Math.max(1, Math.min(cores, Math.floor(files / MIN_FILES_PER_WORKER_WITH_EVIDENCE), 8)) };
  return { workers: Math.max(1, Math.min(cores - CORES_FOR_HELPERS, Math.floor(files / MIN_FILES_PER_WORKER), 8)) };
}

/** Workers run the built bundle (dist/spbe-main.cjs); from sources (.ts, in tests), lint inline. */
function canSpawn(): boolean {
  return import.meta.url.endsWith('.cjs');
}

export async function lintAll(tasks: LintTask[], workers: number): Promise<LintTaskResult[]> {
  if (workers <= 1 || !canSpawn()) {
    const results: LintTaskResult[] = [];
    for (const t of tasks) results.push(await lintFile(t));
    return results;
  }
  const results: LintTaskResult[] = new Array(tasks.length);
  let next = 0;
  await Promise.all([...Array(workers)].map(() => new Promise<void>((done, fail) => {
    const w = new Worker(new URL(import.meta.url), { workerData: { role: WORKER_ROLE } });
    const feed = () => {
      if (next >= tasks.length) { void w.terminate().then(() => done()); return; }
      const i = next++;
      w.postMessage({ i, task: tasks[i] });
    };
    w.on('message', (m: { i: number; result: LintTaskResult }) => { results[m.i] = m.result; feed(); });
    w.on('error', fail);
    feed();
  })));
  return results;
}

/** The worker side: lint each file the main thread sends. */
export function serveLintWorker(port: { on(ev: 'message', f: (m: { i: number; task: LintTask }) => void): void; postMessage(m: unknown): void }): void {
  port.on('message', ({ i, task }) => { void lintFile(task).then((result) => port.postMessage({ i, result })); });
}
