/**
 * The evidence cache: what a PDF's text extraction found, by the SHA-256 of
 * the file's bytes, so a second lint of the same evidence does not read the
 * PDFs again. It lives in the user's cache folder ($SPBE_CACHE_DIR, else
 * $XDG_CACHE_HOME/spbe-lens or ~/.cache/spbe-lens; ~/Library/Caches/spbe-lens
 * on macOS; %LOCALAPPDATA%\spbe-lens\Cache on Windows), never in the evidence
 * folder, and holds nothing that cannot be made again: deleting it only makes
 * the next run slower. Beside the results, a small index by path (size,
 * modification time, inode → hash) spares re-reading files that did not
 * change; any difference in those means reading and hashing the file again.
 * Entries are written whole or not at all (a temporary file renamed), and one
 * that does not read back as expected is ignored.
 * @module cli/evidence/cache
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, type Stats } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { PdfFacts } from '../../core/evidence/inspection.ts';
import { PDF_LIMITS } from '../../core/evidence/inspection.ts';

/** Bump when what is stored, or how it is extracted, changes: older entries are then simply not found. */
const FORMAT = 1;

export function cacheRoot(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (env.SPBE_CACHE_DIR) return env.SPBE_CACHE_DIR;
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'spbe-lens', 'Cache');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'spbe-lens');
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(home, '.cache'), 'spbe-lens');
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** What identifies a file's version without reading it. */
const statKey = (st: Stats) => `${st.size}:${st.mtimeMs}:${st.ino}`;

export class EvidenceCache {
  private readonly texts: string;
  private readonly index: string;
  /** False once a write failed (a read-only home, a full disk): the run goes on without caching. */
  private writable: boolean;

  /** `extractor` names the PDF library's version: another version may read differently. */
  constructor(root: string, extractor: string, writable = true) {
    const version = `v${FORMAT}-${extractor}-${PDF_LIMITS.maxPages}p${PDF_LIMITS.maxTextChars}c`;
    this.texts = join(root, `pdf-text-${version}`);
    this.index = join(root, `by-path-v${FORMAT}`);
    this.writable = writable;
  }

  private read<T>(file: string): T | undefined {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as T;
    } catch {
      return undefined;
    }
  }

  private write(dir: string, name: string, value: unknown): void {
    if (!this.writable) return;
    try {
      mkdirSync(dir, { recursive: true });
      const aside = join(dir, `.${name}.${process.pid}.${Math.random().toString(36).slice(2)}`);
      writeFileSync(aside, JSON.stringify(value));
      renameSync(aside, join(dir, name));
    } catch {
      this.writable = false;
    }
  }

  /** The hash recorded for this file when its size, time and inode are unchanged. */
  hashFor(path: string, st: Stats): string | undefined {
    const entry = this.read<{ path: string; key: string; hash: string }>(join(this.index, `${sha256(Buffer.from(path)).slice(0, 40)}.json`));
    return entry?.path === path && entry.key === statKey(st) && /^[0-9a-f]{64}$/.test(entry.hash) ? entry.hash : undefined;
  }

  rememberHash(path: string, st: Stats, hash: string): void {
    this.write(this.index, `${sha256(Buffer.from(path)).slice(0, 40)}.json`, { path, key: statKey(st), hash });
  }

  pdf(hash: string): PdfFacts | undefined {
    const entry = this.read<{ hash: string; facts: PdfFacts }>(join(this.texts, hash.slice(0, 2), `${hash}.json`));
    const facts = entry?.hash === hash ? entry.facts : undefined;
    const ok = facts && (facts.status === 'encrypted' || facts.status === 'corrupt' || (facts.status === 'read' && typeof facts.text === 'string' && Number.isInteger(facts.pagesRead)));
    return ok ? facts : undefined;
  }

  rememberPdf(hash: string, facts: PdfFacts): void {
    if (facts.status === 'tooLarge') return;
    this.write(join(this.texts, hash.slice(0, 2)), `${hash}.json`, { hash, facts });
  }
}
