import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { baseNameOf, extensionOf, extensionStart, isImageFile } from './evidence.ts';
import { capList, formatRanges } from '../../../format/list.ts';

describe('evidence helpers', () => {
  it.each([
    ['12.a.Perwal-12-2022.pdf', 'pdf', '12.a.Perwal-12-2022'],
    ['35.screenshot LPSE.JPG', 'jpg', '35.screenshot LPSE'],
    ['12.a.Perwal', '', '12.a.Perwal'],
    ['README', '', 'README'],
    ['.pdf', 'pdf', ''],
  ])('%s: extension "%s", base "%s"', (name, ext, base) => {
    expect(extensionOf(name)).toBe(ext);
    expect(baseNameOf(name)).toBe(base);
  });

  it('extensionOf reads what /\\.([a-z0-9]{1,5})$/i captures, lower-cased; extensionStart is where it matches', () => {
    const pattern = /\.([a-z0-9]{1,5})$/i;
    const byPattern = (s: string) => pattern.exec(s.trim())?.[1]?.toLowerCase() ?? '';
    const chars = fc.constantFrom(...'aZ09.. _-/\tKſı١'.split(''));
    fc.assert(fc.property(fc.string({ unit: chars, maxLength: 10 }), (s) => {
      expect(extensionOf(s)).toBe(byPattern(s));
      expect(extensionStart(s.trim())).toBe(pattern.exec(s.trim())?.index ?? -1);
    }), { numRuns: 5000 });
  });

  it('knows image files', () => {
    expect(['a.png', 'b.JPEG', 'c.jpg', 'd.pdf', undefined].map(isImageFile)).toEqual([true, true, true, false, false]);
  });

  it('caps lists and writes ranges', () => {
    expect(capList(['a', 'b', 'c'], 2)).toBe('a, b, … (+1)');
    expect(capList(['a', 'b'], 2)).toBe('a, b');
    expect(formatRanges([9, 1, 2, 3, 5, 7, 8])).toBe('1-3, 5, 7-9');
    expect(formatRanges([])).toBe('');
  });
});
