/**
 * Numbers at the edge: the engine keeps exact values; only display rounds.
 * Indonesian form uses a decimal comma (2,59); English a point (2.59).
 * @module core/format/number
 */
import type { Locale } from '../types.ts';
import { Rational } from '../rational.ts';

/**
 * Round half up to `digits` decimals, exactly (2.595 → 2,60, never 2,59 from a
 * binary 2.59499…), and print in the locale's form.
 */
export function formatDecimal(x: Rational | number, locale: Locale = 'id', digits = 2): string {
  const r = typeof x === 'number' ? Rational.fromNumber(x) : x;
  const scale = 10n ** BigInt(digits);
  const neg = r.num < 0n;
  const n = (neg ? -r.num : r.num) * scale;
  let q = n / r.den;
  if ((n % r.den) * 2n >= r.den) q += 1n;
  const s = q.toString().padStart(digits + 1, '0');
  const int = s.slice(0, s.length - digits);
  const frac = s.slice(s.length - digits);
  const sep = locale === 'id' ? ',' : '.';
  return `${neg && q !== 0n ? '-' : ''}${int}${digits > 0 ? sep + frac : ''}`;
}

/** A signed gain for display: +0,03 / +0.03. */
export function formatGain(x: Rational | number, locale: Locale = 'id', digits = 2): string {
  const s = formatDecimal(x, locale, digits);
  return s.startsWith('-') ? s : `+${s}`;
}
