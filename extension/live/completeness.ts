/**
 * Never a value read from nothing (issue 18): whether the reader found on an
 * indicator page everything the module says is there. A Pemdi page is read
 * short when no item is read, or fewer items than the module lists at a level
 * whose "Tingkat k" heading is on the page; a Tauval page when a level row of
 * the criteria table has no Capaian radio that could be read. A page read
 * short shows "n dari m butir terbaca" and no value, and nothing from it is
 * saved or counted.
 * @module extension/live/completeness
 */
import type { Framework } from '../../core/types.ts';
import { levelItems } from '../../core/engine/indicator-value.ts';
import type { EvalIndicatorPage, TauvalIndicatorPage } from '../portal/types.ts';

export type Completeness =
  | { complete: true }
  | { complete: false; what: 'items' | 'radios'; read: number; expected: number };

export function completeness(page: TauvalIndicatorPage | EvalIndicatorPage, fw: Framework): Completeness {
  if (page.kind === 'tauval-indicator') {
    const rows = Math.max(page.rows.size, 5);
    const read = page.radios.size;
    return read > 0 && read >= page.rows.size ? { complete: true } : { complete: false, what: 'radios', read, expected: rows };
  }
  const ind = fw.indicators[page.indicator - 1];
  if (!ind) return { complete: true };
  let expected = 0;
  let read = 0;
  let short = false;
  for (const level of page.levels.keys()) {
    const want = levelItems(ind, level).length;
    const got = page.items.filter((it) => it.level === level).length;
    expected += want;
    read += Math.min(got, want);
    if (got < want) short = true;
  }
  // An indicator with no module items (the external indices I5, I6, I7, I18) has nothing to read.
  if (expected === 0) return { complete: true };
  return short || page.items.length === 0 ? { complete: false, what: 'items', read, expected } : { complete: true };
}
