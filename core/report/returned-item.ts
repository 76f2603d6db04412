/**
 * Whether a step's item is one the assessor returned (`revisi`): a step to fix
 * and upload again, not a first upload. `spbe score` and the extension's
 * summary say so beside the step (the linter reports the item itself:
 * item-revisi). Pemdi only; the same items the rule reports
 * (core/engine/returned-items.ts).
 * @module core/report/returned-item
 */
import type { Assessment, Framework } from '../types.ts';
import type { Step } from '../engine/steps.ts';
import { tallyItems } from '../engine/indicator-value.ts';
import { indicatorAt } from '../frameworks/index.ts';
import { returnedUploads } from '../engine/returned-items.ts';

export function isReturnedItem(fw: Framework, a: Assessment, s: Step): boolean {
  const entry = s.item && fw.itemsPerLevel ? a.indicators[String(s.indicator)] : undefined;
  if (!entry) return false;
  const ind = indicatorAt(fw, s.indicator);
  return returnedUploads(fw, ind, entry.evidence, tallyItems(ind, fw.aspects, entry.evidence).states).has(s.item!);
}
