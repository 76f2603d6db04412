// dist/spbe.cjs runs the bundle through the V8 code cache the build wrote
// (cli/launch.cjs): the cache must be accepted by this Node, never be written
// by a run, and a missing, stale or damaged cache must change nothing.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { join, resolve } from 'node:path';
import { Script } from 'node:vm';
import { tempDir } from './run.ts';

const DIST = resolve('dist');
const FILES = ['spbe.cjs', 'spbe-main.cjs', 'spbe-main.cache'];
const lintExamples = (dir: string) =>
  spawnSync(process.execPath, [join(dir, 'spbe.cjs'), 'lint', 'examples', '--format', 'json'], { encoding: 'utf8', env: { ...process.env, SPBE_WRITE_CODE_CACHE: '' } });

describe('the code cache of dist/spbe.cjs', () => {
  it('was built for this bundle and is accepted by this Node', () => {
    const bytes = readFileSync(join(DIST, 'spbe-main.cjs'));
    const cache = readFileSync(join(DIST, 'spbe-main.cache'));
    expect(cache.readUInt32LE(0)).toBe(bytes.length);
    expect(cache.subarray(4, 4 + bytes.length).equals(bytes)).toBe(true);
    const script = new Script(Module.wrap(bytes.toString('utf8')), { filename: join(DIST, 'spbe-main.cjs'), cachedData: cache.subarray(4 + bytes.length) });
    expect(script.cachedDataRejected).toBe(false);
  });

  it('is not written by a run', () => {
    const before = statSync(join(DIST, 'spbe-main.cache')).mtimeMs;
    expect(lintExamples(DIST).status).toBe(0);
    expect(statSync(join(DIST, 'spbe-main.cache')).mtimeMs).toBe(before);
  });

  it('missing, for another bundle, or damaged: the same output', () => {
    const expected = lintExamples(DIST);
    const damage: [string, (cache: Buffer) => Buffer | null][] = [
      ['missing', () => null],
      // The copy of the bundle inside differs in one byte: made for another bundle of the same length.
      ['another bundle', (c) => { const d = Buffer.from(c); d[100] = d[100]! ^ 1; return d; }],
      ['damaged V8 data', (c) => { const at = 4 + c.readUInt32LE(0); return Buffer.concat([c.subarray(0, at), Buffer.alloc(c.length - at, 1)]); }],
      ['cut short', (c) => c.subarray(0, 40)],
    ];
    for (const [name, edit] of damage) {
      const dir = tempDir();
      for (const f of FILES) copyFileSync(join(DIST, f), join(dir, f));
      const cache = edit(readFileSync(join(DIST, 'spbe-main.cache')));
      if (cache) writeFileSync(join(dir, 'spbe-main.cache'), cache);
      else rmSync(join(dir, 'spbe-main.cache'));
      const r = lintExamples(dir);
      expect({ name, status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ name, status: expected.status, stdout: expected.stdout, stderr: expected.stderr });
    }
  });
});
