// Property tests (fast-check) of the index engine under both frameworks.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { frameworks } from '../frameworks/index.ts';
import { Rational, sum } from '../rational.ts';
import { indexRange, scoreAssessment } from './score.ts';
import { predicateOf } from './predicate.ts';
import type { Framework, IndicatorEntry } from '../types.ts';

const r = (x: number) => Rational.fromNumber(x);

/** A random, possibly partial assessment: levels for spbe-2020, two-decimal values for pemdi-2026. */
function arbIndicators(fw: Framework, complete = false) {
  const entry: fc.Arbitrary<IndicatorEntry> = fw.itemsPerLevel
    ? fc.integer({ min: 100, max: 500 }).map((c) => ({ value: c / 100 }))
    : fc.integer({ min: 1, max: 5 }).map((level) => ({ level }));
  const slot = complete ? entry.map((e) => e as IndicatorEntry | null) : fc.option(entry, { nil: null });
  return fc.tuple(...fw.indicators.map(() => slot)).map((xs) =>
    Object.fromEntries(xs.flatMap((e, k) => (e ? [[String(k + 1), e]] : []))) as Record<string, IndicatorEntry>,
  );
}

describe.each(Object.values(frameworks))('$id', (fw) => {
  it('keeps the index within [1, 5] and inside the reachable range', () => {
    fc.assert(fc.property(arbIndicators(fw), (indicators) => {
      const s = scoreAssessment(fw, { indicators });
      if (!s.index) return s.filled === 0;
      return s.index.gte(Rational.int(1)) && s.index.lte(Rational.int(5)) && indexRange(s).min.lte(indexRange(s).max)
        && indexRange(s).min.gte(Rational.int(1)) && indexRange(s).max.lte(Rational.int(5));
    }));
  });

  it('equals the weighted mean of the filled indicator values', () => {
    fc.assert(fc.property(arbIndicators(fw), (indicators) => {
      const s = scoreAssessment(fw, { indicators });
      const filled = fw.indicators.filter((i) => indicators[i.number]);
      if (filled.length === 0) return s.index === null;
      const v = (n: number) => r(indicators[n]!.value ?? indicators[n]!.level!);
      const mean = sum(filled.map((i) => v(i.number).mul(r(i.weight)))).div(sum(filled.map((i) => r(i.weight))));
      return s.index!.eq(mean);
    }));
  });

  it('equals the regulation\'s nested formula when complete (aspect → domain → index)', () => {
    fc.assert(fc.property(arbIndicators(fw, true), (indicators) => {
      const s = scoreAssessment(fw, { indicators });
      const top = fw.domains ?? fw.aspects;
      const nested = sum(top.map((g) => {
        const gs = fw.domains ? s.domains!.find((d) => d.number === g.number)! : s.aspects.find((a) => a.number === g.number)!;
        return gs.value!.mul(r(g.weight));
      })).div(Rational.int(100));
      return s.complete && s.index!.eq(nested);
    }));
  });

  it('never lowers the index when one indicator is raised', () => {
    fc.assert(fc.property(arbIndicators(fw, true), fc.integer({ min: 1, max: fw.indicators.length }), (indicators, n) => {
      const before = scoreAssessment(fw, { indicators }).index!;
      const e = indicators[n]!;
      const raised = fw.itemsPerLevel ? { value: Math.min(5, (e.value ?? 1) + 0.37) } : { level: Math.min(5, (e.level ?? 1) + 1) };
      const after = scoreAssessment(fw, { indicators: { ...indicators, [n]: raised } }).index!;
      return after.gte(before);
    }));
  });

  it('assigns the predicate by the exact bands, with no gaps or overlaps', () => {
    fc.assert(fc.property(fc.integer({ min: 10000, max: 50000 }), (c) => {
      const x = Rational.of(BigInt(c), 10000n);
      const matching = fw.predicates.bands.filter((b) => predicateOf({ ...fw, predicates: { ...fw.predicates, bands: [b] } }, x));
      return matching.length === 1 && predicateOf(fw, x) === matching[0];
    }));
  });
});

it('holds the band boundaries exactly on both sides', () => {
  for (const fw of Object.values(frameworks)) {
    for (const b of fw.predicates.bands) {
      if (b.min === null) continue;
      const min = r(b.min);
      expect(predicateOf(fw, min)!.name).toBe(b.name);
      expect(predicateOf(fw, min.sub(Rational.of(1n, 10n ** 12n)))?.name).not.toBe(b.name);
    }
  }
});
