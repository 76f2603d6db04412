/**
 * Which evidence folder an assessment's files are looked for in: the one
 * named on the command line (--evidence-dir), else evidenceDir in the
 * spbe.config.json that applies (relative to that file), else the
 * assessment's own folder. A named folder must exist; the default one may
 * not hold the evidence at all (evidence-folder-not-found). Messages name the
 * folder relative to the assessment's own (`./`, `../bukti/`), so the CLI and
 * the editor say the same wherever they run.
 * @module cli/evidence/setting
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { UsageError } from '../io.ts';
import type { EvidenceSetting } from './lint-evidence.ts';

/** The folder named by --evidence-dir, absolute; a usage error when it is not a folder. */
export function namedEvidenceDir(cwd: string, dir: string): string {
  const absolute = resolve(cwd, dir);
  let isDir = false;
  try {
    isDir = statSync(absolute).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) throw new UsageError(`spbe lint: --evidence-dir ${dir}: folder tidak ditemukan / folder not found`);
  return absolute;
}

/** The evidence folder of the assessment at `absolute`, given the named folder and its config's evidenceDir. */
export function evidenceSetting(absolute: string, named: string | undefined, configured: string | undefined): EvidenceSetting {
  const dir = named ?? configured ?? dirname(absolute);
  const rel = relative(dirname(absolute), dir);
  return { dir, shown: rel === '' ? `.${sep}` : `${rel}${sep}`, named: (named ?? configured) !== undefined };
}

/** What an assessment folder holds besides assessments: only such entries (a PDF, a subfolder) can be evidence. */
const ASSESSMENT_FILE = /\.jsonc?$/i;

/**
 * Whether a run may have evidence files to read, for planning its threads
 * (cli/lint-pool.ts): a named folder may; an assessment's own folder may only
 * when it holds something besides assessment files. A province's folder of
 * assessments alone opens nothing (evidence-folder-not-found), so its files
 * cost what the rules cost, and are planned as such.
 */
export function mayReadEvidence(settings: readonly (EvidenceSetting | undefined)[]): boolean {
  const folders = new Set<string>();
  for (const s of settings) {
    if (!s) continue;
    if (s.named) return true;
    folders.add(s.dir);
  }
  for (const folder of folders) {
    try {
      if (readdirSync(folder, { withFileTypes: true }).some((e) => !e.isFile() || !ASSESSMENT_FILE.test(e.name))) return true;
    } catch {
      // An assessment's folder that cannot be listed holds nothing to open.
    }
  }
  return false;
}
