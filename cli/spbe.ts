/**
 * Entry point of the built `spbe` bundle (dist/spbe-main.cjs, which the
 * program dist/spbe.cjs runs through V8's code cache: cli/launch.cjs). The same bundle
 * also runs as a lint worker thread (cli/lint-pool.ts).
 * @module cli/spbe
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { main } from './main.ts';
import { serveLintWorker, WORKER_ROLE } from './lint-pool.ts';

if (!isMainThread && parentPort && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  serveLintWorker(parentPort);
} else {
  // A reader that stops early (\`spbe lint | head -1\`) closes the pipe: the
  // rest of the output has nowhere to go, which is no error (ESLint stays quiet
  // too). The run still ends with its own exit code, for \`set -o pipefail\`.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
    });
  }
  const io = {
    stdout: (s: string) => { process.stdout.write(s); },
    stderr: (s: string) => { process.stderr.write(s); },
    cwd: process.cwd(),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  };
  main(process.argv.slice(2), io).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => { process.stderr.write(`spbe: kesalahan internal / internal error: ${(e as Error)?.message ?? e}\n`); process.exitCode = 2; },
  );
}
