import { describe, expect, it } from 'vitest';
import { addYears, compareDates, endOfYear, formatIso, parseIsoDate, validFrom } from './dates.ts';

const d = (s: string) => parseIsoDate(s)!;

describe('dates', () => {
  it.each([
    ['2024-02-29', true], ['2023-02-29', false], ['1900-02-29', false], ['2000-02-29', true],
    ['2025-04-31', false], ['2025-13-01', false], ['2025-1-01', false], ['2025-12-31', true],
  ])('parseIsoDate(%s) is a date: %s', (s, ok) => expect(parseIsoDate(s) !== null).toBe(ok));

  it.each([
    ['2023-03-15', '2024-03-15'], ['2024-02-29', '2025-02-28'], ['2023-12-31', '2024-12-31'],
  ])('addYears(%s, 1) = %s', (from, to) => expect(formatIso(addYears(d(from), 1))).toBe(to));

  it('compares by calendar order', () => {
    expect(compareDates(d('2022-12-31'), d('2023-01-01'))).toBeLessThan(0);
    expect(compareDates(d('2023-01-01'), d('2023-01-01'))).toBe(0);
    expect(compareDates(d('2023-02-01'), d('2023-01-31'))).toBeGreaterThan(0);
  });

  it('puts the two-year window at 1 January of Y-2, and the year end at 31 December', () => {
    expect(formatIso(validFrom(2025))).toBe('2023-01-01');
    expect(formatIso(endOfYear(2025))).toBe('2025-12-31');
  });
});
