/**
 * `spbe lsp`: the language server is a bundle of its own (dist/spbe-lsp.cjs,
 * built by vite.cli.config.ts) loaded only for this command, so its libraries
 * never weigh on `spbe lint`'s start (the main bundle runs through V8's code
 * cache on every run: cli/launch.cjs).
 * @module cli/lsp/command
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Io } from '../io.ts';

export { lspHelp } from './help.ts';

export function lsp(args: string[], io: Io): Promise<number> {
  const server = createRequire(__filename)(join(__dirname, 'spbe-lsp.cjs')) as typeof import('./server.ts');
  return server.lsp(args, io);
}
