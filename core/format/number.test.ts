import { describe, expect, it } from 'vitest';
import { Rational } from '../rational.ts';
import { formatAmount, formatDecimal, formatGain, formatIndex, formatShortfall, indexDecimals } from './number.ts';
import { frameworks } from '../frameworks/index.ts';

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

describe('figures that read true', () => {
  const spbe = frameworks['spbe-2020'];
  const pemdi = frameworks['pemdi-2026'];
  it('prints an index so that it never reads as another band than its predicate', () => {
    // PermenPANRB 59/2020: Baik from 2,60. 2.5975 is Cukup.
    expect(formatIndex(Rational.fromNumber(2.5975), spbe, 'id')).toBe('2,598');
    expect(formatIndex(Rational.fromNumber(2.59999999), spbe, 'id')).toBe('2,599999');
    expect(formatIndex(Rational.fromNumber(2.6), spbe, 'id')).toBe('2,60');
    expect(formatIndex(Rational.fromNumber(3.0712), spbe, 'en')).toBe('3.07');
    // PermenPANRB 8/2026: Cukup from 1,50.
    expect(formatIndex(Rational.fromNumber(1.4999), pemdi, 'id')).toBe('1,4999');
    expect(formatIndex(Rational.fromNumber(1.495), pemdi, 'id')).toBe('1,495');
  });
  it('shows a non-zero amount with the decimals it needs, two by default', () => {
    expect(formatAmount(0.025, 'id', true)).toBe('+0,03');
    expect(formatAmount(0.0025, 'id', true)).toBe('+0,0025');
    expect(formatAmount(0, 'id', true)).toBe('+0,00');
    expect(formatAmount(-0.75, 'en')).toBe('-0.75');
  });
  it('rounds a shortfall up at the decimals the index is shown with', () => {
    expect(formatShortfall(0.75, 'id')).toBe('0,75');
    expect(formatShortfall(0.2501, 'id')).toBe('0,26');
    expect(formatShortfall(0.0049, 'id', 3)).toBe('0,005');
    expect(formatShortfall(0.0001, 'en', 4)).toBe('0.0001');
  });
  it('adding the shortfall shown to the index shown reaches the bound, on every framework and near every bound', () => {
    for (const fw of Object.values(frameworks)) {
      for (const band of fw.predicates.bands) {
        if (band.min === null || band.min <= 1) continue;
        const bound = Rational.fromNumber(band.min);
        for (const below of [0.6, 0.26, 0.0051, 0.0049, 0.005, 0.0001, 0.000049, 1e-7]) {
          const x = bound.sub(Rational.fromNumber(below));
          const d = Math.min(indexDecimals(x, fw), 6);
          const shown = Number(formatIndex(x, fw, 'en')) + Number(formatShortfall(bound.sub(x), 'en', d));
          expect(shown, `${fw.id}: ${formatIndex(x, fw, 'en')} + ${formatShortfall(bound.sub(x), 'en', d)}`).toBeGreaterThanOrEqual(band.min - 1e-12);
        }
      }
    }
  });
});
