/**
 * Writing the standalone draft to the extension's memory, through the
 * background like every write (source 'standalone'). When the draft was
 * loaded from the same scope only the indicators changed since then are
 * written, and those cleared on the page are removed, so a portal tab's newer
 * reading of an untouched indicator is never replaced by the page's older copy.
 * @module extension/pages/standalone/save
 */
import { callStore } from '../../store/client.ts';
import { sameScope, type Scope } from '../../store/scope.ts';
import { draftScope, type Draft } from './draft.ts';
import { sameJson } from '../../same-json.ts';

export interface SaveResult {
  scope: Scope;
  written: number[];
  /** Not written: the stored reading is newer. */
  newer: number[];
  removed: number[];
}


export async function saveDraft(d: Draft, now = Date.now()): Promise<SaveResult> {
  const scope = draftScope(d);
  const base = d.base && sameScope(d.base.scope, scope) ? d.base.entries : null;
  const readings = Object.entries(d.indicators)
    .filter(([n, entry]) => !base || !sameJson(base[n], entry))
    .map(([n, entry]) => ({ indicator: Number(n), entry, at: now, source: 'standalone' as const }));
  const r = readings.length ? await callStore('saveReadings', scope, readings) : { written: [], newer: [], unchanged: [] };
  const cleared = base ? Object.keys(base).filter((n) => !(n in d.indicators)).map(Number) : [];
  const removed = cleared.length ? await callStore('removeIndicators', scope, cleared) : [];
  return { scope, written: [...r.written, ...r.unchanged], newer: r.newer, removed };
}
