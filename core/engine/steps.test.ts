// What-if and the cheapest path to the next predicate.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { frameworks } from '../frameworks/index.ts';
import { Rational, sum } from '../rational.ts';
import { scoreAssessment } from './score.ts';
import { cheapestPath, gapToNextPredicate, nextSteps, projectedIndex, stepChains, type Step } from './steps.ts';
import { indicatorValues } from './score.ts';
import type { IndicatorEntry } from '../types.ts';

const spbe = frameworks['spbe-2020'];
const pemdi = frameworks['pemdi-2026'];
const allAt = (level: number) => Object.fromEntries(spbe.indicators.map((i) => [String(i.number), { level } as IndicatorEntry]));

describe('spbe-2020 steps', () => {
  it('one level up on an indicator adds weight/100 to the index', () => {
    const steps = nextSteps(spbe, { indicators: allAt(2) });
    expect(steps).toHaveLength(47);
    const s42 = steps.find((s) => s.indicator === 42)!;
    expect([s42.level, s42.gain.toNumber()]).toEqual([3, 0.03]);
    expect(steps[0]!.gain.toNumber()).toBe(0.03); // the heaviest indicators (42-47, 3 %) come first
  });
  it('an indicator at 5 has no step; a missing one starts from 1', () => {
    const steps = nextSteps(spbe, { indicators: { 1: { level: 5 } } });
    expect(steps.find((s) => s.indicator === 1)).toBeUndefined();
    expect(steps.find((s) => s.indicator === 2)!.level).toBe(2);
  });
  it('the gap from all-2 (2,00 Cukup) to Baik (2,60) needs 0,60 and the fewest level steps', () => {
    const gap = gapToNextPredicate(spbe, { indicators: allAt(2) });
    expect(gap.current!.name).toBe('Cukup');
    expect(gap.next!.name).toBe('Baik');
    expect(gap.distance!.toNumber()).toBeCloseTo(0.6, 12);
    // Indicators 42-47 (3 %) give 0,03 a level: 6 x 3 levels = 0,54. The rest
    // comes from 2,75 % indicators at 0,0275: two give 0,595 < 0,60, so three.
    expect(gap.path).toHaveLength(21);
    expect(gap.path!.filter((s) => s.gain.toNumber() === 0.03)).toHaveLength(18);
    const after = scoreAssessment(spbe, { indicators: applySteps(allAt(2), gap.path!) });
    expect(after.predicate!.name).toBe('Baik');
  });
  it('at the top band there is no next predicate', () => {
    const gap = gapToNextPredicate(spbe, { indicators: allAt(5) });
    expect([gap.next, gap.path]).toEqual([null, null]);
  });
});

function applySteps(indicators: Record<string, IndicatorEntry>, path: Step[]): Record<string, IndicatorEntry> {
  const out = { ...indicators };
  for (const s of path) out[s.indicator] = { level: Math.max(out[s.indicator]?.level ?? 1, s.level) };
  return out;
}

describe('cheapestPath is minimal', () => {
  it('matches brute force on small random chains', () => {
    const chainArb = fc.array(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 });
    fc.assert(fc.property(chainArb, fc.integer({ min: 1, max: 40 }), (gains, need) => {
      const chains = new Map(gains.map((g, j) => [j + 1, g.map((x, k): Step => ({ indicator: j + 1, level: k + 2, value: Rational.int(k + 2), gain: Rational.int(x), estimate: false }))]));
      const path = cheapestPath(chains, Rational.int(need));
      // Brute force over prefix lengths.
      let best = Infinity;
      const rec = (j: number, steps: number, total: number) => {
        if (j === gains.length) { if (total >= need) best = Math.min(best, steps); return; }
        let acc = 0;
        for (let t = 0; t <= gains[j]!.length; t++) { rec(j + 1, steps + t, total + acc); acc += gains[j]![t] ?? 0; }
      };
      rec(0, 0, 0);
      if (best === Infinity) return path === null;
      return path !== null && path.length === best && sum(path.map((s) => s.gain)).gte(Rational.int(need));
    }));
  });
});

describe('pemdi-2026 steps', () => {
  it('the next step is the next item at the working level, labelled an estimate', () => {
    const a = { indicators: { 1: { evidence: [{ item: 'I1-L1-01', file: 'I1-L1-01.pdf' }] } } };
    const chain = stepChains(pemdi, a).get(1)!;
    expect(chain[0]!.item).toBe('I1-L2-01');
    expect(chain[0]!.estimate).toBe(true);
    // 4 items at L2 share the 1,0 band: 0,25 each, times weight 5 % = 0,0125.
    expect(chain[0]!.gain.toNumber()).toBeCloseTo(0.0125, 12);
    expect(chain.at(-1)!.value.toNumber()).toBe(5);
  });
  it('fixing a revisi item is a step', () => {
    const a = { indicators: { 2: { evidence: [{ item: 'I2-L1-01', file: 'a.pdf', status: 'revisi' as const }] } } };
    expect(stepChains(pemdi, a).get(2)![0]!.item).toBe('I2-L1-01');
  });
  it('indicators with an explicit value or fed by a national index have no steps', () => {
    const chains = stepChains(pemdi, { indicators: { 1: { value: 2.5 } } });
    expect(chains.get(1)).toEqual([]);
    expect(chains.get(5)).toEqual([]);
  });
  it('the projected index counts missing indicators at 1, and the path reaches the next band', () => {
    const a = { indicators: {} };
    expect(projectedIndex(pemdi, indicatorValues(pemdi, a)).toNumber()).toBe(1);
    const gap = gapToNextPredicate(pemdi, a);
    expect(gap.next!.name).toBe('Cukup');
    const gained = sum(gap.path!.map((s) => s.gain));
    expect(gained.gte(gap.distance!)).toBe(true);
    // Within one indicator the steps keep their order.
    for (const n of new Set(gap.path!.map((s) => s.indicator))) {
      const lv = gap.path!.filter((s) => s.indicator === n).map((s) => s.value.toNumber());
      expect(lv).toEqual([...lv].sort((x, y) => x - y));
    }
  });
});
