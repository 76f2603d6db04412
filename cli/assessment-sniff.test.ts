// The members that mark an assessment are looked for in the first 64 KiB, wherever they are in them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bytesLookLikeAssessment, headLooksLikeAssessment } from './assessment-sniff.ts';

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

describe('headLooksLikeAssessment', () => {
  // What it replaced: the bytes as latin1 text, NULs dropped, and a regular expression.
  const byText = (buf: Buffer, n: number) => /"framework"\s*:/.test(buf.toString('latin1', 0, n).split('\0').join(''));
  it('answers for a "framework" key as the regular expression on the latin1 text does', () => {
    const piece = fc.constantFrom('"framework"', '"framework', 'framework"', '"frame', 'work"', ':', ' ', '\t', '\n', '\u000b', '\f', '\r', '\u00a0', '\u0085', '\u0000', 'x', '"', '{', '"framework" :', '"FRAMEWORK":');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), fc.nat({ max: 200 }), (pieces, cut) => {
      const buf = Buffer.from(pieces.join(''), 'latin1');
      const n = Math.min(cut, buf.length);
      expect(headLooksLikeAssessment(buf, n)).toBe(byText(buf, n));
      expect(headLooksLikeAssessment(buf, buf.length)).toBe(byText(buf, buf.length));
    }), { numRuns: 5000 });
  });
});

describe('an assessment whose "framework" key is missing or mistyped', () => {
  const looks = (text: string) => bytesLookLikeAssessment(Buffer.from(text));
  it('is recognised by its "indicators" object', () => {
    expect(looks('{"framwork": "pemdi-2026", "year": 2026, "indicators" : {"1": {"level": 2}}}')).toBe(true);
    expect(looks('{"indicators":\n  {}}')).toBe(true);
  });
  it('is recognised by a "$schema" naming the assessment schema, by path or by $id', () => {
    expect(looks('{"$schema": "../node_modules/spbe-lens/schemas/assessment.schema.json", "year": 2026}')).toBe(true);
    expect(looks('{"$schema":"https://example.org/spbe-lens/assessment.schema.json"}')).toBe(true);
    expect(bytesLookLikeAssessment(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"indicators": {}}', 'utf16le')]))).toBe(true);
  });
  it('is not confused with what score and compare write, or with other JSON', () => {
    expect(looks('{"kind": "same-framework", "indicators": [{"id": 1}]}')).toBe(false);
    expect(looks('{"$schema": "https://json.schemastore.org/package.json", "name": "x"}')).toBe(false);
    expect(looks('{"$schema": "./baseline.schema.json", "indicators": 3}')).toBe(false);
    expect(looks('{"note": "the \\"indicators\\" member"}')).toBe(false);
  });
});
