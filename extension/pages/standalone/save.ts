/**
 * Writing the standalone draft to extension storage, one record per indicator
 * (source 'standalone'). When the draft was loaded from the same scope only
 * the indicators changed since then are written, and those cleared on the page
 * are removed, so a portal tab's newer reading of an untouched indicator is
 * never replaced by the page's older copy.
 * @module extension/pages/standalone/save
 */
import { deleteKeys, saveIndicator } from '../../store/assessments.ts';
import { indicatorKey, sameScope, type Scope } from '../../store/scope.ts';
import { draftScope, type Draft } from './draft.ts';

export interface SaveResult {
  scope: Scope;
  written: number[];
  /** Not written: the stored reading is newer. */
  newer: number[];
  removed: number[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function saveDraft(d: Draft, now = Date.now()): Promise<SaveResult> {
  const scope = draftScope(d);
  const base = d.base && sameScope(d.base.scope, scope) ? d.base.entries : null;
  const out: SaveResult = { scope, written: [], newer: [], removed: [] };
  for (const [n, entry] of Object.entries(d.indicators)) {
    if (base && same(base[n], entry)) continue;
    (await saveIndicator(scope, Number(n), entry, now, 'standalone') ? out.written : out.newer).push(Number(n));
  }
  if (base) {
    out.removed = Object.keys(base).filter((n) => !(n in d.indicators)).map(Number);
    if (out.removed.length) await deleteKeys(out.removed.map((n) => indicatorKey(scope, n)));
  }
  return out;
}
