/**
 * A stored scope as the portal tab receives it: the entries that read, when
 * each was read, and how many stored records do not read (the tab only
 * counts them; the Options page lists them).
 * @module extension/background/saved-view
 */
import type { ScopeData } from '../store/records.ts';
import type { SavedView } from '../live/protocol.ts';

export function savedView(d: ScopeData): SavedView {
  return { entries: d.entries, at: d.at, corrupt: d.corrupt.length };
}
