/**
 * Last year against this year. Under the same framework: per indicator, aspect
 * and domain the change, the index delta, predicate then and now, regressions
 * first, and evidence that was fine last year but is now too old. Across
 * frameworks (a 2025 SPBE result against a 2026 Pemdi assessment): each index
 * under its own framework and bands, side by side, with the thematic
 * crosswalk, and never a converted number (crosswalk-2020-2026.json says why).
 * @module core/compare/compare
 */
import type { Assessment, Framework, PredicateBand } from '../types.ts';
import { Rational } from '../rational.ts';
import { frameworks, indicatorAt } from '../frameworks/index.ts';
import { scoreAssessment, type Score } from '../engine/score.ts';
import { predicateOf } from '../engine/predicate.ts';
import type { Message } from '../lint/diagnostic.ts';
import { compareDates, formatIso, lastTooOldDay, parseIsoDate, referenceDate } from '../lint/rules/internal/dates.ts';
import crosswalkData from '../frameworks/crosswalk-2020-2026.json' with { type: 'json' };
import type { LastResult } from './last-result.ts';
import { changeSince } from './value-change.ts';

/** partial: an aspect or domain only some of whose indicators are filled this year, not set against last year's whole one. */
export type Change = 'up' | 'down' | 'same' | 'new' | 'missing' | 'partial';

export interface ValueChange {
  id: number;
  name: string;
  last: Rational | null;
  current: Rational | null;
  delta: Rational | null;
  change: Change;
  /** This year's value rests on an estimate (an indicator's, or one of a group's indicators'). */
  estimated: boolean;
  /** An aspect's or domain's filled and total indicators this year. */
  filled?: number;
  total?: number;
}

/** This year's value of an indicator or group: whether it rests on an estimate, and for a group how much of it is filled. */
interface Current {
  value: Rational | null;
  estimated: boolean;
  filled?: number;
  total?: number;
}

export interface Side {
  framework: Framework;
  year: number | null;
  /** This year: the index of the filled indicators. Last year: the result's index. */
  index: Rational | null;
  predicate: PredicateBand | null;
  /** Whether the index rests on an estimate (Pemdi item shares, an external conversion or the floor). */
  estimated: boolean;
  filled?: number;
  total?: number;
  /** This year, when not every indicator is filled: the final index if the rest stay at the floor. */
  final?: { index: Rational; predicate: PredicateBand | null };
}

export interface StaleEvidence {
  indicator: number;
  pointer: string;
  name: string;
  kind: 'reviu' | 'audit';
  date: string;
  /** A review or audit counts for the current year when dated after this day (two years before its reference date). */
  validAfter: string;
}

export interface SameComparison {
  kind: 'same';
  last: Side;
  current: Side;
  indexDelta: Rational | null;
  indicators: ValueChange[];
  aspects: ValueChange[];
  domains: ValueChange[];
  stale: StaleEvidence[];
  /** Null when last year's source holds no indicator values (a Tauval record of aspects and domains only): nothing to count. */
  belowLastYear: number | null;
  notes: Message[];
  /**
   * This year's final index (missing indicators at the floor) against last
   * year's index, when this year is not complete: the like-for-like figure a
   * partial index cannot give. indexDelta is then null.
   */
  finalDelta: Rational | null;
}

export interface CrosswalkRow {
  pemdi: number;
  pemdiName: string;
  theme: string;
  spbe: { id: number; name: string; last: Rational | null }[];
}

export interface CrossComparison {
  kind: 'cross';
  last: Side;
  current: Side;
  crosswalk: CrosswalkRow[];
  noConversion: Message;
  notes: Message[];
}

export type Comparison = SameComparison | CrossComparison;

function change(last: Rational | null, current: Rational | null): Pick<ValueChange, 'delta' | 'change'> {
  if (last && current) {
    const d = changeSince(last, current);
    return { delta: d, change: d.isZero() ? 'same' : d.num > 0n ? 'up' : 'down' };
  }
  return { delta: null, change: current ? 'new' : 'missing' };
}

function changes(ids: number[], name: (n: number) => string, last: Map<number, Rational>, current: Map<number, Current>): ValueChange[] {
  const rows = ids
    .filter((n) => last.has(n) || current.get(n)?.value)
    .map((n): ValueChange => {
      const c = current.get(n);
      const was = last.get(n) ?? null;
      const now = c?.value ?? null;
      // A group filled in part is not last year's whole group, as a partial index is not last year's index.
      const partial = !!(was && now && c?.total && c.filled! < c.total);
      return {
        id: n, name: name(n), last: was, current: now, ...(partial ? { delta: null, change: 'partial' as const } : change(was, now)),
        estimated: !!c?.estimated, ...(c?.total !== undefined && { filled: c.filled, total: c.total }),
      };
    });
  // Regressions first, the worst first; then the rest in number order.
  return rows.sort((a, b) => {
    const ad = a.change === 'down' ? 0 : 1;
    const bd = b.change === 'down' ? 0 : 1;
    if (ad !== bd) return ad - bd;
    if (ad === 0) return a.delta!.cmp(b.delta!) || a.id - b.id;
    return a.id - b.id;
  });
}

