/**
 * Numbers at the edge: the engine keeps exact values; only display rounds.
 * Indonesian form uses a decimal comma (2,59); English a point (2.59).
 * @module core/format/number
 */
import type { Framework, Locale } from '../types.ts';
import { predicateOf } from '../engine/predicate.ts';
import { Rational } from '../rational.ts';

/** The scaled digits of |r| · 10^digits, rounded half up (2.595 → 260 at 2 digits, exactly). */
function scaledHalfUp(r: Rational, digits: number): bigint {
  const n = (r.num < 0n ? -r.num : r.num) * 10n ** BigInt(digits);
  const q = n / r.den;
  return (n % r.den) * 2n >= r.den ? q + 1n : q;
}

/** r rounded half up (away from zero) to `digits` decimals, exactly. */
export function roundedHalfUp(r: Rational, digits: number): Rational {
  const q = scaledHalfUp(r, digits);
  return Rational.of(r.num < 0n ? -q : q, 10n ** BigInt(digits));
}

/**
 * Round half up to `digits` decimals, exactly (2.595 → 2,60, never 2,59 from a
 * binary 2.59499…), and print in the locale's form.
 */
export function formatDecimal(x: Rational | number, locale: Locale = 'id', digits = 2): string {
  const r = typeof x === 'number' ? Rational.fromNumber(x) : x;
  const q = scaledHalfUp(r, digits);
  const s = q.toString().padStart(digits + 1, '0');
  const int = s.slice(0, s.length - digits);
  const frac = s.slice(s.length - digits);
  const sep = locale === 'id' ? ',' : '.';
  return `${r.num < 0n && q !== 0n ? '-' : ''}${int}${digits > 0 ? sep + frac : ''}`;
}

/** A signed gain for display: +0,03 / +0.03. */
export function formatGain(x: Rational | number, locale: Locale = 'id', digits = 2): string {
  const s = formatDecimal(x, locale, digits);
  return s.startsWith('-') ? s : `+${s}`;
}

/** The digits of |x| · 10^digits rounded up (away from zero), for a shortfall that must not read smaller than it is. */
function roundedUp(r: Rational, digits: number): Rational {
  const scale = 10n ** BigInt(digits);
  const n = (r.num < 0n ? -r.num : r.num) * scale;
  const q = n / r.den + (n % r.den === 0n ? 0n : 1n);
  return Rational.of(r.num < 0n ? -q : q, scale);
}

/**
 * Two decimals, or where two would show a non-zero amount as 0,00, two
 * significant digits (0,0025), at most six decimals.
 */
function decimalsFor(r: Rational): number {
  if (r.isZero() || !roundedHalfUp(r, 2).isZero()) return 2;
  for (let d = 3; d <= 6; d++) if (!roundedHalfUp(r, d).isZero()) return Math.min(d + 1, 6);
  return 6;
}

/**
 * An amount (a gain, a delta): two decimals, more when two would show a
 * non-zero amount as 0,00 (+0,0025 for an item worth a quarter of a
 * hundredth of the index).
 */
export function formatAmount(x: Rational | number, locale: Locale = 'id', signed = false): string {
  const r = typeof x === 'number' ? Rational.fromNumber(x) : x;
  const s = formatDecimal(r, locale, decimalsFor(r));
  return signed && !s.startsWith('-') ? `+${s}` : s;
}

/**
 * How far an index is short of a predicate's bound: rounded up to as many
 * decimals as the index is shown with (indexDecimals), so that adding what is
 * shown to the index as shown always reaches the bound (3,495 + 0,005 = 3,50;
 * 0,0049 would leave 3,4999). Bounds have at most two decimals, so rounding
 * up at the index's decimals covers the index's own rounding.
 */
export function formatShortfall(x: Rational | number, locale: Locale = 'id', decimals = 2): string {
  const r = typeof x === 'number' ? Rational.fromNumber(x) : x;
  return formatDecimal(roundedUp(r, decimals), locale, decimals);
}

/**
 * How many decimals formatIndex shows an index with: two, more where two would
 * read as another band; 7 when even six would (then six are shown, cut).
 */
export function indexDecimals(x: Rational, fw: Pick<Framework, 'predicates'>): number {
  let d = 2;
  while (d < 7 && predicateOf(fw, roundedHalfUp(x, d)) !== predicateOf(fw, x)) d++;
  return d;
}

/**
 * An index beside its predicate. Two decimals, unless those would read as
 * another band than the unrounded index is in (2,5975 is Cukup under
 * PermenPANRB 59/2020, whose Baik starts at 2,60: printed 2,598, never 2,60);
 * then as many more as it takes, and past six the digits are cut, not rounded.
 */
export function formatIndex(x: Rational, fw: Pick<Framework, 'predicates'>, locale: Locale = 'id'): string {
  const d = indexDecimals(x, fw);
  if (d < 7) return formatDecimal(x, locale, d);
  const scale = 10n ** 6n;
  return formatDecimal(Rational.of((x.num * scale) / x.den, scale), locale, 6);
}
