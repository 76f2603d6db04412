/**
 * Evidence items of a Pemdi indicator as the editor offers and explains them:
 * in module order with their level and both codes (the local I4-L2-01 and,
 * where the aspect's prefix is known, the portal's PG_04_04), resolved by
 * core/frameworks/item-codes.ts as the linter and the engine resolve them.
 * @module cli/lsp/items
 */
import type { AspectDef, EvidenceItemDef, IndicatorDef } from '../../core/types.ts';
import { levelItems } from '../../core/engine/indicator-value.ts';
import { portalItemCode, resolveItemCode } from '../../core/frameworks/item-codes.ts';

export interface LevelItem {
  level: number;
  item: EvidenceItemDef;
  /** The portal's code of the item, where the aspect's prefix is known. */
  portalCode: string | null;
}

export function itemsOf(ind: IndicatorDef, aspects: readonly AspectDef[]): LevelItem[] {
  const out: LevelItem[] = [];
  for (let level = 1; level <= 5; level++) {
    levelItems(ind, level).forEach((item, i) => out.push({ level, item, portalCode: portalItemCode(ind, aspects, level, i + 1) }));
  }
  return out;
}

/** The module item a code names, in either form, or undefined. */
export function findItem(ind: IndicatorDef, aspects: readonly AspectDef[], code: string): LevelItem | undefined {
  const r = resolveItemCode(ind, aspects, code);
  return r.ok ? { level: r.level, item: r.def, portalCode: portalItemCode(ind, aspects, r.level, r.position) } : undefined;
}
