/**
 * What the user has chosen on a portal page but not saved there yet (a
 * Capaian radio, an item note), per scope, indicator and tab, so every tab of
 * the scope shows the same unsaved choices beside what the portal shows as
 * saved. Kept in session storage: a choice never saved in the portal is gone
 * after the browser restarts, and so is its draft. Written by the background
 * alone (extension/background/tabs.ts), which also forgets a tab's drafts
 * when the tab closes or loads another page.
 * @module extension/store/drafts
 */
import { storage } from '@wxt-dev/storage';
import type { IndicatorEntry } from '../../core/types.ts';
import { scopeKey, type Scope } from './scope.ts';

export interface Draft {
  entry: IndicatorEntry;
  at: number;
}

/** indicator → tab id → that tab's unsaved choice. */
export type ScopeDrafts = Record<string, Record<string, Draft>>;

export function draftsItem(scope: Scope) {
  return storage.defineItem<ScopeDrafts>(`session:spbe-lens:drafts:${scopeKey(scope)}`, { fallback: {}, version: 1 });
}

/** The latest unsaved choice per indicator, leaving out one tab's own. */
export function latestDrafts(all: ScopeDrafts, exceptTab?: number): Record<string, Draft> {
  const out: Record<string, Draft> = {};
  for (const [n, byTab] of Object.entries(all)) {
    for (const [tab, d] of Object.entries(byTab)) {
      if (String(exceptTab) === tab) continue;
      if (!out[n] || d.at > out[n].at) out[n] = d;
    }
  }
  return out;
}
