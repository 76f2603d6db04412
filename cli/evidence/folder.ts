/**
 * Where a cited evidence file is: its name taken inside the evidence folder,
 * never outside it. A name that climbs out (`../`), an absolute path (`/…`,
 * `C:\…`, `\\server\…`) and a symbolic link whose target lies outside the
 * folder are reported as such and not opened: a lint run reads the evidence
 * folder and nothing else. Both `/` and `\` separate folders in a cited name,
 * as teams on Windows write them.
 * @module cli/evidence/folder
 */
import { realpathSync } from 'node:fs';
import { join, relative, resolve, sep, isAbsolute } from 'node:path';

export type Located =
  | { ok: true; absolute: string }
  | { ok: false; via: 'parent' | 'absolute' | 'symlink' };

/** Whether `inner` is `outer` or inside it (both absolute and resolved). */
export function isInside(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** The evidence folder as it really is (symbolic links resolved), or null when it does not exist. */
export function realFolder(folder: string): string | null {
  try {
    return realpathSync(folder);
  } catch {
    return null;
  }
}

/** The path segments of a cited name, either separator, `.` and empty segments skipped ("./a\\b.pdf" → a, b.pdf). */
export function citedParts(name: string): string[] {
  // Most names are plain file names: no separator, nothing to split.
  if (!name.includes('/') && !name.includes('\\')) return name === '' || name === '.' ? [] : [name];
  return name.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
}

/**
 * The absolute path of `cited` in the evidence folder `folder` (already
 * resolved by realFolder), or why it is not taken. A file that does not exist
 * is located all the same (opening it says it is missing); a link is judged
 * by where it really leads.
 */
export function locate(folder: string, cited: string): Located {
  const name = cited.trim();
  if (/^[\\/]/.test(name) || /^[a-z]:/i.test(name)) return { ok: false, via: 'absolute' };
  const parts = citedParts(name);
  const absolute = resolve(folder, ...parts);
  if (!isInside(absolute, folder)) return { ok: false, via: 'parent' };
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch {
    // Missing, or a link to nothing: opening it tells which. A missing file inside a linked-out folder is still outside.
    const parent = realFolder(join(absolute, '..'));
    if (parent && !isInside(parent, folder)) return { ok: false, via: 'symlink' };
    return { ok: true, absolute };
  }
  return isInside(real, folder) ? { ok: true, absolute } : { ok: false, via: 'symlink' };
}
