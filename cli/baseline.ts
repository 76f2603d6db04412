/**
 * Stage 4 of `spbe lint`: a baseline of known problems, so a team can adopt
 * the linter mid-evaluation and see only new ones. Keyed by (file, rule,
 * baselineKey) with counts, as ESLint's bulk suppressions are by (file,
 * rule): a finding's JSON Pointer, which survives reformatting where line
 * numbers would not, except where it holds an evidence entry's index, which
 * an entry inserted before it shifts onto another entry (a new problem took
 * a fixed one's key and stayed hidden); there the key is the message (always
 * the Indonesian one), which names the entry's file or item. A baseline
 * written before keyed those by pointer too: such a key still matches the
 * finding at that pointer until --update-baseline rewrites it. Paths are
 * relative to the baseline file's folder. Held in Maps, never in plain objects, so a file
 * called `__proto__` or `constructor` is an entry like any other.
 *
 * As ESLint's `--suppress-all`, --update-baseline merges: the files linted in
 * this run get their current problems per rule, other files keep theirs.
 * --prune-baseline (ESLint's --prune-suppressions) drops what no longer
 * matches: counts not used in this run, and files no longer there.
 * The file is checked against schemas/baseline.schema.json; a broken one is a
 * usage error (exit 2) with its line and column. Written atomically.
 * @module cli/baseline
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { validateBaseline } from 'virtual:validators';
import type { Diagnostic } from '../core/lint/diagnostic.ts';
import { parseJson } from '../core/json/parse.ts';
import { schemaDiagnosticsWith } from '../core/lint/schema.ts';
import { printable } from '../core/lint/formatters/utils.ts';
import { UsageError } from './io.ts';
import { readUserFile, reasonOf } from './read.ts';
import { decodeFileBytes } from './decode.ts';

/** file → rule → baselineKey (or, written before, the pointer) → count. */
export type Entries = Map<string, Map<string, Map<string, number>>>;

/** A pointer into an evidence entry: /indicators/12/evidence/3 and below. */
const EVIDENCE_ENTRY = /\/evidence\/\d+(?:\/|$)/;

/**
 * What a recorded finding is known by: its pointer, or where the pointer holds
 * an evidence entry's index, its message with the entry numbers it cites taken
 * out ("sudah dilampirkan pada bukti #2": an entry inserted above moves that
 * number, not the problem).
 */
