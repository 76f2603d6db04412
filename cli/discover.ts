/**
 * Which files `spbe lint` reads: files named on the command line always; under
 * directories and globs, *.json / *.jsonc files that look like assessments
 * (others are skipped, and said so with --verbose). node_modules and .git are
 * never entered. walkArgs lists what each argument reaches without opening a
 * file; settle decides, once it is known which found files look like
 * assessments: `spbe lint` asks that of the bytes it reads to lint them, so
 * each file is opened and read once (two opens per file were about 20 ms of
 * a 650-file run).
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

/**
 * The files under `dir` (absolute), depth first in name order, each as its
 * absolute path and its path below `dir` with "/" separators. Both are built by
 * joining names: path.join/relative/resolve per file were about 15 ms of a
 * 650-file run, and the names need no normalizing.
 */
function* walk(dir: string, below = ''): Generator<[absolute: string, relative: string]> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  for (const e of entries) {
    if (NEVER.has(e.name)) continue;
    const rel = below ? `${below}/${e.name}` : e.name;
    if (e.isDirectory()) yield* walk(prefix + e.name, rel);
    else if (e.isFile()) yield [prefix + e.name, rel];
  }
}

const HEAD_BYTES = 64 * 1024;
/** Where the "framework" member usually is: an assessment names it in its first lines. */
const FIRST_BYTES = 4 * 1024;
/** One buffer for every file's head: only the bytes just read are looked at. */
const head = Buffer.allocUnsafe(HEAD_BYTES);

const FRAMEWORK_KEY = Buffer.from('"framework"', 'latin1');
/** What /\s/ matches among latin1 characters: tab, LF, VT, FF, CR, space, no-break space. */
const isLatin1Space = (b: number): boolean => (b >= 0x09 && b <= 0x0d) || b === 0x20 || b === 0xa0;

/**
 * Whether the first n bytes of `buf`, read as latin1, match /"framework"\s*:/.
 * Searched in the bytes (no string): `spbe lint` asks this of every file it
 * finds in a folder. UTF-16 files interleave NUL bytes; without them the
 * check sees the key, so those are searched as text with the NULs dropped.
 */
export function headHasFrameworkKey(buf: Buffer, n: number): boolean {
  const view = n === buf.length ? buf : buf.subarray(0, n);
  if (view.includes(0)) return /"framework"\s*:/.test(view.toString('latin1').split('\0').join(''));
  for (let at = view.indexOf(FRAMEWORK_KEY); at >= 0; at = view.indexOf(FRAMEWORK_KEY, at + 1)) {
    let i = at + FRAMEWORK_KEY.length;
    while (i < n && isLatin1Space(view[i]!)) i++;
    if (i < n && view[i] === 0x3a /* : */) return true;
  }
  return false;
}

/**
 * Does the file look like an assessment? Reads the first 64 KiB only: the
 * "framework" member sits near the top of every assessment (assessment-format.md).
 * The first 4 KiB are looked at first: a key found there is in the 64 KiB too,
 * and for a corpus of hundreds of files this took discovery from about 95 ms
 * to a few (650 files). `spbe lint` asks bytesLookLikeAssessment of the bytes
 * it reads anyway, and this only of files it could not read or does not lint.
 */
export function looksLikeAssessment(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const first = readSync(fd, head, 0, FIRST_BYTES, 0);
    if (headHasFrameworkKey(head, first)) return true;
    return headHasFrameworkKey(head, readSync(fd, head, 0, HEAD_BYTES, 0));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The same answer for a whole file's bytes, read already: the key in its first 64 KiB. */
export function bytesLookLikeAssessment(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEAD_BYTES));
  return headHasFrameworkKey(buf, buf.length);
}

/** A file as shown to the user (relative to cwd, or absolute when the argument was) and its absolute path. */
export interface Reached {
  path: string;
  absolute: string;
}

/** Where one command-line argument led. */
export interface ArgWalk {
  arg: string;
  /** A file named outright is linted whatever it holds, and one that is not there is reported by the reader. */
  kind: 'file' | 'dir' | 'glob';
  /** The file named, or the .json/.jsonc files a folder or glob reached, in walking order. */
  reached: Reached[];
}

const posix = (p: string) => p.split(sep).join('/');

/** What path.join(base, rel) gives for a rel of plain names: the normalized base, "/", rel ("" for "."). */
function joinPrefix(base: string): string {
  const p = posix(join(base, '_'));
  return p.slice(0, -1);
}

/** Where each argument leads, without opening a file: which found files are assessments is settled later. */
export function walkArgs(args: string[], cwd: string): ArgWalk[] {
  return args.map((arg): ArgWalk => {
    if (isGlob(arg)) {
      const re = globToRegExp(posix(arg).replace(/^\.\//, ''));
      const base = resolve(cwd, globBase(arg));
      // As shown: absolute when the glob is, else posix(relative(cwd, file)),
      // which is the base's relative path and the path below it unless cwd lies
      // inside the base (a glob like "../**"): then asked per file.
      const fromCwd = relative(cwd, base);
      const prefix = isAbsolute(arg) ? joinPrefix(posix(base)) : fromCwd === '' || !(fromCwd.startsWith('..') || isAbsolute(fromCwd)) ? joinPrefix(fromCwd) : null;
      const reached: Reached[] = [];
      for (const [absolute, rel] of walk(base)) {
        const shown = prefix === null ? posix(relative(cwd, absolute)) : prefix + rel;
        if (re.test(shown) && JSON_FILE.test(shown)) reached.push({ path: shown, absolute });
      }
      return { arg, kind: 'glob', reached };
    }
    const absolute = resolve(cwd, arg);
    let isDir = false;
    try {
      isDir = statSync(absolute).isDirectory();
    } catch {
      // Not found: linted as a named file, so the reader reports it (exit 2 for it alone).
    }
    if (!isDir) return { arg, kind: 'file', reached: [{ path: arg, absolute }] };
    // As shown: posix(join(arg, path below it)).
    const prefix = joinPrefix(arg);
    const reached: Reached[] = [];
    for (const [file, rel] of walk(absolute)) {
      if (JSON_FILE.test(rel)) reached.push({ path: prefix + rel, absolute: file });
    }
    return { arg, kind: 'dir', reached };
  });
}

/**
 * Which files to lint, given which found files are assessments: each file once,
 * in the order first reached. A glob that reached JSON files but no assessment
 * is not "missing" (its files are listed as skipped); a folder without an
 * assessment is.
 */
export function settle(walks: ArgWalk[], isAssessment: (path: string) => boolean): Discovery {
  const files: string[] = [];
  const skipped: Discovery['skipped'] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    if (!seen.has(p)) { seen.add(p); files.push(p); }
  };
  for (const w of walks) {
    if (w.kind === 'file') { add(w.arg); continue; }
    const filesBefore = files.length;
    const skippedBefore = skipped.length;
    for (const { path: p } of w.reached) {
      if (isAssessment(p)) add(p);
      else skipped.push({ path: p, reason: 'bukan berkas penilaian (tanpa "framework") / not an assessment (no "framework")' });
    }
    const none = w.kind === 'glob' ? files.length === filesBefore && skipped.length === skippedBefore : files.length === filesBefore;
    if (none) missing.push(w.arg);
  }
  return { files, skipped, missing };
}
