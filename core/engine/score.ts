/**
 * The index engine: indicator values → aspect → domain (spbe-2020) → index, in
 * exact decimal arithmetic, following the regulations' formulas literally:
 * - PermenPANRB 59/2020 Lampiran I B.4: Indeks Aspek = (1/BA)·Σ(NI·BI),
 *   Indeks Domain = (1/BD)·Σ(NA·BA), Indeks SPBE = (1/100)·Σ(ND·BD).
 * - PermenPANRB 8/2026 Lampiran Bagian B: Indeks Aspek = Σ(wI·NI)/wA,
 *   Indeks Pemdi = Σ(wA/100 · Indeks Aspek).
 * Nothing is rounded here; rounding is for display (core/format).
 *
 * A partly filled assessment still scores: each level is the weighted mean of
 * the filled indicators under it (with every indicator filled this is the
 * regulation's formula), and `range` is what the final index can still reach when the
 * missing indicators are filled anywhere from 1 to 5.
 * @module core/engine/score
 */
import type { Assessment, Framework, PredicateBand } from '../types.ts';
import { indicatorAt } from '../frameworks/index.ts';
import { HUNDRED, Rational, ZERO } from '../rational.ts';
import { indicatorValue, type IndicatorValue } from './indicator-value.ts';
import { predicateOf } from './predicate.ts';

export interface GroupScore {
  number: number;
  name: string;
  weight: number;
  /** Weighted mean of the filled indicators under it; null when none is filled. */
  value: Rational | null;
  filled: number;
  total: number;
}

export interface Score {
  framework: Framework;
  index: Rational | null;
  predicate: PredicateBand | null;
  aspects: GroupScore[];
  domains: GroupScore[] | null;
  indicators: Map<number, IndicatorValue>;
  filled: number;
  total: number;
  complete: boolean;
  /** The final index with every missing indicator at 1 (min) or 5 (max). */
  range: { min: Rational; max: Rational };
  /** True when any value shown rests on the Pemdi item-share estimate or the external-index floor. */
  estimated: boolean;
}

const w = (x: number) => Rational.fromNumber(x);

/**
 * Σ(value·weight)/Σ(weight) over the parts that have a value: the shape of every
 * formula in both regulations (Tabel 10, 11 and 12 of PermenPANRB 59/2020 are
 * this function applied at each level).
 */
export function weightedMean(parts: Iterable<{ value: Rational; weight: Rational }>): Rational | null {
  let num = ZERO;
  let den = ZERO;
  for (const p of parts) {
    num = num.add(p.value.mul(p.weight));
    den = den.add(p.weight);
  }
  return den.isZero() ? null : num.div(den);
}

/** Values of the filled indicators, keyed by number. Unknown keys are ignored here (the linter reports them). */
export function indicatorValues(fw: Framework, a: Pick<Assessment, 'indicators'>): Map<number, IndicatorValue> {
  const out = new Map<number, IndicatorValue>();
  for (const ind of fw.indicators) {
    const entry = a.indicators[String(ind.number)];
    if (!entry) continue;
    const v = indicatorValue(fw, ind, entry);
    if (v) out.set(ind.number, v);
  }
  return out;
}

/**
 * A group (aspect, domain, whole index) over its indicators. With all of them
 * filled this is exactly the regulation's nested formula, because each aspect's
 * weight is the sum of its indicators' weights and each domain's the sum of its
 * aspects' (checked by test/frameworks.test.ts). With some missing, it is the
 * weighted mean of what is filled, so a half-filled aspect does not count as a
 * whole one.
 */
function group(fw: Framework, values: Map<number, IndicatorValue>, number: number, name: string, weight: number, indicators: number[]): GroupScore {
  const filledParts = indicators.flatMap((n) => {
    const v = values.get(n);
    return v ? [{ value: v.value, weight: w(indicatorAt(fw, n).weight) }] : [];
  });
  return { number, name, weight, value: weightedMean(filledParts), filled: filledParts.length, total: indicators.length };
}

export function scoreValues(fw: Framework, values: Map<number, IndicatorValue>): Score {
  const aspects = fw.aspects.map((a) => group(fw, values, a.number, a.name, a.weight, a.indicators));
  const domains = fw.domains?.map((d) =>
    group(fw, values, d.number, d.name, d.weight, d.aspects.flatMap((n) => fw.aspects.find((a) => a.number === n)!.indicators)),
  ) ?? null;
  const top = group(fw, values, 0, fw.name, 100, fw.indicators.map((i) => i.number));
  let missingWeight = ZERO;
  let filledSum = ZERO;
  for (const ind of fw.indicators) {
    const v = values.get(ind.number);
    if (v) filledSum = filledSum.add(v.value.mul(w(ind.weight)));
    else missingWeight = missingWeight.add(w(ind.weight));
  }
  return {
    framework: fw,
    index: top.value,
    predicate: top.value ? predicateOf(fw, top.value) : null,
    aspects,
    domains,
    indicators: values,
    filled: top.filled,
    total: top.total,
    complete: top.filled === top.total,
    range: {
      min: filledSum.add(missingWeight.mul(w(fw.valueRange.min))).div(HUNDRED),
      max: filledSum.add(missingWeight.mul(w(fw.valueRange.max))).div(HUNDRED),
    },
    estimated: [...values.values()].some((v) => v.estimate),
  };
}

/** Score an assessment under its framework. */
export function scoreAssessment(fw: Framework, a: Pick<Assessment, 'indicators'>): Score {
  return scoreValues(fw, indicatorValues(fw, a));
}
