// The "framework" key is looked for in the first 64 KiB, wherever it is in them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bytesLookLikeAssessment, headHasFrameworkKey } from './assessment-sniff.ts';

/** A JSON text whose "framework" key starts `at` bytes in. */
const withKeyAt = (at: number, encoding: 'utf8' | 'utf16le' = 'utf8') => {
  const text = `{"pad": "${'x'.repeat(Math.max(0, at - 10))}", "framework" :"spbe-2020"}`;
  return encoding === 'utf16le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) : Buffer.from(text);
};

describe('bytesLookLikeAssessment', () => {
  it.each([10, 4080, 4096, 5000, 60_000])('finds the key %i bytes in', (at) => expect(bytesLookLikeAssessment(withKeyAt(at))).toBe(true));
  it('finds it in UTF-16', () => expect(bytesLookLikeAssessment(withKeyAt(3000, 'utf16le'))).toBe(true));
  it('looks no further than 64 KiB', () => expect(bytesLookLikeAssessment(withKeyAt(70_000))).toBe(false));
});

describe('headHasFrameworkKey', () => {
  // What it replaced: the bytes as latin1 text, NULs dropped, and a regular expression.
  const byText = (buf: Buffer, n: number) => /"framework"\s*:/.test(buf.toString('latin1', 0, n).split('\0').join(''));
  it('answers as the regular expression on the latin1 text does', () => {
    const piece = fc.constantFrom('"framework"', '"framework', 'framework"', '"frame', 'work"', ':', ' ', '\t', '\n', '\u000b', '\f', '\r', '\u00a0', '\u0085', '\u0000', 'x', '"', '{', '"framework" :', '"FRAMEWORK":');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), fc.nat({ max: 200 }), (pieces, cut) => {
      const buf = Buffer.from(pieces.join(''), 'latin1');
      const n = Math.min(cut, buf.length);
      expect(headHasFrameworkKey(buf, n)).toBe(byText(buf, n));
      expect(headHasFrameworkKey(buf, buf.length)).toBe(byText(buf, buf.length));
    }), { numRuns: 5000 });
  });
});
