/**
 * Calendar dates as the assessment file writes them (ISO YYYY-MM-DD), with
 * plain number arithmetic: no Date object, no time zone, never today's date.
 * Every date rule measures against the file's evaluation year (ctx.year).
 * @module core/lint/rules/internal/dates
 */

import { daysInMonth, isoDateNumber } from '../../../iso-date.ts';
import type { Framework } from '../../../types.ts';

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
 * The date document ages are measured against in evaluation year Y: the
 * round's reference date where its schedule is known (framework data
 * `rounds`, docs/reference/portals.md), else 1 January of Y, the earliest day
 * of the round and so the reading that never calls a document too old that
 * some day of the round would still accept. `known` says which.
 */
export interface ReferenceDate {
  date: Ymd;
  known: boolean;
}

export function referenceDate(fw: Pick<Framework, 'rounds'>, year: number): ReferenceDate {
  const round = parseIsoDate(fw.rounds?.[String(year)]?.referenceDate);
  return round ? { date: round, known: true } : { date: startOfYear(year), known: false };
}

/**
 * The last day a document is too old on `reference` for a rule of "less than
 * n years" ("masih berlaku (<2 tahun)"): the same calendar day n years
 * earlier. A document dated after it is younger than n years.
 */
export const lastTooOldDay = (reference: Ymd, years = 2): Ymd => addYears(reference, -years);
