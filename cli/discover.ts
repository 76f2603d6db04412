/**
 * Stage 1 of `spbe lint`: which files the arguments reach, each walked once.
 * - A name that exists is taken as written, whatever characters it holds
 *   (as ESLint does): "Evaluasi [2025]" is a folder, not a glob.
 * - A file named outright is linted whatever it holds; one that is not there
 *   is a target too, so the reader reports it.
 * - A folder, or a glob (an argument with * ? [ { that names nothing), reaches
 *   the *.json / *.jsonc files below it; node_modules and .git are never
 *   entered. Which of those are assessments is asked once, of the bytes read
 *   for linting (cli/lint-file.ts).
 * What could not be walked (a folder that cannot be read, a name that is not
 * valid UTF-8) is a problem: the run was incomplete. What was passed over on
 * purpose (a FIFO named *.json, a link to a folder) is a skip, said with
 * --verbose.
 * @module cli/discover
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { globBase, globMatcher, GlobError, isGlob } from './glob.ts';
import { NOT_REGULAR, reasonOf } from './read.ts';
import { UsageError } from './io.ts';

export interface Target {
  /** As shown to the user: the argument for a named file, else the argument's prefix and the path below it, with "/". */
  file: string;
  absolute: string;
  named: boolean;
}

export interface PathNote {
  path: string;
  reason: string;
}

/** Where one command-line argument led. */
export interface ArgWalk {
  arg: string;
  kind: 'file' | 'dir' | 'glob';
  targets: Target[];
}

export interface Discovery {
  walks: ArgWalk[];
  /** What could not be walked: the run is incomplete (exit 2). */
  problems: PathNote[];
  /** What was passed over on purpose (said with --verbose). */
  skipped: PathNote[];
}

const NEVER = new Set(['node_modules', '.git']);
const JSON_FILE = /\.jsonc?$/i;
const NOT_UTF8 = 'nama bukan UTF-8 yang sah, tidak dapat dibuka / the name is not valid UTF-8 and cannot be opened';

const posix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

/** What path.join(base, rel) gives for a rel of plain names: the normalized base and "/" ("" for "."). */
function joinPrefix(base: string): string {
  return posix(join(base, '_')).slice(0, -1);
}

/**
 * The regular JSON files under `dir` (absolute), depth first in name order,
 * as their absolute path and their path below `dir` with "/". Both are built
 * by joining names: path.join/relative/resolve per file were about 15 ms of a
 * 650-file run.
 */
function walk(dir: string, shownDir: string, d: Discovery, visit: (absolute: string, rel: string) => void, below = ''): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    d.problems.push({ path: shownDir + below || '.', reason: reasonOf(e) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  for (const e of entries) {
    if (NEVER.has(e.name)) continue;
    const rel = below ? `${below}/${e.name}` : e.name;
    const isJson = JSON_FILE.test(e.name);
    // readdir decodes names as UTF-8 and puts U+FFFD where a name is not: such a name opens nothing.
    if (e.name.includes('\uFFFD') && (isJson || e.isDirectory())) {
      d.problems.push({ path: shownDir + rel, reason: NOT_UTF8 });
      continue;
    }
    if (e.isDirectory()) walk(prefix + e.name, shownDir, d, visit, rel);
    else if (!isJson) continue;
    else if (e.isFile()) visit(prefix + e.name, rel);
    else if (e.isSymbolicLink()) {
      // A link to a file is followed; a link to a folder is not (it may loop).
      const st = statSync(prefix + e.name, { throwIfNoEntry: false });
      if (st?.isFile()) visit(prefix + e.name, rel);
      else d.skipped.push({ path: shownDir + rel, reason: st ? 'tautan ke folder tidak diikuti / link to a folder not followed' : 'tautan rusak / broken link' });
    } else d.skipped.push({ path: shownDir + rel, reason: NOT_REGULAR });
  }
}

function walkGlob(arg: string, cwd: string, d: Discovery): ArgWalk {
  const written = posix(arg);
  const base = globBase(written);
  const parts = written.split('/');
  const baseParts = base === '.' && !written.startsWith('./') ? 0 : base === '/' ? 1 : base.split('/').length;
  let matches: (rel: string) => boolean;
  try {
    matches = globMatcher(parts.slice(baseParts).join('/'));
  } catch (e) {
    if (e instanceof GlobError) throw new UsageError(`spbe lint: pola tidak valid / invalid pattern "${arg}": ${e.message}`);
    throw e;
  }
  const shownBase = base === '.' ? '' : joinPrefix(base);
  const targets: Target[] = [];
  walk(resolve(cwd, base), shownBase, d, (absolute, rel) => {
    if (matches(rel)) targets.push({ file: shownBase + rel, absolute, named: false });
  });
  return { arg, kind: 'glob', targets };
}

export function discover(args: readonly string[], cwd: string): Discovery {
  const d: Discovery = { walks: [], problems: [], skipped: [] };
  for (const arg of args) {
    const absolute = resolve(cwd, arg);
    let st;
    try {
      st = statSync(absolute);
    } catch {
      // Not there: a glob, or a named file the reader reports.
    }
    if (!st && isGlob(arg)) { d.walks.push(walkGlob(arg, cwd, d)); continue; }
    if (!st?.isDirectory()) { d.walks.push({ arg, kind: 'file', targets: [{ file: arg, absolute, named: true }] }); continue; }
    const shown = isAbsolute(arg) ? joinPrefix(posix(absolute)) : joinPrefix(arg);
    const targets: Target[] = [];
    walk(absolute, shown, d, (file, rel) => targets.push({ file: shown + rel, absolute: file, named: false }));
    d.walks.push({ arg, kind: 'dir', targets });
  }
  return d;
}
