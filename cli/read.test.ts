// readTransient reads what readUserFile reads, and gives the same reasons when it cannot.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { NOT_REGULAR, readTransient, readUserFile, reasonOf } from './read.ts';

const dir = mkdtempSync(join(tmpdir(), 'spbe-read-'));
const file = (name: string, bytes: Buffer) => { const p = join(dir, name); writeFileSync(p, bytes); return p; };

describe('readTransient', () => {
  it('reads each file whole, whatever was read before into the same buffer', () => {
    const sizes = [10, 100_000, 3, 0, 70_000, 9 * 1024 * 1024, 5];
    for (const [i, size] of sizes.entries()) {
      const bytes = Buffer.alloc(size, i + 1);
      const p = file(`f${i}.json`, bytes);
      const read = readTransient(p);
      const kept = readUserFile(p);
      expect(read.ok && kept.ok && Buffer.from(read.bytes).equals(bytes) && Buffer.from(kept.bytes).equals(bytes)).toBe(true);
    }
  });
  it('gives readUserFile\'s reasons for a folder and a missing file', () => {
    for (const p of [dir, join(dir, 'missing.json')]) {
      const read = readTransient(p);
      expect(read.ok).toBe(false);
      expect(read).toEqual(readUserFile(p));
    }
  });
});

describe('files that are not regular files', () => {
  it('a FIFO is refused at once, not waited on', () => {
    const fifo = join(dir, 'pipe.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    for (const r of [readTransient(fifo), readUserFile(fifo)]) expect(r).toEqual({ ok: false, reason: NOT_REGULAR });
  });
});

describe('reasonOf', () => {
  const err = (code: string) => Object.assign(new Error(code), { code });
  it('says whether the file could not be read or written', () => {
    expect(reasonOf(err('EACCES'))).toBe('tidak boleh dibaca / permission denied');
    expect(reasonOf(err('EACCES'), 'write')).toBe('tidak boleh ditulis / permission denied');
    expect(reasonOf(err('EROFS'), 'write')).toBe('sistem berkas hanya-baca / read-only file system');
    expect(reasonOf(err('EIO'), 'write')).toBe('tidak dapat ditulis / cannot be written (EIO)');
  });
});
