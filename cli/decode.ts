/**
 * A file's bytes to text on Node. The common case (no BOM, no NUL byte, valid
 * UTF-8) goes through Node's native checks (simdutf), several times faster
 * than TextDecoder; every other case goes to core/json/decode.ts, so what
 * counts as a BOM, UTF-16 or binary is decided in one place only.
 * @module cli/decode
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { decodeBytes, type Decoded } from '../core/json/decode.ts';

export function decodeFileBytes(bytes: Uint8Array): Decoded {
  // A file starting with one of these bytes may start with a BOM (EF BB BF, FF FE, FE FF).
  const first = bytes[0];
  if (first === 0xef || first === 0xfe || first === 0xff) return decodeBytes(bytes);
  // NUL bytes make the file binary, valid UTF-8 or not.
  if (bytes.includes(0)) return decodeBytes(bytes);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // ASCII reads the same as Latin-1, which Node copies byte for byte into a one-byte string.
  if (isAscii(buf)) return { ok: true, text: buf.toString('latin1'), encoding: 'utf-8' };
  // isUtf8 rejects what a fatal TextDecoder rejects: overlongs, surrogates, beyond U+10FFFF, truncation.
  if (isUtf8(buf)) return { ok: true, text: buf.toString('utf8'), encoding: 'utf-8' };
  return decodeBytes(bytes);
}
