import { describe, expect, it } from 'vitest';
import { claimedKind, kindOfBytes } from './sniff.ts';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('kindOfBytes', () => {
  it.each([
    ['pdf', bytes('%PDF-1.7\n%\u00e2\u00e3')],
    ['pdf', bytes(' '.repeat(200), '%PDF-1.4')], // readers accept a header within the first 1024 bytes
    ['png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0])],
    ['gif', bytes('GIF89a')],
    ['webp', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 ')],
    ['zip', bytes([0x50, 0x4b, 0x03, 0x04, 20, 0])],
    ['ole', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
    ['html', bytes([0xef, 0xbb, 0xbf], '  <!DOCTYPE html><html>')], // after a UTF-8 byte order mark
    ['html', bytes('<html lang="id"><head>')],
    ['text', bytes('Notulen rapat\r\n')],
    ['unknown', bytes([0, 1, 2, 3, 250])],
  ])('%s', (kind, b) => expect(kindOfBytes(b)).toBe(kind));
});

describe('claimedKind', () => {
  it('judges only extensions with a certain signature', () => {
    expect(['pdf', 'PDF', 'png', 'jpg', 'JPEG'].map(claimedKind)).toEqual(['pdf', 'pdf', 'png', 'jpeg', 'jpeg']);
    expect(['docx', 'doc', 'xlsx', 'mp4', ''].map(claimedKind)).toEqual([null, null, null, null, null]);
  });
});
