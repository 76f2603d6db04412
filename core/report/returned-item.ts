/**
 * Whether a step's item is one the assessor returned (`revisi`): a step to fix
 * and upload again, not a first upload. `spbe score` and the extension's
 * summary say so beside the step (the linter reports the item itself:
 * item-revisi). Pemdi only; the items' states as the engine tallies them, and
 * not an upload rejected only because a lower level was (auto-rejected.ts).
 * @module core/report/returned-item
 */
import type { Assessment, Framework } from '../types.ts';
import type { Step } from '../engine/steps.ts';
import { tallyItems } from '../engine/indicator-value.ts';
import { indicatorAt } from '../frameworks/index.ts';
import { moduleItemCode } from '../frameworks/item-codes.ts';
import { autoRejected } from '../engine/auto-rejected.ts';

export function isReturnedItem(fw: Framework, a: Assessment, s: Step): boolean {
  const entry = s.item && fw.itemsPerLevel ? a.indicators[String(s.indicator)] : undefined;
  if (!entry) return false;
  const ind = indicatorAt(fw, s.indicator);
  if (tallyItems(ind, fw.aspects, entry.evidence).states.get(s.item!) !== 'revisi') return false;
  // Returned on its own merits, not only rejected with a lower level (that fix is the lower level's).
  return (entry.evidence ?? []).some((ev) => ev.item && moduleItemCode(ind, fw.aspects, ev.item) === s.item && ev.status === 'revisi' && !autoRejected(fw, ev));
}
