import { describe, expect, it } from 'vitest';
import { citedParts } from './folder.ts';

describe('citedParts', () => {
  it('is a plain file name alone', () => {
    expect(citedParts('12.a.Perwal 12 2022.pdf')).toEqual(['12.a.Perwal 12 2022.pdf']);
  });
  it('splits at either separator, skipping . and empty segments', () => {
    expect(citedParts('./bukti\\\\12//a.pdf')).toEqual(['bukti', '12', 'a.pdf']);
    expect(citedParts('bukti/../a.pdf')).toEqual(['bukti', '..', 'a.pdf']);
  });
  it('has no segment for an empty name or .', () => {
    expect(citedParts('')).toEqual([]);
    expect(citedParts('.')).toEqual([]);
    expect(citedParts('./')).toEqual([]);
  });
});
