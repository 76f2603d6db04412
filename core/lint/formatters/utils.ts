/**
 * What the formatters share: counting, Indonesian/English plurals, a stable
 * order, 1-based positions and path arithmetic done on strings (core/ may not
 * import node:path). Paths come out with forward slashes on every platform.
 * @module core/lint/formatters/utils
 */
import type { Locale } from '../../types.ts';
import type { Diagnostic, Severity } from '../diagnostic.ts';
import type { FileResult } from './types.ts';

export type Counts = Record<Severity, number>;

export function countDiagnostics(diagnostics: readonly Diagnostic[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) c[d.severity]++;
  return c;
}

export function countResults(results: readonly FileResult[]): Counts & { total: number } {
  const c = countDiagnostics(results.flatMap((r) => r.diagnostics));
  return { ...c, total: c.error + c.warning + c.info };
}

// Indonesian nouns do not inflect after a numeral ("1 masalah", "5 masalah").
const NOUNS = {
  problem: { id: 'masalah', en: ['problem', 'problems'] },
  error: { id: 'kesalahan', en: ['error', 'errors'] },
  warning: { id: 'peringatan', en: ['warning', 'warnings'] },
  info: { id: 'info', en: ['info', 'info'] },
} as const;

export type Noun = keyof typeof NOUNS;

/** "5 masalah" / "5 problems" / "1 problem". */
export function countOf(n: number, noun: Noun, locale: Locale): string {
  const w = NOUNS[noun];
  return `${n} ${locale === 'id' ? w.id : w.en[n === 1 ? 0 : 1]}`;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** By position (as ESLint orders messages), then severity, rule and pointer so ties are stable too. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) =>
    a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character
    || RANK[a.severity] - RANK[b.severity] || cmp(a.ruleId, b.ruleId) || cmp(a.pointer, b.pointer));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** 1-based line/column with an exclusive end column, as ESLint, SARIF and GitHub count. */
export function position1(d: Diagnostic) {
  const { start, end } = d.range;
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

/** One line of text: line breaks and runs of blanks become one space (line-oriented matchers split on them). */
export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export { printable, printableLines } from '../../format/printable.ts';

export const toSlashes = (p: string) => p.replace(/\\/g, '/');

/** '/', 'C:/' or '//' (UNC), or '' for a relative path. */
function rootOf(p: string): string {
  return /^(?:[A-Za-z]:\/|\/\/(?!\/)|\/)/.exec(p)?.[0] ?? '';
}

function split(p: string): { root: string; segments: string[] } {
  const root = rootOf(p);
  const segments: string[] = [];
  for (const s of p.slice(root.length).split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..' && segments.length > 0 && segments.at(-1) !== '..') segments.pop();
    else if (s !== '..' || !root) segments.push(s);
  }
  return { root: /^[a-z]:/.test(root) ? root.toUpperCase() : root, segments };
}

/** Pseudo names such as "<stdin>" are kept as they are. */
const isPseudo = (p: string) => /^<.*>$/.test(p);

/** `file` made absolute against `cwd` (if relative), normalised, with forward slashes. */
export function absolutePath(cwd: string, file: string): string {
  const f = toSlashes(file);
  if (isPseudo(f)) return f;
  const base = toSlashes(cwd);
  const { root, segments } = split(rootOf(f) || !base ? f : `${base}/${f}`);
  return root + segments.join('/');
}

/**
 * `file` relative to `cwd` ("data/a.json", "../b.json"); the absolute path when
 * they share no root (another drive). Drive letters compare case-insensitively.
 */
export function relativePath(cwd: string, file: string): string {
  const f = toSlashes(file);
  if (isPseudo(f)) return f;
  const to = split(absolutePath(cwd, f));
  const from = split(toSlashes(cwd));
  if (to.root !== from.root) return to.root + to.segments.join('/');
  const same = to.root.endsWith(':/') ? (a: string, b: string) => a.toLowerCase() === b.toLowerCase() : (a: string, b: string) => a === b;
  let k = 0;
  while (k < from.segments.length && k < to.segments.length && same(from.segments[k]!, to.segments[k]!)) k++;
  const rel = [...from.segments.slice(k).map(() => '..'), ...to.segments.slice(k)].join('/');
  return rel || '.';
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;
const utf8 = new TextEncoder();

/**
 * FNV-1a, 64 bits, over the UTF-8 bytes of `s`, as 16 hex digits. Not
 * cryptographic: enough to key results stably (SARIF fingerprints) where
 * core/ cannot use node:crypto.
 */
export function fnv1a64(s: string): string {
  let h = FNV_OFFSET;
  for (const byte of utf8.encode(s)) h = ((h ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  return h.toString(16).padStart(16, '0');
}
