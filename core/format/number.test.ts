import { describe, expect, it } from 'vitest';
import { Rational } from '../rational.ts';
import { formatDecimal, formatGain } from './number.ts';

describe('formatDecimal', () => {
  it.each([
    [2.59, 'id', '2,59'], [2.59, 'en', '2.59'], [3.282, 'id', '3,28'], [2.595, 'id', '2,60'], [1, 'id', '1,00'],
    [4.2, 'en', '4.20'], [0.004, 'id', '0,00'], [-0.125, 'en', '-0.13'],
  ] as const)('%d in %s is %s', (x, locale, out) => {
    expect(formatDecimal(x, locale)).toBe(out);
  });
  it('rounds the exact value, not its binary neighbour (1,005 → 1,01)', () => {
    expect(formatDecimal(1.005, 'id')).toBe('1,01');
    expect(formatDecimal(Rational.of(1n, 3n), 'id', 4)).toBe('0,3333');
  });
  it('signs gains', () => {
    expect(formatGain(0.0275, 'id', 3)).toBe('+0,028');
    expect(formatGain(-0.1, 'en')).toBe('-0.10');
  });
});