export const baselineKey = (d: Diagnostic): string => (EVIDENCE_ENTRY.test(d.pointer) ? d.message.id.replace(/#\d+/g, '#') : d.pointer);

export interface Baseline {
  path: string;
  entries: Entries;
  /** What applying left unused, same shape. */
  remaining: Entries;
  /** The keys of the files this run linted. */
  linted: Set<string>;
}

const keyOf = (b: Baseline, cwd: string, file: string) => relative(dirname(b.path), resolve(cwd, file)).split(sep).join('/');

function copy(e: Entries): Entries {
  return new Map([...e].map(([f, rules]) => [f, new Map([...rules].map(([r, keys]) => [r, new Map(keys)]))]));
}

export function readBaseline(path: string, mustExist: boolean): Baseline {
  const shown = printable(path);
  if (!existsSync(path)) {
    if (mustExist) throw new UsageError(`${shown}: baseline tidak ditemukan (buat dengan --update-baseline) / baseline not found (create it with --update-baseline)`);
    return { path, entries: new Map(), remaining: new Map(), linted: new Set() };
  }
  const read = readUserFile(path);
  if (!read.ok) throw new UsageError(`${shown}: baseline ${read.reason}`);
  const decoded = decodeFileBytes(read.bytes);
  const problems = !decoded.ok ? [{ at: '1:1', message: decoded.reason }] : [];
  let value: unknown;
  if (decoded.ok) {
    const parsed = parseJson(decoded.text, { jsonc: false });
    const found = parsed.diagnostics.length ? parsed.diagnostics : schemaDiagnosticsWith(parsed, validateBaseline);
    for (const d of found) problems.push({ at: `${d.range.start.line + 1}:${d.range.start.character + 1}`, message: d.message });
    value = parsed.value;
  }
  if (problems.length) {
    const lines = problems.map((p) => `${shown}:${p.at}: ${printable(p.message.id)} / ${printable(p.message.en)}`);
    throw new UsageError(`Baseline tidak valid (bukan baseline spbe lint versi 1) / invalid baseline (not an spbe lint baseline, version 1):\n${lines.join('\n')}`);
  }
  const files = (value as { files: Record<string, Record<string, Record<string, number>>> }).files;
  const entries: Entries = new Map(Object.entries(files).map(([f, rules]) => [f, new Map(Object.entries(rules).map(([r, keys]) => [r, new Map(Object.entries(keys))]))]));
  return { path, entries, remaining: copy(entries), linted: new Set() };
}

/** The baseline as read, before any run spent its counts (the language server lints a document many times). */
export function asRead(b: Baseline): Baseline {
  return { ...b, remaining: copy(b.entries), linted: new Set() };
}

/** Remove the diagnostics the baseline knows; returns what is left and how many were suppressed. */
export function applyBaseline(b: Baseline, cwd: string, file: string, diagnostics: Diagnostic[]): { kept: Diagnostic[]; suppressed: number } {
  const key = keyOf(b, cwd, file);
  b.linted.add(key);
  const left = b.remaining.get(key);
  if (!left) return { kept: diagnostics, suppressed: 0 };
  let suppressed = 0;
  const kept = diagnostics.filter((d) => {
    const keys = left.get(d.ruleId);
    if (!keys) return true;
    const own = baselineKey(d);
    const key = keys.get(own) ? own : d.pointer;
    const n = keys.get(key) ?? 0;
    if (n <= 0) return true;
    keys.set(key, n - 1);
    suppressed++;
    return false;
  });
  return { kept, suppressed };
}

/**
 * The counts --prune-baseline would drop now (pruneUnused): those of the files
 * this run linted that it did not use, and those of files no longer there.
 * A file not linted in this run says nothing about its entries.
 */
export function unusedCount(b: Baseline): number {
  let n = 0;
  for (const [file, rules] of b.remaining) {
    // A file not linted is never spent: all its counts are left, and dropped when it is gone.
    if (!b.linted.has(file) && existsSync(resolve(dirname(b.path), file))) continue;
    for (const keys of rules.values()) for (const c of keys.values()) n += c;
  }
  return n;
}

/** --update-baseline: each linted file's rules get its current problems; other files and rules stay. Returns the problems recorded. */
export function recordProblems(b: Baseline, cwd: string, results: readonly { filePath: string; diagnostics: readonly Diagnostic[] }[]): number {
  let count = 0;
  for (const r of results) {
    const current = new Map<string, Map<string, number>>();
    for (const d of r.diagnostics) {
      let keys = current.get(d.ruleId);
      if (!keys) current.set(d.ruleId, (keys = new Map()));
      const key = baselineKey(d);
      keys.set(key, (keys.get(key) ?? 0) + 1);
      count++;
    }
    if (!current.size) continue;
    const key = keyOf(b, cwd, r.filePath);
    const rules = b.entries.get(key) ?? new Map();
    for (const [rule, keys] of current) rules.set(rule, keys);
    b.entries.set(key, rules);
  }
  return count;
}

/**
 * --prune-baseline: drop, of the files this run linted, the counts it did not
 * use (after applyBaseline), and every entry of a file that is no longer
 * there. Returns the problems dropped.
 */
export function pruneUnused(b: Baseline): number {
  let dropped = 0;
  for (const [file, rules] of b.remaining) {
    const kept = b.entries.get(file);
    const gone = !existsSync(resolve(dirname(b.path), file));
    if (!kept || !(gone || b.linted.has(file))) continue;
    for (const [rule, keys] of rules) {
      for (const [key, unused] of keys) {
        if (!unused && !gone) continue;
        const keptKeys = kept.get(rule)!;
        const left = gone ? 0 : keptKeys.get(key)! - unused;
        dropped += keptKeys.get(key)! - left;
        if (left > 0) keptKeys.set(key, left); else keptKeys.delete(key);
      }
      if (!kept.get(rule)!.size) kept.delete(rule);
    }
    if (!kept.size) b.entries.delete(file);
  }
  return dropped;
}

const sorted = <V>(m: Map<string, V>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** Write the baseline atomically: a temporary file beside it, then a rename. A failure is a usage error with the reason. */
export function writeBaseline(b: Baseline): void {
  // Object.fromEntries defines own properties: "__proto__" stays a key.
  const files = Object.fromEntries(sorted(b.entries).map(([f, rules]) => [f, Object.fromEntries(sorted(rules).map(([r, keys]) => [r, Object.fromEntries(sorted(keys))]))]));
  const tmp = `${b.path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, `${JSON.stringify({ version: 1, files }, null, 2)}\n`);
    renameSync(tmp, b.path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new UsageError(`${printable(b.path)}: baseline tidak dapat ditulis / baseline cannot be written: ${reasonOf(e, 'write')}`);
  }
}
