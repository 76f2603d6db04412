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
  | { ok: false; reason: Message; at?: { line: number; character: number } };

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
  } catch {
    return otherEncoding(bom ? bytes.subarray(3) : bytes) ?? { ok: false, reason: binary };
  }
  if (text.includes('\u0000')) return { ok: false, reason: binary };
  return { ok: true, text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
}

/** The length of the valid UTF-8 sequence at `i`, or 0 (RFC 3629: no overlongs, no surrogates, at most U+10FFFF). */
function utf8SequenceAt(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (n === 0 || i + n > b.length) return 0;
  for (let k = 1; k < n; k++) if ((b[i + k]! & 0xc0) !== 0x80) return 0;
  const c1 = b[i + 1]!;
  if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f) || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return 0;
  return n;
}

/**
 * Text saved in another encoding than UTF-8: no NUL and no control bytes
 * but tab and line breaks, as Excel or Notepad write "ANSI" (Windows-1252) on
 * an Indonesian Windows. Said as such, at the first byte that is not UTF-8,
 * instead of calling the file binary. Null when the bytes do not look like text.
 */
function otherEncoding(b: Uint8Array): Decoded | null {
  for (const c of b) if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) return null;
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < b.length;) {
    const n = utf8SequenceAt(b, i);
    if (n === 0) {
      const character = new TextDecoder().decode(b.subarray(lineStart, i)).length;
      return {
        ok: false,
        at: { line, character },
        reason: {
          id: `Berkas bukan teks UTF-8: baris ${line + 1} kolom ${character + 1} tampaknya ditulis dengan pengodean lain (mis. ANSI/Windows-1252 dari Excel atau Notepad); simpan ulang sebagai UTF-8.`,
          en: `The file is not UTF-8 text: line ${line + 1} column ${character + 1} seems written in another encoding (e.g. ANSI/Windows-1252 from Excel or Notepad); save it again as UTF-8.`,
        },
      };
    }
    if (b[i] === 10) { line++; lineStart = i + 1; }
    i += n;
  }
  return null;
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
