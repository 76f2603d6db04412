/**
 * What-if and gap: what the next step on each indicator adds to the index, and
 * the cheapest set of steps that reaches the next predicate.
 *
 * A step is what a team can do next: one level up (spbe-2020, where the Capaian
 * is a level) or one more evidence item accepted at the level being worked on
 * (pemdi-2026, where the value follows the items; the gain is an estimate).
 * Gains are measured on the projected final index: every filled indicator at its
 * value and every missing one at the minimum 1, the value an indicator can
 * always reach. That projection is the lower end of Score.range, so a path that
 * reaches a predicate here reaches it in the final result too.
 * Indicators whose value is fixed (an explicit `value` for Pemdi, or an external
 * national index) have no steps.
 * @module core/engine/steps
 */
import type { Framework, IndicatorDef, PredicateBand } from '../types.ts';
import { HUNDRED, Rational, ZERO, sum } from '../rational.ts';
import { estimateFromCounts, isExternal, levelItems, pemdiCounts, type IndicatorValue } from './indicator-value.ts';
import { portalItemCode } from '../frameworks/item-codes.ts';
import { nextBand, predicateOf } from './predicate.ts';
import { indicatorValues, type Scorable } from './score.ts';

export interface Step {
  indicator: number;
  /** spbe-2020: the level the step reaches. pemdi-2026: the level the item belongs to. */
  level: number;
  /** pemdi-2026: the item to upload or fix, by its local code (I4-L2-01). */
  item?: string;
  /** The same item by the portal's code (PG_04_04), where the aspect's prefix is known. */
  portalItem?: string;
  /** The indicator's value after this step. */
  value: Rational;
  /** What this step adds to the projected final index. */
  gain: Rational;
  estimate: boolean;
}

export interface Gap {
  /** The projected final index (missing indicators at 1). */
  projected: Rational;
  current: PredicateBand | null;
  next: PredicateBand | null;
  /** How much the projected index must still rise; null at the top band. */
  distance: Rational | null;
  /** Fewest steps that reach the next band, in the order to take them; null when out of reach. */
  path: Step[] | null;
}

/** For each indicator, the chain of steps it can still take, in order. */
export function stepChains(fw: Framework, a: Scorable, values = indicatorValues(fw, a)): Map<number, Step[]> {
  const chains = new Map<number, Step[]>();
  for (const ind of fw.indicators) chains.set(ind.number, chainFor(fw, ind, a, values.get(ind.number)));
  return chains;
}

function chainFor(fw: Framework, ind: IndicatorDef, a: Scorable, v: IndicatorValue | undefined): Step[] {
  const weight = Rational.fromNumber(ind.weight);
  const gainOf = (from: Rational, to: Rational) => to.sub(from).mul(weight).div(HUNDRED);
  const floor = Rational.fromNumber(fw.valueRange.min);
  const steps: Step[] = [];
  if (!fw.itemsPerLevel) {
    // spbe-2020: the next levels above the chosen one (or above 1 when not filled).
    const start = v ? v.value : floor;
    let prev = start;
    for (let level = Math.floor(start.toNumber()) + 1; level <= 5; level++) {
      const value = Rational.int(level);
      steps.push({ indicator: ind.number, level, value, gain: gainOf(prev, value), estimate: false });
      prev = value;
    }
    return steps;
  }
  if (isExternal(ind) || v?.basis === 'value') return steps;
  const { counted, items, countedCodes: taken } = pemdiCounts(fw, ind, a.indicators[String(ind.number)], a.stage);
  // Items already counted are not steps; each step takes the next item not counted yet.
  let prev = v ? v.value : floor;
  let { workingLevel } = estimateFromCounts(fw, counted, items);
  while (workingLevel !== null) {
    const level = workingLevel;
    const position = levelItems(ind, level).findIndex((d) => !taken.has(d.code));
    const next = levelItems(ind, level)[position];
    if (next) taken.add(next.code);
    counted[level] = (counted[level] ?? 0) + 1;
    const est = estimateFromCounts(fw, counted, items);
    const portalItem = next ? portalItemCode(ind, fw.aspects, level, position + 1) : null;
    steps.push({
      indicator: ind.number, level, item: next?.code, ...(portalItem ? { portalItem } : {}),
      value: est.value, gain: gainOf(prev, est.value), estimate: true,
    });
    prev = est.value;
    workingLevel = est.workingLevel;
  }
  return steps;
}

