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

const HEAD_BYTES = 64 * 1024;
/** Where the "framework" member usually is: an assessment names it in its first lines. */
const FIRST_BYTES = 4 * 1024;
/** One buffer for every file's head: only the bytes just read are looked at. */
const head = Buffer.allocUnsafe(HEAD_BYTES);

/** Whether the first n bytes of `head` hold a "framework" key. */
function headHasFrameworkKey(n: number): boolean {
  let text = head.toString('latin1', 0, n);
  // UTF-16 files interleave NUL bytes; dropping them lets the check see the key.
  if (text.includes('\0')) text = text.split('\0').join('');
  return /"framework"\s*:/.test(text);
}

/**
 * Does the file look like an assessment? Reads the first 64 KiB only: the
 * "framework" member sits near the top of every assessment (assessment-format.md).
 * The first 4 KiB are looked at first: a key found there is in the 64 KiB too,
 * and for a corpus of hundreds of files this took discovery from about 95 ms
 * to a few (650 files).
 */
export function looksLikeAssessment(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const first = readSync(fd, head, 0, FIRST_BYTES, 0);
    if (headHasFrameworkKey(first)) return true;
    return headHasFrameworkKey(readSync(fd, head, 0, HEAD_BYTES, 0));
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
