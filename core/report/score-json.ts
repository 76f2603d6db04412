/**
 * `spbe score --format json`: one object, numbers unrounded. Groups are keyed by
 * their number as a string ("1"…), as the assessment file keys indicators.
 * @module core/report/score-json
 */
import type { GroupScore } from '../engine/score.ts';
import type { Step } from '../engine/steps.ts';
import type { ScoreReport } from './score-report.ts';

const num = (r: { toNumber(): number } | null) => (r ? r.toNumber() : null);

function groups(gs: GroupScore[]): Record<string, number | null> {
  return Object.fromEntries(gs.map((g) => [String(g.number), num(g.value)]));
}

function step(s: Step) {
  return { indicator: s.indicator, level: s.level, ...(s.item ? { item: s.item } : {}), value: s.value.toNumber(), gain: s.gain.toNumber(), estimate: s.estimate };
}

export function scoreJson(r: ScoreReport): Record<string, unknown> {
  const { score, gap, assessment } = r;
  return {
    framework: r.framework.id,
    regulation: r.framework.regulationShort,
    year: assessment.year,
    agency: assessment.agency.name,
    stage: assessment.stage,
    index: num(score.index),
    predicate: score.predicate?.name ?? null,
    predicateEn: score.predicate?.nameEn ?? null,
    estimated: score.estimated,
    aspects: groups(score.aspects),
    ...(score.domains ? { domains: groups(score.domains) } : {}),
    filled: score.filled,
    total: score.total,
    complete: score.complete,
    range: { min: score.range.min.toNumber(), max: score.range.max.toNumber() },
    indicators: Object.fromEntries([...score.indicators.values()].map((v) => [String(v.number), { value: v.value.toNumber(), basis: v.basis, estimate: v.estimate }])),
    gap: {
      projected: gap.projected.toNumber(),
      next: gap.next?.name ?? null,
      distance: num(gap.distance),
      reachable: gap.path !== null,
      path: gap.path?.map(step) ?? null,
    },
    nextSteps: r.steps.map(step),
  };
}