/** The projected final index: filled indicators at their value, missing ones at 1. */
export function projectedIndex(fw: Framework, values: Map<number, IndicatorValue>): Rational {
  const floor = Rational.fromNumber(fw.valueRange.min);
  return sum(fw.indicators.map((ind) => (values.get(ind.number)?.value ?? floor).mul(Rational.fromNumber(ind.weight)))).div(HUNDRED);
}

/**
 * The fewest steps whose gains together reach `need`. Each indicator's steps
 * must be taken in order (a prefix of its chain), so this is a small
 * multiple-choice knapsack solved by dynamic programming over the step count:
 * best[k] = the largest gain k steps can give. The DP compares doubles for speed
 * (the overlay runs it on every change); the chosen set is then checked in exact
 * arithmetic, and a set that only reaches the band in floating point is not
 * accepted.
 */
export function cheapestPath(chains: Map<number, Step[]>, need: Rational): Step[] | null {
  if (need.cmp(ZERO) <= 0) return [];
  const lists = [...chains.values()].filter((c) => c.length > 0);
  const maxSteps = lists.reduce((n, c) => n + c.length, 0);
  let best = new Float64Array(maxSteps + 1).fill(-Infinity);
  best[0] = 0;
  const choice: Uint16Array[] = [];
  let reach = 0;
  for (const chain of lists) {
    const prefix = [0];
    for (const st of chain) prefix.push(prefix[prefix.length - 1]! + st.gain.toNumber());
    const nextBest = new Float64Array(maxSteps + 1).fill(-Infinity);
    const pick = new Uint16Array(maxSteps + 1);
    reach += chain.length;
    for (let k = 0; k <= reach; k++) {
      for (let t = 0; t < prefix.length && t <= k; t++) {
        const g = best[k - t]! + prefix[t]!;
        if (g > nextBest[k]!) { nextBest[k] = g; pick[k] = t; }
      }
    }
    best = nextBest;
    choice.push(pick);
  }
  const needF = need.toNumber();
  for (let k0 = 1; k0 <= maxSteps; k0++) {
    if (!(best[k0]! >= needF - 1e-9)) continue;
    const taken: Step[] = [];
    let k = k0;
    for (let j = lists.length - 1; j >= 0; j--) {
      const t = choice[j]![k]!;
      taken.push(...lists[j]!.slice(0, t));
      k -= t;
    }
    if (sum(taken.map((st) => st.gain)).gte(need)) return orderPath(taken);
  }
  return null;
}

/**
 * Indicators with the biggest total gain first; within one indicator its steps
 * keep their order, since each is a prerequisite of the next.
 */
function orderPath(steps: Step[]): Step[] {
  const total = new Map<number, Rational>();
  for (const st of steps) total.set(st.indicator, (total.get(st.indicator) ?? ZERO).add(st.gain));
  return steps
    .map((st, i) => ({ st, i }))
    .sort((x, y) => total.get(y.st.indicator)!.cmp(total.get(x.st.indicator)!) || x.st.indicator - y.st.indicator || x.i - y.i)
    .map((x) => x.st);
}

/** The distance to the next predicate and the cheapest steps that close it. */
export function gapToNextPredicate(
  fw: Framework, a: Scorable, values = indicatorValues(fw, a), chains?: Map<number, Step[]>,
): Gap {
  const projected = projectedIndex(fw, values);
  const current = predicateOf(fw, projected);
  const next = nextBand(fw, projected);
  if (!next) return { projected, current, next: null, distance: null, path: null };
  const distance = next.min.sub(projected);
  return { projected, current, next: next.band, distance, path: cheapestPath(chains ?? stepChains(fw, a, values), distance) };
}

/** The first step of every indicator that has one, biggest gain first. */
export function nextSteps(fw: Framework, a: Scorable, chains = stepChains(fw, a)): Step[] {
  return [...chains.values()].flatMap((c) => c.slice(0, 1)).sort((x, y) => y.gain.cmp(x.gain) || x.indicator - y.indicator);
}
