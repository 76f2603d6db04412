/**
 * `spbe score --format json`: one object, numbers unrounded, each figure with
 * its basis. Groups are keyed by their number as a string ("1"…), as the
 * assessment file keys indicators. `index` is the index of the filled
 * indicators (`indexBasis`: "complete" when every indicator is filled,
 * "filled" otherwise); `final` is the final index if the missing indicators
 * stay at the floor, on which `gap` and every step's `gain` are measured.
 * @module core/report/score-json
 */
import { indexRange, type GroupScore } from '../engine/score.ts';
import type { Step } from '../engine/steps.ts';
import type { ScoreReport } from './score-report.ts';
import { scoreNotes } from './score-notes.ts';
import { isReturnedItem } from './returned-item.ts';

const num = (r: { toNumber(): number } | null) => (r ? r.toNumber() : null);

function groups(gs: GroupScore[]): Record<string, number | null> {
  return Object.fromEntries(gs.map((g) => [String(g.number), num(g.value)]));
}

function step(r: ScoreReport, s: Step) {
  return {
    indicator: s.indicator, level: s.level, ...(s.item ? { item: s.item } : {}), ...(s.portalItem ? { portalItem: s.portalItem } : {}),
    ...(isReturnedItem(r.framework, r.assessment, s) ? { returned: true } : {}),
    value: s.value.toNumber(), gain: s.gain.toNumber(), estimate: s.estimate,
  };
}

export function scoreJson(r: ScoreReport): Record<string, unknown> {
  const { score, gap, assessment } = r;
  const range = indexRange(score);
  return {
    framework: r.framework.id,
    regulation: r.framework.regulationShort,
    year: assessment.year,
    agency: assessment.agency.name,
    stage: assessment.stage,
    index: num(score.index),
    indexBasis: score.complete ? 'complete' : 'filled',
    predicate: score.predicate?.name ?? null,
    predicateEn: score.predicate?.nameEn ?? null,
    estimated: score.estimated,
    final: {
      index: score.final.toNumber(),
      basis: 'missing-at-floor',
      floor: r.framework.valueRange.min,
      predicate: score.finalPredicate?.name ?? null,
      predicateEn: score.finalPredicate?.nameEn ?? null,
    },
    aspects: groups(score.aspects),
    ...(score.domains ? { domains: groups(score.domains) } : {}),
    filled: score.filled,
    total: score.total,
    complete: score.complete,
    missing: score.missing,
    floored: score.floored,
    range: { min: range.min.toNumber(), max: range.max.toNumber() },
    indicators: Object.fromEntries([...score.indicators.values()].map((v) => [String(v.number), { value: v.value.toNumber(), basis: v.basis, estimate: v.estimate }])),
    gap: {
      basis: 'final',
      projected: gap.projected.toNumber(),
      next: gap.next?.name ?? null,
      distance: num(gap.distance),
      reachable: gap.path !== null,
      path: gap.path?.map((s) => step(r, s)) ?? null,
    },
    gainBasis: 'final',
    nextSteps: r.steps.map((s) => step(r, s)),
    notes: scoreNotes(r).map((n) => ({ kind: n.kind, indicators: n.indicators, message: n.message })),
  };
}
