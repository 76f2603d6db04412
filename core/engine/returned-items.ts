/**
 * The items of an indicator the assessor returned (`revisi`) on their own
 * merits and that no other upload answers: what the rule item-revisi reports
 * and what `spbe score` marks as a fix among its steps
 * (core/report/returned-item.ts). Not an upload the portal rejected only
 * because a lower level was: its note is the portal's automatic one
 * ("Otomatis ditolak karena tingkat kematangan sebelumnya ditolak.",
 * framework data pemdi.gating.autoRejectNote, eval.spbe.go.id first-stage
 * results 2026); that upload needs no fix of its own, the lower level does.
 * @module core/engine/returned-items
 */
import type { AspectDef, Evidence, Framework, IndicatorDef } from '../types.ts';
import { moduleItemCode } from '../frameworks/item-codes.ts';
import type { ItemTally } from './indicator-value.ts';

/**
 * Module code → index of the item's last returned upload (returned twice, the
 * first is history), given the items' states as tallied (an item uploaded
 * again, anywhere in the list, is no longer revisi there) and how codes
 * resolve (the linter's remembered lookup, or the engine's).
 */
export function returnedUploads(fw: Framework, ind: IndicatorDef, evidence: readonly Evidence[] | undefined, states: ItemTally['states'],
  itemOf: (ind: IndicatorDef, aspects: readonly AspectDef[], code: string) => string | null = moduleItemCode): Map<string, number> {
  const out = new Map<string, number>();
  const autoNote = fw.pemdi?.gating.autoRejectNote;
  (evidence ?? []).forEach((ev, i) => {
    if (ev.status !== 'revisi' || !ev.item || (autoNote && ev.note?.includes(autoNote))) return;
    const code = itemOf(ind, fw.aspects, ev.item);
    // An unknown code is unknown-item's finding.
    if (code !== null && states.get(code) === 'revisi') out.set(code, i);
  });
  return out;
}
