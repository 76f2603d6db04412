/**
 * Evidence item codes of a Pemdi indicator, in module order, with their level.
 * TODO(#12): core/frameworks/item-codes.ts will map both code forms (the
 * portal's PG_04_01 beside I4-L1-01) to module items; this seam switches to it.
 * @module cli/lsp/items
 */
import type { EvidenceItemDef, IndicatorDef } from '../../core/types.ts';
import { levelItems } from '../../core/engine/indicator-value.ts';

export interface LevelItem {
  level: number;
  item: EvidenceItemDef;
}

export function itemsOf(ind: IndicatorDef): LevelItem[] {
  const out: LevelItem[] = [];
  for (let level = 1; level <= 5; level++) for (const item of levelItems(ind, level)) out.push({ level, item });
  return out;
}

/** The module item a code names, or undefined. */
export function findItem(ind: IndicatorDef, code: string): LevelItem | undefined {
  return itemsOf(ind).find((x) => x.item.code === code);
}
