import { describe, expect, it } from 'vitest';
import { firstSegment } from './lint-evidence.ts';

describe('firstSegment', () => {
  it('is a plain file name itself', () => {
    expect(firstSegment('I1-L1-01.pdf')).toBe('I1-L1-01.pdf');
    expect(firstSegment('12.a.Perwal 12 2022.pdf')).toBe('12.a.Perwal 12 2022.pdf');
  });
  it('is the first folder of a path, either separator, skipping . and empty segments', () => {
    expect(firstSegment('bukti/12/a.pdf')).toBe('bukti');
    expect(firstSegment('./bukti/a.pdf')).toBe('bukti');
    expect(firstSegment('.\\bukti\\a.pdf')).toBe('bukti');
    expect(firstSegment('//bukti//a.pdf')).toBe('bukti');
  });
  it('is empty for a name with no segment', () => {
    expect(firstSegment('.')).toBe('');
    expect(firstSegment('./')).toBe('');
    expect(firstSegment('')).toBe('');
  });
});
