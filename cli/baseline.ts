/**
 * A baseline of known problems, so a team can adopt the linter mid-evaluation
 * and see only new ones. Keyed by (file, rule, JSON Pointer) with counts, as
 * ESLint's bulk suppressions: pointers survive reformatting where line numbers
 * would not. Paths are relative to the baseline file's folder.
 * @module cli/baseline
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../core/lint/diagnostic.ts';
import { UsageError } from './io.ts';

export type Suppressions = Record<string, Record<string, Record<string, number>>>;

export interface Baseline {
  path: string;
  files: Suppressions;
  /** Entries left per (file, rule, pointer) after applying: unused suppressions. */
  remaining: Suppressions;
}

const keyOf = (baselinePath: string, cwd: string, file: string) => relative(dirname(baselinePath), resolve(cwd, file)).split(sep).join('/');

export function readBaseline(path: string, mustExist: boolean): Baseline {
  if (!existsSync(path)) {
    if (mustExist) throw new UsageError(`${path}: baseline tidak ditemukan (buat dengan --update-baseline) / baseline not found (create it with --update-baseline)`);
    return { path, files: {}, remaining: {} };
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`${path}: baseline bukan JSON yang valid / baseline is not valid JSON (${(e as Error).message})`);
  }
  const files = (data as { version?: unknown; files?: unknown })?.files;
  if ((data as { version?: unknown })?.version !== 1 || !files || typeof files !== 'object') {
    throw new UsageError(`${path}: bukan baseline spbe lint versi 1 / not an spbe lint baseline (version 1)`);
  }
  return { path, files: files as Suppressions, remaining: structuredClone(files as Suppressions) };
}

/** Remove the diagnostics the baseline knows; returns what is left and how many were suppressed. */
export function applyBaseline(b: Baseline, cwd: string, file: string, diagnostics: Diagnostic[]): { kept: Diagnostic[]; suppressed: number } {
  const left = b.remaining[keyOf(b.path, cwd, file)];
  if (!left) return { kept: diagnostics, suppressed: 0 };
  let suppressed = 0;
  const kept = diagnostics.filter((d) => {
    const n = left[d.ruleId]?.[d.pointer] ?? 0;
    if (n <= 0) return true;
    left[d.ruleId]![d.pointer] = n - 1;
    suppressed++;
    return false;
  });
  return { kept, suppressed };
}

export function unusedCount(b: Baseline): number {
  let n = 0;
  for (const rulesOf of Object.values(b.remaining)) for (const ptrs of Object.values(rulesOf)) for (const c of Object.values(ptrs)) n += c;
  return n;
}

/** Write the baseline atomically: a temporary file beside it, then a rename. */
export function writeBaseline(path: string, cwd: string, results: { filePath: string; diagnostics: Diagnostic[] }[]): number {
  const files: Suppressions = {};
  let count = 0;
  for (const r of results) {
    for (const d of r.diagnostics) {
      const f = (files[keyOf(path, cwd, r.filePath)] ??= {});
      const ptrs = (f[d.ruleId] ??= {});
      ptrs[d.pointer] = (ptrs[d.pointer] ?? 0) + 1;
      count++;
    }
  }
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ version: 1, files: sorted }, null, 2) + '\n');
  renameSync(tmp, path);
  return count;
}
