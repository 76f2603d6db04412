/**
 * Which module item a code names (core/frameworks/item-codes.ts), remembered
 * per indicator: on a Pemdi file several rules ask it of every upload, and a
 * run asks it of the same few codes (I1-L1-01 …) in every file. The answer
 * depends only on the indicator's definition and the code, both fixed, so it
 * is kept for the whole process; the memory is bounded per indicator.
 * @module core/lint/rules/internal/item-lookup
 */
import { resolveItemCode, type ItemResolution } from '../../../frameworks/item-codes.ts';
import type { AspectDef, IndicatorDef } from '../../../types.ts';

/** Codes remembered per indicator before its memory starts over: far more than a module lists, so a language server typing one code after another stays small. */
const MAX_CODES_PER_INDICATOR = 2048;

interface Remembered {
  aspects: readonly AspectDef[];
  byCode: Map<string, Readonly<ItemResolution>>;
}

const remembered = new WeakMap<IndicatorDef, Remembered>();

/** resolveItemCode, remembered: the same object for the same code (read it, never change it). */
export function resolvedItem(ind: IndicatorDef, aspects: readonly AspectDef[], code: string): Readonly<ItemResolution> {
  let r = remembered.get(ind);
  // The aspects are the indicator's own framework's; another list (a test's) is another question.
  if (!r || r.aspects !== aspects) remembered.set(ind, (r = { aspects, byCode: new Map() }));
  let found = r.byCode.get(code);
  if (!found) {
    if (r.byCode.size >= MAX_CODES_PER_INDICATOR) r.byCode.clear();
    r.byCode.set(code, (found = resolveItemCode(ind, aspects, code)));
  }
  return found;
}

/** The local code of the module item `code` names under `ind`, or null: moduleItemCode, remembered. */
export function moduleItemOf(ind: IndicatorDef, aspects: readonly AspectDef[], code: string): string | null {
  const r = resolvedItem(ind, aspects, code);
  return r.ok ? r.def.code : null;
}
