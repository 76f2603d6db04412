// The Node fast path decodes exactly as core/json/decode.ts does, or hands over to it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBytes } from '../core/json/decode.ts';
import { decodeFileBytes } from './decode.ts';

const utf16 = (s: string, bom: number[], swap: boolean) => {
  const b = Buffer.from(s, 'utf16le');
  if (swap) b.swap16();
  return Buffer.concat([Buffer.from(bom), b]);
};

describe('decodeFileBytes', () => {
  it.each([
    ['empty', []], ['ASCII', [0x7b, 0x7d]], ['UTF-8', [0x22, 0xc3, 0xa9, 0x22]], ['a UTF-8 BOM', [0xef, 0xbb, 0xbf, 0x7b, 0x7d]],
    ['a BOM inside', [0x20, 0xef, 0xbb, 0xbf]], ['NUL', [0x7b, 0x00, 0x7d]], ['NUL after non-ASCII', [0xc3, 0xa9, 0x00]],
    ['a surrogate in UTF-8', [0xed, 0xa0, 0x80]], ['an overlong', [0xc0, 0x80]], ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a truncated sequence', [0x7b, 0xe2, 0x82]], ['a lone continuation', [0x80]], ['U+EFFFF-ish start', [0xef, 0xbf, 0xbf]],
    ['a UTF-16LE BOM', [0xff, 0xfe, 0x7b, 0x00]], ['a UTF-16BE BOM', [0xfe, 0xff, 0x00, 0x7b]], ['a broken UTF-16 file', [0xff, 0xfe, 0x00, 0xd8]],
  ])('agrees with decodeBytes on %s', (_, bytes) => {
    const b = Buffer.from(bytes);
    expect(decodeFileBytes(b)).toEqual(decodeBytes(b));
  });

  it('agrees with decodeBytes on any bytes and any text in any encoding', () => {
    const text = fc.string({ unit: 'binary', maxLength: 12 });
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 12 }),
      text.map((s) => Buffer.from(s, 'utf8')),
      text.map((s) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')])),
      text.map((s) => utf16(s, [0xff, 0xfe], false)),
      text.map((s) => utf16(s, [0xfe, 0xff], true)),
    );
    fc.assert(fc.property(bytes, (b) => {
      // A view into a larger buffer, as the reused read buffer hands out.
      const big = Buffer.concat([Buffer.from('xx'), Buffer.from(b), Buffer.from('yy')]);
      const view = big.subarray(2, 2 + b.length);
      expect(decodeFileBytes(view)).toEqual(decodeBytes(Uint8Array.from(b)));
    }), { numRuns: 5000 });
  });
});
