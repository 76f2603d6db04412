/**
 * `spbe compare --format json`: one object with `last` and `current`
 * (framework, index, predicate, `estimated`; this year's side with its
 * `indexBasis` and, when incomplete, `final`) and, under one framework,
 * `indicators`, `aspects` and `domains` as { id, last, current, delta, change,
 * estimated } (groups with `filled`, `total`; a group filled in part is
 * `change: "partial"` with no delta), values compared as published
 * (core/compare/value-change.ts). `indexDelta` compares two
 * complete indices only; `finalDelta` compares this year's final index (the
 * rest at the floor) with last year's when this year is incomplete. Across frameworks there is no delta and no
 * converted index, only the crosswalk.
 * @module core/report/compare-json
 */
import type { Comparison, Side, ValueChange } from '../compare/compare.ts';

const n = (r: { toNumber(): number } | null) => (r ? r.toNumber() : null);
const side = (s: Side) => ({
  framework: s.framework.id, year: s.year, index: n(s.index), predicate: s.predicate?.name ?? null, estimated: s.estimated,
  ...(s.filled !== undefined ? { filled: s.filled, total: s.total, indexBasis: s.final ? 'filled' : 'complete' } : {}),
  ...(s.final ? { final: { index: s.final.index.toNumber(), basis: 'missing-at-floor', predicate: s.final.predicate?.name ?? null } } : {}),
});
const rows = (cs: ValueChange[]) => cs.map((c) => ({
  id: c.id, name: c.name, last: n(c.last), current: n(c.current), delta: n(c.delta), change: c.change, estimated: c.estimated,
  ...(c.total !== undefined && { filled: c.filled, total: c.total }),
}));

export function compareJson(c: Comparison): Record<string, unknown> {
  if (c.kind === 'cross') {
    return {
      kind: 'cross-framework', last: side(c.last), current: side(c.current), converted: null,
      noConversion: c.noConversion,
      crosswalk: c.crosswalk.map((r) => ({ pemdi: r.pemdi, name: r.pemdiName, theme: r.theme, related: r.spbe.map((s) => ({ id: s.id, name: s.name, last: n(s.last) })) })),
      notes: c.notes,
    };
  }
  return {
    kind: 'same-framework', last: side(c.last), current: side(c.current), indexDelta: n(c.indexDelta), finalDelta: n(c.finalDelta),
    indicators: rows(c.indicators), aspects: rows(c.aspects), domains: rows(c.domains),
    belowLastYear: c.belowLastYear, staleEvidence: c.stale, notes: c.notes,
  };
}
