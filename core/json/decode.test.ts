// What a file's bytes are taken for: UTF-8, UTF-16 with its BOM, text in
// another encoding (said where), or binary.
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.ts';

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('decodeBytes', () => {
  it('text saved as ANSI (Windows-1252) is said to be in another encoding, at its first byte that is not UTF-8', () => {
    const d = decodeBytes(latin1('{\r\n  "agency": { "name": "Kota Bontang" },\r\n  "note": "Caf\u00e9"\r\n}\r\n'));
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.at).toEqual({ line: 2, character: 14 });
    expect(d.reason.id).toBe('Berkas bukan teks UTF-8: baris 3 kolom 15 tampaknya ditulis dengan pengodean lain (mis. ANSI/Windows-1252 dari Excel atau Notepad); simpan ulang sebagai UTF-8.');
  });
  it('counts the columns of a line in characters, after valid multi-byte ones', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('"é'), 0xe9, 0x22]);
    const d = decodeBytes(bytes);
    expect(!d.ok && d.at).toEqual({ line: 0, character: 2 });
  });
  it('bytes with NUL or control characters are binary, with no place', () => {
    for (const bytes of [Uint8Array.from([0x7b, 0x00, 0xe9]), Uint8Array.from([0x1b, 0xe9, 0x7d]), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a])]) {
      const d = decodeBytes(bytes);
      expect(d.ok).toBe(false);
      if (d.ok) return;
      expect(d.at).toBeUndefined();
      expect(d.reason.id).toContain('biner');
    }
  });
  it('UTF-8, with or without its BOM, is text', () => {
    expect(decodeBytes(new TextEncoder().encode('{"a": "é"}'))).toEqual({ ok: true, text: '{"a": "é"}', encoding: 'utf-8' });
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toEqual({ ok: true, text: '{}', encoding: 'utf-8-bom' });
  });
});
