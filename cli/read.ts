/**
 * Reading the user's files. Errors become one-line reasons in both languages.
 * @module cli/read
 */
import { readFileSync, statSync } from 'node:fs';

/** Above this, a file is not read at all: no assessment is anywhere near it. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

export function readUserFile(path: string): ReadResult {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, reason: 'adalah folder, bukan berkas / is a directory, not a file' };
    if (st.size > MAX_FILE_BYTES) return { ok: false, reason: `terlalu besar (${st.size} bita) / too large (${st.size} bytes)` };
    return { ok: true, bytes: readFileSync(path) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'tidak ditemukan / not found' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, reason: 'tidak boleh dibaca / permission denied' };
    return { ok: false, reason: `tidak dapat dibaca / cannot be read (${code ?? (e as Error).message})` };
  }
}
