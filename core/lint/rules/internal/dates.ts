/**
 * Calendar dates as the assessment file writes them (ISO YYYY-MM-DD), with
 * plain number arithmetic: no Date object, no time zone, never today's date.
 * Every date rule measures against the file's evaluation year (ctx.year).
 * @module core/lint/rules/internal/dates
 */

import { daysInMonth, isoDateNumber } from '../../../iso-date.ts';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

// What a YYYY-MM-DD string names is read in core/iso-date.ts, which the schema's date format shares.
export { daysInMonth };

/** The date a `YYYY-MM-DD` string names, or null when it names none ("2025-02-30"). */
export function parseIsoDate(s: string | undefined): Ymd | null {
  const n = isoDateNumber(s);
  return n < 0 ? null : { y: Math.floor(n / 10000), m: Math.floor(n / 100) % 100, d: n % 100 };
}

/**
 * compareDates(parseIsoDate(s), bound) without building the date: negative,
 * zero or positive as the date s names is before, on or after bound, and NaN
 * when s names no date (so every comparison with it is false).
 */
export function compareIsoDate(s: string | undefined, bound: Ymd): number {
  const n = isoDateNumber(s);
  return n < 0 ? NaN : n - (bound.y * 10000 + bound.m * 100 + bound.d);
}

export const formatIso = ({ y, m, d }: Ymd): string =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Negative, zero or positive as a is before, on or after b. */
export const compareDates = (a: Ymd, b: Ymd): number => (a.y - b.y) * 10000 + (a.m - b.m) * 100 + (a.d - b.d);

/**
 * The same calendar day n years later. 29 February falls back to 28 February
 * in a common year: the period ends on the last day of the month when the
 * corresponding day does not exist (the usual rule for periods counted in
 * years, e.g. BGB §188(3); Indonesian regulations state none).
 */
export function addYears(date: Ymd, n: number): Ymd {
  const y = date.y + n;
  return { y, m: date.m, d: Math.min(date.d, daysInMonth(y, date.m)) };
}

export const startOfYear = (y: number): Ymd => ({ y, m: 1, d: 1 });
export const endOfYear = (y: number): Ymd => ({ y, m: 12, d: 31 });

/**
 * The first day of the "masih berlaku (<2 tahun)" window of evaluation year Y:
 * 1 January of Y-2. A review or audit dated on or after it counts; one dated
 * before it is too old. The file gives only the year, not the day of the
 * assessment, so the window is counted in calendar years (evaluation 2024:
 * documents of 2022, 2023 and 2024), the reading that never flags a document
 * some day of the evaluation year could still accept as recent.
 */
export const validFrom = (evaluationYear: number, years = 2): Ymd => startOfYear(evaluationYear - years);
