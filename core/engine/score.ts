/**
 * The index engine: indicator values → aspect → domain (spbe-2020) → index, in
 * exact decimal arithmetic, following the regulations' formulas literally:
 * - PermenPANRB 59/2020 Lampiran I B.4: Indeks Aspek = (1/BA)·Σ(NI·BI),
 *   Indeks Domain = (1/BD)·Σ(NA·BA), Indeks SPBE = (1/100)·Σ(ND·BD).
 * - PermenPANRB 8/2026 Lampiran Bagian B: Indeks Aspek = Σ(wI·NI)/wA,
 *   Indeks Pemdi = Σ(wA/100 · Indeks Aspek).
 * Nothing is rounded here; rounding is for display (core/format).
 *
 * A partly filled assessment has two figures, each named by its basis
 * wherever it is shown (docs/rules/README.md, "Figures and their basis"):
 * - `index`, the index of the filled indicators: each level is the weighted
 *   mean of the filled indicators under it (with every indicator filled this is
 *   the regulation's formula);
 * - `final`, the final index if the missing indicators stay at the floor 1.00:
 *   the lower end of `range`, what the final index can still reach when the
 *   missing indicators are filled anywhere from 1 to 5. Gains and the gap to
 *   the next predicate are measured on it.
 * @module core/engine/score
 */
import type { Assessment, Framework, IndicatorDef, PredicateBand, Stage } from '../types.ts';
import { indicatorAt } from '../frameworks/index.ts';
import { HUNDRED, Rational, ZERO } from '../rational.ts';
import { absentExternalValue, fillsIndicator, indicatorValue, isExternal, type IndicatorValue } from './indicator-value.ts';
import { predicateOf } from './predicate.ts';

/** What the engine reads of an assessment: its indicators, and its stage where it has one (default mandiri). */
export type Scorable = Pick<Assessment, 'indicators'> & { stage?: Stage };

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
  /** The final index if the missing indicators stay at the floor (the bottom of indexRange), with its predicate. */
  final: Rational;
  finalPredicate: PredicateBand | null;
  /** Indicators not filled, in number order. */
  missing: number[];
  /** Indicators counted at the floor for want of a value (external indices without one), in number order. */
  floored: number[];
  /** True when any value shown rests on the Pemdi item-share estimate, an external conversion or the floor. */
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

/**
 * In a final record (stage akhir) an absent external-index indicator counts
 * at the floor, as in the official index ("Asumsi nilai dari indikator yang
 * menggunakan indeks lain = 1").
 */
const flooredWhenAbsent = (fw: Framework, a: Scorable, ind: IndicatorDef): boolean => a.stage === 'akhir' && !!fw.pemdi && isExternal(ind);

/**
 * Whether an indicator counts as filled, told without computing its value:
 * what "filled x of y" and the linter's summary of missing indicators count.
 */
export function countsAsFilled(fw: Framework, a: Scorable, ind: IndicatorDef): boolean {
  const entry = a.indicators[String(ind.number)];
  return entry ? fillsIndicator(fw, entry) : flooredWhenAbsent(fw, a, ind);
}

/** Values of the filled indicators, keyed by number. Unknown keys are ignored here (the linter reports them). */
export function indicatorValues(fw: Framework, a: Scorable): Map<number, IndicatorValue> {
  const out = new Map<number, IndicatorValue>();
  for (const ind of fw.indicators) {
    const entry = a.indicators[String(ind.number)];
    const v = entry ? indicatorValue(fw, ind, entry, a.stage) : flooredWhenAbsent(fw, a, ind) ? absentExternalValue(fw, ind) : null;
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
  const missing: number[] = [];
  for (const ind of fw.indicators) {
    const v = values.get(ind.number);
    if (v) filledSum = filledSum.add(v.value.mul(w(ind.weight)));
    else { missingWeight = missingWeight.add(w(ind.weight)); missing.push(ind.number); }
  }
  const final = filledSum.add(missingWeight.mul(w(fw.valueRange.min))).div(HUNDRED);
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
    final,
    finalPredicate: predicateOf(fw, final),
    missing,
    floored: [...values.values()].filter((v) => v.basis === 'external-floor').map((v) => v.number),
    estimated: [...values.values()].some((v) => v.estimate),
  };
}

/**
 * What an indicator's value adds to the index: NI·BI/100 (PermenPANRB 59/2020
 * Lampiran I B.4 and PermenPANRB 8/2026 Lampiran Bagian B with the nested
 * formulas flattened: each group's weight is the sum of its indicators').
 */
export function contributionOf(ind: Pick<IndicatorDef, 'weight'>, value: Rational): Rational {
  return value.mul(w(ind.weight)).div(HUNDRED);
}

/** Score an assessment under its framework. */
export function scoreAssessment(fw: Framework, a: Scorable): Score {
  return scoreValues(fw, indicatorValues(fw, a));
}

/**
 * The range the final index can still reach: from the final index (the
 * missing indicators at the floor) to every indicator still open at the top,
 * the missing ones and an external index counted at the floor (the bottom of
 * the range) until its value is known. Apart from Score: the tab, which
 * computes a score on every change, never shows it (content script budget).
 */
export function indexRange(score: Score): { min: Rational; max: Rational } {
  const fw = score.framework;
  let open = ZERO;
  for (const ind of fw.indicators) {
    const v = score.indicators.get(ind.number);
    if (!v || v.basis === 'external-floor') open = open.add(w(ind.weight));
  }
  return { min: score.final, max: score.final.add(open.mul(w(fw.valueRange.max - fw.valueRange.min)).div(HUNDRED)) };
}
