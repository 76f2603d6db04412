import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LineIndex, positionsInLfText } from './positions.ts';

describe('positionsInLfText', () => {
  it('gives LineIndex.positionAt\'s answers for any offsets, in any order, out of range included', () => {
    const text = fc.array(fc.constantFrom('a', 'b', '\n', '😀', ' '), { maxLength: 60 }).map((cs) => cs.join(''));
    fc.assert(fc.property(text, fc.array(fc.integer({ min: -3, max: 130 }), { maxLength: 30 }), (t, offsets) => {
      const index = new LineIndex(t);
      expect(positionsInLfText(t, offsets)).toEqual(offsets.map((o) => index.positionAt(o)));
    }));
  });
  it('puts an offset on a line break at the end of its line, and the one after it at the next line\'s start', () => {
    expect(positionsInLfText('ab\ncd\n', [2, 3, 6, 0])).toEqual([
      { line: 0, character: 2 }, { line: 1, character: 0 }, { line: 2, character: 0 }, { line: 0, character: 0 },
    ]);
  });
});
