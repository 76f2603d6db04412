/**
 * The value of one filled indicator.
 *
 * - spbe-2020: the chosen level (Capaian), or an explicit `value` (PermenPANRB
 *   59/2020 Lampiran I B.4: NI = tingkat kematangan).
 * - pemdi-2026: an explicit `value` wins. External-index indicators (I5, I6,
 *   I7, I18) take their index score converted where a conversion is known
 *   (SDI, an estimate), else the floor 1.00 (the assessors' "Asumsi nilai dari
 *   indikator yang menggunakan indeks lain = 1"). Every other indicator takes
 *   the item-share estimate: value = low(L) + counted(L)/items(L) x
 *   (high(L) - low(L)) for the first level L not complete, a complete level
 *   giving high(L). Levels are assessed in order, so items above L would be
 *   auto-rejected ("Otomatis ditolak karena tingkat kematangan sebelumnya
 *   ditolak") and do not count. The band rule is an approximation inferred
 *   from published results, not the regulation's text: everything built on it
 *   is labelled an estimate (docs/reference/pemdi-2026.md).
 * @module core/engine/indicator-value
 */
import type { AspectDef, Evidence, EvidenceItemDef, Framework, IndicatorDef, IndicatorEntry, Stage } from '../types.ts';
import { Rational } from '../rational.ts';
import { moduleItemCode } from '../frameworks/item-codes.ts';
import { externalValue } from './external.ts';

export type ValueBasis = 'value' | 'level' | 'estimate' | 'external-conversion' | 'external-floor';

export interface PemdiProgress {
  /** Counted items per level, 1-based index (index 0 unused). */
  counted: number[];
  /** Items per level from the module. */
  items: number[];
  /** The first level not complete, or null when every level is complete (or the estimate stopped). */
  workingLevel: number | null;
  /** Items counted above the working level: the portal auto-rejects them. */
  blocked: number;
  /** Uploads with no assessor result yet. */
  pending: number;
  /** Whether those count as accepted: only at stage mandiri, where they are the agency's claim. */
  pendingCounted: boolean;
  /** Item codes in the evidence that name none of the indicator's module items: ignored by the estimate. */
  unknownItems: string[];
  /**
   * A level the module lists no items for, reached with every level below it
   * complete (I9 level 3): the estimate cannot tell whether it is met, so it
   * stops at the level below and counts nothing above. Null otherwise.
   */
  stoppedAt: number | null;
  /** Items counted above stoppedAt, which the estimate leaves out. */
  notEstimated: number;
}

export interface IndicatorValue {
  number: number;
  value: Rational;
  basis: ValueBasis;
  estimate: boolean;
  progress?: PemdiProgress;
  /** external-floor: the indicator is absent from a final record and counted at the floor. */
  absent?: boolean;
}

/** Whose stage counts uploads that have no assessor result (see PemdiProgress.pendingCounted). */
export type CountingStage = Stage | undefined;

const NO_ITEMS: readonly EvidenceItemDef[] = [];

/** A level's module items, in module order; none for a level the module lists none for (I9 L3) or spbe-2020. */
export const levelItems = (ind: IndicatorDef, level: number): readonly EvidenceItemDef[] => ind.levels[level]?.items ?? NO_ITEMS;

/** How an item stands, from the evidence attached to it. */
export type ItemState = 'diterima' | 'pending' | 'revisi' | 'missing';

/** States from worst to best: an accepted upload wins, then one awaiting a result, then revisi. */
const RANKED: readonly ItemState[] = ['missing', 'revisi', 'pending', 'diterima'];
const better = (a: ItemState | undefined, b: ItemState): ItemState => (RANKED.indexOf(a ?? 'missing') > RANKED.indexOf(b) ? a! : b);
const stateOf = (e: Evidence): ItemState => e.status ?? 'pending';

/**
 * The best state among evidence whose `item` is written exactly `code`, for
 * callers that write local codes themselves (the standalone page's drafts).
 */
export function itemState(evidence: readonly Evidence[] | undefined, code: string): ItemState {
  let state: ItemState = 'missing';
  for (const e of evidence ?? []) if (e.item === code && (e.file || e.url)) state = better(state, stateOf(e));
  return state;
}

/** How the items of one indicator stand: one pass over its evidence, both code forms read. */
export interface ItemTally {
  /** The best state per module item, by local code; an item not here is missing. */
  states: Map<string, ItemState>;
  /** Codes that name none of the indicator's module items (in evidence order, once each). */
  unknown: string[];
}

/**
 * `itemOf` answers which module item a written code names: moduleItemCode,
 * or the linter's remembered copy of it (core/lint/rules/internal/item-lookup.ts).
 */
export function tallyItems(ind: IndicatorDef, aspects: readonly AspectDef[], evidence: readonly Evidence[] | undefined, itemOf = moduleItemCode): ItemTally {
  const states = new Map<string, ItemState>();
  const unknown: string[] = [];
  for (const e of evidence ?? []) {
    if (!e.item || (!e.file && !e.url)) continue;
    const code = itemOf(ind, aspects, e.item);
    if (code === null) {
      if (!unknown.includes(e.item)) unknown.push(e.item);
      continue;
    }
    states.set(code, better(states.get(code), stateOf(e)));
  }
  return { states, unknown };
}

