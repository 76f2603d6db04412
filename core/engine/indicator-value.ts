/**
 * The value of one filled indicator.
 *
 * - spbe-2020: the chosen level (Capaian), or an explicit `value` (PermenPANRB
 *   59/2020 Lampiran I B.4: NI = tingkat kematangan).
 * - pemdi-2026: an explicit `value` wins; external-index indicators (I5, I6, I7,
 *   I18) without one take the floor 1.00; otherwise the item-share estimate:
 *   value = low(L) + accepted(L)/items(L) x (high(L) - low(L)) for the first level
 *   L not complete, a complete level giving high(L). Levels are assessed in order,
 *   so items above L would be auto-rejected ("Otomatis ditolak karena tingkat
 *   kematangan sebelumnya ditolak") and do not count. The band rule is an
 *   approximation inferred from published results, not the regulation's text:
 *   everything built on it is labelled an estimate.
 * @module core/engine/indicator-value
 */
import type { Evidence, EvidenceItemDef, Framework, IndicatorDef, IndicatorEntry } from '../types.ts';
import { Rational } from '../rational.ts';

export type ValueBasis = 'value' | 'level' | 'estimate' | 'external-floor';

export interface PemdiProgress {
  /** Counted items per level, 1-based index (index 0 unused). */
  counted: number[];
  /** Items per level from the module. */
  items: number[];
  /** The first level not complete, or null when every level is complete. */
  workingLevel: number | null;
  /** Items counted above the working level: the portal auto-rejects them. */
  blocked: number;
}

export interface IndicatorValue {
  number: number;
  value: Rational;
  basis: ValueBasis;
  estimate: boolean;
  progress?: PemdiProgress;
}

const NO_ITEMS: readonly EvidenceItemDef[] = [];

/** A level's module items, in module order; none for a level the module lists none for (I9 L3) or spbe-2020. */
export const levelItems = (ind: IndicatorDef, level: number): readonly EvidenceItemDef[] => ind.levels[String(level)]?.items ?? NO_ITEMS;

/** How an item stands, from the evidence attached to it. */
export type ItemState = 'diterima' | 'pending' | 'revisi' | 'missing';

/**
 * The best state among the evidence answering an item. Evidence without an
 * assessor status is the agency's claim and counts in the estimate (stage
 * mandiri); `revisi` never counts.
 */
export function itemState(evidence: readonly Evidence[] | undefined, code: string): ItemState {
  let state: ItemState = 'missing';
  for (const e of evidence ?? []) {
    if (e.item !== code || (!e.file && !e.url)) continue;
    if (e.status === 'diterima') return 'diterima';
    if (e.status === 'revisi') { if (state === 'missing') state = 'revisi'; } else state = 'pending';
  }
  return state;
}

function bandOf(fw: Framework, level: number): [Rational, Rational] {
  const b = fw.pemdi!.estimate.bands[String(level)]!;
  return [Rational.fromNumber(b[0]), Rational.fromNumber(b[1])];
}

/** The estimate for per-level counts; shared with what-if simulation. */
export function estimateFromCounts(fw: Framework, counted: readonly number[], items: readonly number[]): {
  value: Rational; workingLevel: number | null; blocked: number;
} {
  let value = Rational.fromNumber(fw.pemdi!.floor);
  let workingLevel: number | null = null;
  for (let L = 1; L <= 5; L++) {
    const n = items[L] ?? 0;
    // A level whose items the module does not list (I9 L3) cannot be worked on:
    // it is credited only through progress above it.
    if (n === 0) continue;
    const a = Math.min(counted[L] ?? 0, n);
    const [low, high] = bandOf(fw, L);
    if (a === n) { value = high; continue; }
    if (a > 0) value = low.add(high.sub(low).mul(Rational.of(BigInt(a), BigInt(n))));
    workingLevel = L;
    break;
  }
  let blocked = 0;
  if (workingLevel !== null) for (let L = workingLevel + 1; L <= 5; L++) blocked += counted[L] ?? 0;
  return { value, workingLevel, blocked };
}

export function pemdiCounts(ind: IndicatorDef, entry: IndicatorEntry | undefined): { counted: number[]; items: number[] } {
  const counted = [0, 0, 0, 0, 0, 0];
  const items = [0, 0, 0, 0, 0, 0];
  for (let L = 1; L <= 5; L++) {
    const defs = levelItems(ind, L);
    items[L] = defs.length;
    for (const d of defs) {
      const s = itemState(entry?.evidence, d.code);
      if (s === 'diterima' || s === 'pending') counted[L]!++;
    }
  }
  return { counted, items };
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
export function indicatorValue(fw: Framework, ind: IndicatorDef, entry: IndicatorEntry): IndicatorValue | null {
  if (!fillsIndicator(fw, entry)) return null;
  if (typeof entry.value === 'number') {
    return { number: ind.number, value: Rational.fromNumber(entry.value), basis: 'value', estimate: false };
  }
  if (!fw.itemsPerLevel) {
    if (typeof entry.level !== 'number') return null;
    return { number: ind.number, value: Rational.int(entry.level), basis: 'level', estimate: false };
  }
  if (isExternal(ind)) {
    return { number: ind.number, value: Rational.fromNumber(fw.pemdi!.floor), basis: 'external-floor', estimate: true };
  }
  const { counted, items } = pemdiCounts(ind, entry);
  const est = estimateFromCounts(fw, counted, items);
  return {
    number: ind.number,
    value: est.value,
    basis: 'estimate',
    estimate: true,
    progress: { counted, items, workingLevel: est.workingLevel, blocked: est.blocked },
  };
}
