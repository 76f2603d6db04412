/**
 * Whether a PNG or JPEG is whole: the commonest broken image is a truncated
 * copy (an interrupted download or transfer), which viewers show grey or not
 * at all. Judged from the structure the formats define, without decoding
 * pixels, so the CLI and the extension decide alike: PNG chunks must follow
 * each other to IEND (PNG spec 5.3, 11.2.5); a JPEG's marker segments must
 * lead to a scan (SOS) and an end-of-image marker must follow it (ITU T.81
 * B.1). Data after the end (phones append motion-photo video) is allowed.
 * @module core/evidence/image
 */
import type { FileKind } from './inspection.ts';

const u32 = (b: Uint8Array, i: number): number => ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;

function pngIntact(b: Uint8Array): boolean {
  let i = 8;
  for (let first = true; i + 8 <= b.length; first = false) {
    const length = u32(b, i);
    const type = String.fromCharCode(b[i + 4]!, b[i + 5]!, b[i + 6]!, b[i + 7]!);
    if (first && (type !== 'IHDR' || length !== 13)) return false;
    const next = i + 12 + length;
    if (next > b.length) return false;
    if (type === 'IEND') return true;
    i = next;
  }
  return false;
}

/** Markers without a length: SOI, EOI, RST0-7, TEM (T.81 Table B.1). */
const standalone = (m: number): boolean => m === 0xd8 || m === 0xd9 || (m >= 0xd0 && m <= 0xd7) || m === 0x01;

function jpegIntact(b: Uint8Array): boolean {
  if (b[0] !== 0xff || b[1] !== 0xd8) return false;
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return false;
    const marker = b[i + 1]!;
    if (marker === 0xff) { i++; continue; } // fill bytes
    if (standalone(marker)) { i += 2; continue; }
    const length = (b[i + 2]! << 8) + b[i + 3]!;
    if (length < 2 || i + 2 + length > b.length) return false;
    if (marker === 0xda) {
      // The entropy-coded scans follow; the image is whole when an EOI comes after them.
      for (let j = i + 2 + length; j + 1 < b.length; j++) if (b[j] === 0xff && b[j + 1] === 0xd9) return true;
      return false;
    }
    i += 2 + length;
  }
  return false;
}

/** Whether the image's structure is whole; null for kinds not judged. */
export function imageIntact(bytes: Uint8Array, kind: FileKind): boolean | null {
  if (kind === 'png') return pngIntact(bytes);
  if (kind === 'jpeg') return jpegIntact(bytes);
  return null;
}