/**
 * Reviews and audits in this year's file that counted last year but are too
 * old now: less than two years old on last year's reference date, two years
 * or more on this year's (lint/rules/internal/dates.ts referenceDate).
 */
export function staleEvidence(current: Assessment, lastYear: number, lastFramework: Framework): StaleEvidence[] {
  const now = lastTooOldDay(referenceDate(frameworks[current.framework], current.year).date);
  const then = lastTooOldDay(referenceDate(lastFramework, lastYear).date);
  const out: StaleEvidence[] = [];
  for (const [key, entry] of Object.entries(current.indicators)) {
    (entry.evidence ?? []).forEach((e, i) => {
      if (e.kind !== 'reviu' && e.kind !== 'audit') return;
      const d = parseIsoDate(e.date);
      if (!d || compareDates(d, now) > 0 || compareDates(d, then) <= 0) return;
      out.push({ indicator: Number(key), pointer: `/indicators/${key}/evidence/${i}`, name: e.title ?? e.file ?? e.url ?? '', kind: e.kind, date: e.date!, validAfter: formatIso(now) });
    });
  }
  return out.sort((a, b) => a.indicator - b.indicator);
}

/** @param score this year's score when already computed (the overlay has it), to avoid scoring twice */
export function compare(last: LastResult, current: Assessment, score?: Score): Comparison {
  const lastFw = frameworks[last.framework];
  const curFw = frameworks[current.framework];
  const s = score ?? scoreAssessment(curFw, current);
  const lastIndex = last.index;
  const lastSide: Side = {
    framework: lastFw, year: last.year, index: lastIndex, predicate: lastIndex ? predicateOf(lastFw, lastIndex) : null, estimated: last.estimated ?? false,
  };
  const curSide: Side = {
    framework: curFw, year: current.year, index: s.index, predicate: s.predicate, estimated: s.estimated, filled: s.filled, total: s.total,
    ...(s.complete ? {} : { final: { index: s.final, predicate: s.finalPredicate } }),
  };
  if (lastFw.id !== curFw.id) {
    const crosswalk = crosswalkData.relations.map((r) => ({
      pemdi: r.pemdi,
      pemdiName: indicatorAt(frameworks['pemdi-2026'], r.pemdi).name,
      theme: r.theme,
      spbe: r.spbe.map((n) => ({ id: n, name: indicatorAt(frameworks['spbe-2020'], n).shortName ?? indicatorAt(frameworks['spbe-2020'], n).name, last: lastFw.id === 'spbe-2020' ? last.indicators.get(n) ?? null : null })),
    }));
    return { kind: 'cross', last: lastSide, current: curSide, crosswalk, noConversion: crosswalkData.noConversion, notes: last.notes };
  }
  const estimatedIn = (ns: readonly number[]) => ns.some((n) => s.indicators.get(n)?.estimate);
  const curInd = new Map(curFw.indicators.map((i) => [i.number, { value: s.indicators.get(i.number)?.value ?? null, estimated: estimatedIn([i.number]) }]));
  const groupOf = (g: { number: number; value: Rational | null; filled: number; total: number }, ns: readonly number[]): [number, Current] =>
    [g.number, { value: g.value, estimated: estimatedIn(ns), filled: g.filled, total: g.total }];
  const aspectIndicators = (n: number) => curFw.aspects.find((a) => a.number === n)!.indicators;
  // A source without indicator values (a Tauval record of aspects and domains only) compares none: every
  // indicator would read as "new", and "0 below last year" would be a count of nothing.
  const perIndicator = last.indicators.size > 0;
  const indicators = perIndicator ? changes(curFw.indicators.map((i) => i.number), (n) => indicatorAt(curFw, n).shortName ?? indicatorAt(curFw, n).name, last.indicators, curInd) : [];
  const aspects = changes(curFw.aspects.map((a) => a.number), (n) => curFw.aspects[n - 1]!.name, last.aspects,
    new Map(s.aspects.map((a) => groupOf(a, aspectIndicators(a.number)))));
  const domains = curFw.domains
    ? changes(curFw.domains.map((d) => d.number), (n) => curFw.domains![n - 1]!.name, last.domains,
      new Map((s.domains ?? []).map((d) => groupOf(d, curFw.domains!.find((x) => x.number === d.number)!.aspects.flatMap(aspectIndicators)))))
    : [];
  return {
    kind: 'same', last: lastSide, current: curSide,
    // A partial index is not last year's full one: only a complete index is compared directly.
    // Indices too are set against each other as published (two decimals), so the change is that of the figures shown.
    indexDelta: lastIndex && s.index && s.complete ? changeSince(lastIndex, s.index) : null,
    finalDelta: lastIndex && !s.complete ? changeSince(lastIndex, s.final) : null,
    indicators, aspects, domains,
    stale: staleEvidence(current, last.year ?? current.year - 1, lastFw),
    belowLastYear: perIndicator ? indicators.filter((c) => c.change === 'down').length : null,
    notes: perIndicator ? last.notes : [...last.notes, {
      id: 'Sumber tahun lalu tidak memuat nilai per indikator (hanya indeks, domain atau aspek): perubahan per indikator tidak dihitung.',
      en: "Last year's source holds no per-indicator values (only the index, domains or aspects): no per-indicator change is computed.",
    }],
  };
}
