// The "framework" key is looked for in the first 64 KiB, wherever it is in them.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { looksLikeAssessment } from './discover.ts';

const dir = mkdtempSync(join(tmpdir(), 'spbe-discover-'));
/** A JSON file whose "framework" key starts `at` bytes in. */
const withKeyAt = (at: number, encoding: 'utf8' | 'utf16le' = 'utf8') => {
  const text = `{"pad": "${'x'.repeat(Math.max(0, at - 10))}", "framework" :"spbe-2020"}`;
  const p = join(dir, `at-${at}-${encoding}.json`);
  writeFileSync(p, encoding === 'utf16le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) : text);
  return p;
};

describe('looksLikeAssessment', () => {
  it.each([10, 4080, 4090, 4096, 5000, 60_000])('finds the key %i bytes in', (at) => expect(looksLikeAssessment(withKeyAt(at))).toBe(true));
  it('finds it in UTF-16, also past the first 4 KiB', () => {
    expect(looksLikeAssessment(withKeyAt(10, 'utf16le'))).toBe(true);
    expect(looksLikeAssessment(withKeyAt(3000, 'utf16le'))).toBe(true);
  });
  it('looks no further than 64 KiB, and not at missing files', () => {
    expect(looksLikeAssessment(withKeyAt(70_000))).toBe(false);
    expect(looksLikeAssessment(join(dir, 'missing.json'))).toBe(false);
  });
});
