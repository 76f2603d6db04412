/**
 * Entry point of the built `spbe` binary (dist/spbe.mjs).
 * @module cli/spbe
 */
import { main } from './main.ts';

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
