/**
 * Which files `spbe lint` reads: files named on the command line always; under
 * directories and globs, *.json / *.jsonc files that look like assessments
 * (others are skipped, and said so with --verbose). node_modules and .git are
 * never entered.
 * @module cli/discover
 */
import { readdirSync, statSync, openSync, readSync, closeSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { globBase, globToRegExp, isGlob } from './glob.ts';

export interface Discovery {
  files: string[];
  skipped: { path: string; reason: string }[];
  /** Arguments that matched nothing. */
  missing: string[];
}

const NEVER = new Set(['node_modules', '.git']);
const JSON_FILE = /\.jsonc?$/i;

function* walk(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (NEVER.has(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

/**
 * Does the file look like an assessment? Reads the first 64 KiB only: the
 * "framework" member sits near the top of every assessment (assessment-format.md).
 */
export function looksLikeAssessment(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(64 * 1024);
    const n = readSync(fd, buf, 0, buf.length, 0);
    // UTF-16 files interleave NUL bytes; dropping them lets the check see the key.
    const head = buf.subarray(0, n).toString('latin1').split(String.fromCharCode(0)).join('');
    return /"framework"\s*:/.test(head);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const posix = (p: string) => p.split(sep).join('/');

export function discover(args: string[], cwd: string): Discovery {
  const files: string[] = [];
  const skipped: Discovery['skipped'] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    if (!seen.has(p)) { seen.add(p); files.push(p); }
  };
  const consider = (p: string) => {
    if (!JSON_FILE.test(p)) return;
    if (looksLikeAssessment(resolve(cwd, p))) add(p);
    else skipped.push({ path: p, reason: 'bukan berkas penilaian (tanpa "framework") / not an assessment (no "framework")' });
  };
  for (const arg of args) {
    if (isGlob(arg)) {
      const base = globBase(arg);
      const absolute = isAbsolute(arg);
      const re = globToRegExp(posix(arg).replace(/^\.\//, ''));
      const before = files.length + skipped.length;
      for (const f of walk(resolve(cwd, base))) {
        const shown = absolute ? posix(f) : posix(relative(cwd, f));
        if (re.test(shown)) consider(shown);
      }
      if (files.length + skipped.length === before) missing.push(arg);
      continue;
    }
    let st;
    try {
      st = statSync(resolve(cwd, arg));
    } catch {
      // Not found: pass it on so the reader reports it per file (exit 2 for it alone).
      add(arg);
      continue;
    }
    if (st.isDirectory()) {
      const before = files.length;
      for (const f of walk(resolve(cwd, arg))) consider(posix(join(arg, relative(resolve(cwd, arg), f))));
      if (files.length === before) missing.push(arg);
    } else add(arg);
  }
  return { files, skipped, missing };
}
