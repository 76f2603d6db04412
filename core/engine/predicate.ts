/**
 * Predicate bands, compared exactly. Each framework has its own table:
 * PermenPANRB 59/2020 Lampiran I B.5 Tabel 13 and PermenPANRB 8/2026 Tabel 4.
 * @module core/engine/predicate
 */
import type { Framework, PredicateBand } from '../types.ts';
import { Rational } from '../rational.ts';

export function inBand(x: Rational, band: PredicateBand): boolean {
  if (band.min !== null) {
    const c = x.cmp(Rational.fromNumber(band.min));
    if (band.minInclusive ? c < 0 : c <= 0) return false;
  }
  const c = x.cmp(Rational.fromNumber(band.max));
  return band.maxInclusive ? c <= 0 : c < 0;
}

/** The band an index falls in, or null outside every band (never for a valid index). */
export function predicateOf(fw: Pick<Framework, 'predicates'>, x: Rational): PredicateBand | null {
  return fw.predicates.bands.find((b) => inBand(x, b)) ?? null;
}

/** The band above the one x is in, with its exact lower bound; null at the top. */
export function nextBand(fw: Pick<Framework, 'predicates'>, x: Rational): { band: PredicateBand; min: Rational } | null {
  const bands = fw.predicates.bands;
  const i = bands.findIndex((b) => inBand(x, b));
  const next = bands[i + 1];
  if (i < 0 || !next || next.min === null) return null;
  return { band: next, min: Rational.fromNumber(next.min) };
}
