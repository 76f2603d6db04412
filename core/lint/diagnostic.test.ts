import { describe, expect, it } from 'vitest';
import { parsePointer, pointerOf } from './diagnostic.ts';

describe('JSON Pointers (RFC 6901)', () => {
  it('reads segments, unescaping ~1 as / and ~0 as ~', () => {
    expect(parsePointer('')).toEqual([]);
    expect(parsePointer('/indicators/3/evidence/0/file')).toEqual(['indicators', '3', 'evidence', '0', 'file']);
    expect(parsePointer('/a~1b/c~0d/~01')).toEqual(['a/b', 'c~d', '~1']);
    expect(parsePointer('/')).toEqual(['']);
  });

  it('writes what it reads', () => {
    for (const path of [['a/b', 'c~d', '~1'], ['indicators', '12'], ['']]) expect(parsePointer(pointerOf(path))).toEqual(path);
  });
});
