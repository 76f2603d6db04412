import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addYears, compareDates, compareIsoDate, daysInMonth, endOfYear, formatIso, lastTooOldDay, parseIsoDate, referenceDate } from './dates.ts';
import { frameworks } from '../../../frameworks/index.ts';

const d = (s: string) => parseIsoDate(s)!;

describe('dates', () => {
  it.each([
    ['2024-02-29', true], ['2023-02-29', false], ['1900-02-29', false], ['2000-02-29', true],
    ['2025-04-31', false], ['2025-13-01', false], ['2025-1-01', false], ['2025-12-31', true],
  ])('parseIsoDate(%s) is a date: %s', (s, ok) => expect(parseIsoDate(s) !== null).toBe(ok));

  it('parseIsoDate reads exactly what the pattern /^(\\d{4})-(\\d{2})-(\\d{2})$/ reads', () => {
    const byPattern = (s: string) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      if (!m) return null;
      const [y, mo, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return mo < 1 || mo > 12 || day < 1 || day > daysInMonth(y, mo) ? null : { y, m: mo, d: day };
    };
    const chars = fc.constantFrom(...'0123456789-/ \n:٣２'.split(''));
    const text = fc.oneof(fc.string({ unit: chars, maxLength: 12 }), fc.date({ noInvalidDate: true }).map((x) => x.toISOString().slice(0, 10)));
    fc.assert(fc.property(text, (s) => { expect(parseIsoDate(s)).toEqual(byPattern(s)); }), { numRuns: 5000 });
    expect(parseIsoDate(undefined)).toBeNull();
  });

  it('compareIsoDate compares as compareDates(parseIsoDate(s), bound) does, NaN for no date', () => {
    const chars = fc.constantFrom(...'0123456789-'.split(''));
    const text = fc.oneof(fc.string({ unit: chars, minLength: 10, maxLength: 10 }), fc.date({ noInvalidDate: true }).map((x) => x.toISOString().slice(0, 10)));
    const bound = fc.date({ noInvalidDate: true, min: new Date('1000-01-01'), max: new Date('9999-12-31') }).map((x) => d(x.toISOString().slice(0, 10)));
    fc.assert(fc.property(text, bound, (s, b) => {
      const date = parseIsoDate(s);
      if (date === null) expect(compareIsoDate(s, b)).toBeNaN();
      else expect(Math.sign(compareIsoDate(s, b))).toBe(Math.sign(compareDates(date, b)));
    }), { numRuns: 5000 });
    expect(compareIsoDate(undefined, endOfYear(2025))).toBeNaN();
  });

  it.each([
    ['2023-03-15', '2024-03-15'], ['2024-02-29', '2025-02-28'], ['2023-12-31', '2024-12-31'],
  ])('addYears(%s, 1) = %s', (from, to) => expect(formatIso(addYears(d(from), 1))).toBe(to));

  it('compares by calendar order', () => {
    expect(compareDates(d('2022-12-31'), d('2023-01-01'))).toBeLessThan(0);
    expect(compareDates(d('2023-01-01'), d('2023-01-01'))).toBe(0);
    expect(compareDates(d('2023-02-01'), d('2023-01-31'))).toBeGreaterThan(0);
  });

  it('measures against the round\'s documented reference date, or 1 January when the schedule is unknown', () => {
    expect(referenceDate(frameworks['spbe-2020'], 2025)).toEqual({ date: d('2025-08-18'), known: true });
    expect(referenceDate(frameworks['spbe-2020'], 2024)).toEqual({ date: d('2024-10-01'), known: true });
    expect(referenceDate(frameworks['spbe-2020'], 2023)).toEqual({ date: d('2023-01-01'), known: false });
    // "< 2 tahun" by dates: on 2024-10-01 a review of 2022-10-01 is two years old, one of 2022-10-02 is not.
    expect(formatIso(lastTooOldDay(d('2024-10-01')))).toBe('2022-10-01');
    expect(formatIso(lastTooOldDay(d('2024-02-29')))).toBe('2022-02-28');
  });

  it('puts the year end at 31 December', () => {
    expect(formatIso(endOfYear(2025))).toBe('2025-12-31');
  });
});
