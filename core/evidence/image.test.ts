import { describe, expect, it } from 'vitest';
import { imageIntact } from './image.ts';
import { scanPng } from '../../test/helpers/pdf.ts';

/** A JPEG's marker structure (not decodable pixels: the check reads structure only). */
function jpeg({ eoi = true, trailer = [] as number[] } = {}): Uint8Array {
  const seg = (marker: number, payload: number[]) => [0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload];
  return new Uint8Array([
    0xff, 0xd8,
    ...seg(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...seg(0xdb, Array(65).fill(1)),
    ...seg(0xc0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]),
    ...seg(0xda, [1, 1, 0, 0, 63, 0]),
    0x12, 0x34, 0xff, 0x00, 0x56, 0xff, 0xd0, 0x78,
    ...(eoi ? [0xff, 0xd9] : []),
    ...trailer,
  ]);
}

describe('imageIntact', () => {
  const png = scanPng(20, 10);
  it('a whole PNG, and one cut short', () => {
    expect(imageIntact(png, 'png')).toBe(true);
    expect(imageIntact(png.subarray(0, png.length - 12), 'png')).toBe(false); // IEND gone
    expect(imageIntact(png.subarray(0, 40), 'png')).toBe(false); // inside IDAT
  });
  it('a whole JPEG, one with data after its end (a motion photo), and one cut short', () => {
    expect(imageIntact(jpeg(), 'jpeg')).toBe(true);
    expect(imageIntact(jpeg({ trailer: [0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70] }), 'jpeg')).toBe(true);
    expect(imageIntact(jpeg({ eoi: false }), 'jpeg')).toBe(false);
    expect(imageIntact(jpeg().subarray(0, 30), 'jpeg')).toBe(false); // inside the tables
  });
  it('other kinds are not judged', () => expect(imageIntact(png, 'gif')).toBeNull());
});
