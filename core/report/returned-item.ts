/**
 * Whether a step's item is one the assessor returned (`revisi`): a step to fix
 * and upload again, not a first upload. `spbe score` and the extension's
 * summary say so beside the step (the linter reports the item itself:
 * item-revisi). Pemdi only; the items' states as the engine tallies them.
 * @module core/report/returned-item
 */
import type { Assessment, Framework } from '../types.ts';
import type { Step } from '../engine/steps.ts';
import { tallyItems } from '../engine/indicator-value.ts';
import { indicatorAt } from '../frameworks/index.ts';

export function isReturnedItem(fw: Framework, a: Assessment, s: Step): boolean {
  const entry = s.item && fw.itemsPerLevel ? a.indicators[String(s.indicator)] : undefined;
  return !!entry && tallyItems(indicatorAt(fw, s.indicator), fw.aspects, entry.evidence).states.get(s.item!) === 'revisi';
}
