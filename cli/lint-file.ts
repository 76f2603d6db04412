/**
 * Linting one file from disk: the unit of work the main thread and the
 * worker threads share, so both produce exactly the same result.
 * @module cli/lint-file
 */
import { resolve } from 'node:path';
import { lintDecoded, type RuleSetting } from '../core/lint/lint.ts';
import { DOCUMENT_START, type Diagnostic } from '../core/lint/diagnostic.ts';
import { readTransient } from './read.ts';
import { decodeFileBytes } from './decode.ts';

export interface LintTask {
  file: string;
  cwd: string;
  rules: Record<string, RuleSetting>;
}

export interface LintTaskResult {
  diagnostics: Diagnostic[];
  rulesSkipped: boolean;
  unreadable: boolean;
}

export function lintFile(task: LintTask): LintTaskResult {
  const read = readTransient(resolve(task.cwd, task.file));
  if (!read.ok) {
    const [id, en] = read.reason.split(' / ');
    return {
      unreadable: true, rulesSkipped: true,
      diagnostics: [{ ruleId: 'io', severity: 'error', pointer: '', range: DOCUMENT_START, message: { id: `Berkas ${id}`, en: `File ${en ?? id}` } }],
    };
  }
  // Decoded at once: the bytes live in a buffer the next read reuses.
  const r = lintDecoded(decodeFileBytes(read.bytes), task.file, { rules: task.rules });
  return { diagnostics: r.diagnostics, rulesSkipped: !r.rulesRan, unreadable: false };
}
