/**
 * Calendar dates written as ISO `YYYY-MM-DD`, read character by character into
 * one number and no object. Shared by the schema's `date` format (the compiled
 * validators check every evidence date of every file) and the date rules.
 * @module core/iso-date
 */

export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The number an ASCII digit run s[from..to) writes, or -1 when a character is not 0-9. */
function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The date a `YYYY-MM-DD` string names as one number, y·10000 + m·100 + d, or
 * -1 when it names none ("2025-02-30"): what /^(\d{4})-(\d{2})-(\d{2})$/
 * accepts, with a month 1-12 and a day that month has.
 */
export function isoDateNumber(s: string | undefined): number {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 /* - */ || s.charCodeAt(7) !== 45) return -1;
  const y = digitsAt(s, 0, 4);
  const m = digitsAt(s, 5, 7);
  const d = digitsAt(s, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return -1;
  return y * 10000 + m * 100 + d;
}

/**
 * The JSON Schema `date` format (RFC 3339 full-date), as ajv-formats checks it
 * and without its regular expression's match array: the compiled validators
 * import it under the format's name (build/ajv-standalone.mjs). A bench
 * corpus of 650 files holds 86 000 dates; the match arrays were 21 MB of
 * garbage per run.
 */
export const date = (s: string): boolean => isoDateNumber(s) >= 0;
