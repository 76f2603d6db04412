/**
 * Bytes to text, or a reason why the bytes are not a readable JSON file.
 * UTF-8 (with or without BOM) is the norm; UTF-16 with a BOM (what Windows
 * Notepad writes as "Unicode") is decoded, and reported so the file can be
 * saved as UTF-8. Anything else that is not valid UTF-8, or that holds NUL
 * bytes, is treated as binary.
 * @module core/json/decode
 */
import type { Message } from '../lint/diagnostic.ts';

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' }
  | { ok: false; reason: Message };

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
  } catch {
    return { ok: false, reason: binary };
  }
  if (text.includes('\u0000')) return { ok: false, reason: binary };
  return { ok: true, text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
}

const binary: Message = {
  id: 'Berkas bukan teks UTF-8 (tampaknya berkas biner); simpan penilaian sebagai JSON UTF-8.',
  en: 'The file is not UTF-8 text (it looks binary); save the assessment as UTF-8 JSON.',
};

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    if (text.includes('\u0000')) return { ok: false, reason: binary };
    return { ok: true, text, encoding };
  } catch {
    return { ok: false, reason: binary };
  }
}