/** Whether an item in this state counts toward the estimate at this stage. */
export const countsAt = (state: ItemState | undefined, stage: CountingStage): boolean =>
  state === 'diterima' || (state === 'pending' && (stage ?? 'mandiri') === 'mandiri');

function bandOf(fw: Framework, level: number): [Rational, Rational] {
  const b = fw.pemdi!.estimate.bands[String(level)]!;
  return [Rational.fromNumber(b[0]), Rational.fromNumber(b[1])];
}

/** The estimate for per-level counts; shared with what-if simulation. */
export function estimateFromCounts(fw: Framework, counted: readonly number[], items: readonly number[]): {
  value: Rational; workingLevel: number | null; blocked: number; stoppedAt: number | null; notEstimated: number;
} {
  let value = Rational.fromNumber(fw.pemdi!.floor);
  let workingLevel: number | null = null;
  let stoppedAt: number | null = null;
  for (let L = 1; L <= 5; L++) {
    const n = items[L] ?? 0;
    // A level whose items the module does not list (I9 L3) cannot be judged
    // from items: the estimate stops below it rather than credit the levels
    // above for it (docs/reference/pemdi-2026.md, the I9 level-3 gap).
    if (n === 0) { stoppedAt = L; break; }
    const a = Math.min(counted[L] ?? 0, n);
    const [low, high] = bandOf(fw, L);
    if (a === n) { value = high; continue; }
    if (a > 0) value = low.add(high.sub(low).mul(Rational.of(BigInt(a), BigInt(n))));
    workingLevel = L;
    break;
  }
  let blocked = 0;
  if (workingLevel !== null) for (let L = workingLevel + 1; L <= 5; L++) blocked += counted[L] ?? 0;
  let notEstimated = 0;
  if (stoppedAt !== null) for (let L = stoppedAt + 1; L <= 5; L++) notEstimated += counted[L] ?? 0;
  return { value, workingLevel, blocked, stoppedAt, notEstimated };
}

export interface PemdiCounts {
  counted: number[];
  items: number[];
  pending: number;
  unknown: string[];
  /** The module items that count, by local code: what-if steps take the next item not among them. */
  countedCodes: Set<string>;
}

export function pemdiCounts(fw: Framework, ind: IndicatorDef, entry: IndicatorEntry | undefined, stage?: CountingStage): PemdiCounts {
  const counted = [0, 0, 0, 0, 0, 0];
  const items = [0, 0, 0, 0, 0, 0];
  const tally = tallyItems(ind, fw.aspects, entry?.evidence);
  const countedCodes = new Set<string>();
  let pending = 0;
  for (let L = 1; L <= 5; L++) {
    const defs = levelItems(ind, L);
    items[L] = defs.length;
    for (const d of defs) {
      const s = tally.states.get(d.code);
      if (s === 'pending') pending++;
      if (countsAt(s, stage)) { counted[L]!++; countedCodes.add(d.code); }
    }
  }
  return { counted, items, pending, unknown: tally.unknown, countedCodes };
}

export function isExternal(ind: IndicatorDef): boolean {
  return ind.valueSource === 'external';
}

/**
 * Whether the entry fills its indicator, i.e. indicatorValue is not null, told
 * without computing the value: what "filled x of y" counts.
 */
export function fillsIndicator(fw: Framework, entry: IndicatorEntry): boolean {
  return typeof entry.value === 'number' || fw.itemsPerLevel || typeof entry.level === 'number';
}

/** The value of a filled indicator, or null when the entry does not fill it. */
export function indicatorValue(fw: Framework, ind: IndicatorDef, entry: IndicatorEntry, stage?: CountingStage): IndicatorValue | null {
  if (!fillsIndicator(fw, entry)) return null;
  if (typeof entry.value === 'number') {
    return { number: ind.number, value: Rational.fromNumber(entry.value), basis: 'value', estimate: false };
  }
  if (!fw.itemsPerLevel) {
    if (typeof entry.level !== 'number') return null;
    return { number: ind.number, value: Rational.int(entry.level), basis: 'level', estimate: false };
  }
  if (isExternal(ind)) {
    const converted = externalValue(fw, ind, entry.external);
    if (converted) return { number: ind.number, value: converted, basis: 'external-conversion', estimate: true };
    return { number: ind.number, value: Rational.fromNumber(fw.pemdi!.floor), basis: 'external-floor', estimate: true };
  }
  const c = pemdiCounts(fw, ind, entry, stage);
  const est = estimateFromCounts(fw, c.counted, c.items);
  return {
    number: ind.number,
    value: est.value,
    basis: 'estimate',
    estimate: true,
    progress: {
      counted: c.counted, items: c.items, workingLevel: est.workingLevel, blocked: est.blocked,
      pending: c.pending, pendingCounted: (stage ?? 'mandiri') === 'mandiri', unknownItems: c.unknown,
      stoppedAt: est.stoppedAt, notEstimated: est.notEstimated,
    },
  };
}

/**
 * An external-index indicator absent from a final record: the official index
 * counts it at the floor ("Asumsi nilai dari indikator yang menggunakan indeks
 * lain = 1", the 2026 assessor sheet).
 */
export function absentExternalValue(fw: Framework, ind: IndicatorDef): IndicatorValue {
  return { number: ind.number, value: Rational.fromNumber(fw.pemdi!.floor), basis: 'external-floor', estimate: true, absent: true };
}
