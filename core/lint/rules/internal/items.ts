/**
 * Pemdi items as messages name them: the local code, with the portal's code
 * beside it where the aspect's prefix is known ("I4-L1-02 (PG_04_02)"), so a
 * team working on eval.spbe.go.id finds the row the message means.
 * @module core/lint/rules/internal/items
 */
import type { AspectDef, IndicatorDef } from '../../../types.ts';
import { portalItemCode } from '../../../frameworks/item-codes.ts';
import { levelItems } from '../../../engine/indicator-value.ts';

/** The label of the item at `position` (1-based) of `level`. */
export function itemLabel(ind: IndicatorDef, aspects: readonly AspectDef[], level: number, position: number): string {
  const code = levelItems(ind, level)[position - 1]?.code ?? `I${ind.number}-L${level}-${String(position).padStart(2, '0')}`;
  const portal = portalItemCode(ind, aspects, level, position);
  return portal ? `${code} (${portal})` : code;
}
