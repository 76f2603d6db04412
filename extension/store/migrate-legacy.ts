/**
 * Version one kept one storage key per indicator
 * (`spbe-lens:v1:<framework>:<year>:<agency>:<n>` →
 * `{ v: 1, scope, indicator, entry, updatedAt, source }`). This moves every
 * readable record into its scope's item (extension/store/records.ts; the
 * newest reading wins against what the item already holds) and only then
 * removes the moved keys. A record that does not read stays where it is and
 * is listed among the corrupt records on the Options page. Run by the
 * background before it serves anything; running it again changes nothing.
 * @module extension/store/migrate-legacy
 */
import { storage } from '@wxt-dev/storage';
import type { IndicatorEntry } from '../../core/types.ts';
import { entryProblem, isScope, type Source } from './records.ts';
import { saveReadings } from './writer.ts';
import { LEGACY_PREFIX, scopeKey, type Scope } from './scope.ts';

interface LegacyRecord {
  v: 1;
  scope: Scope;
  indicator: number;
  entry: IndicatorEntry;
  updatedAt: number;
  source?: 'portal' | 'import' | 'standalone';
}

function readable(raw: unknown): raw is LegacyRecord {
  const r = raw as Partial<LegacyRecord> | null;
  return !!r && r.v === 1 && isScope(r.scope) && typeof r.indicator === 'number' && typeof r.updatedAt === 'number'
    && (r.source === undefined || ['portal', 'import', 'standalone'].includes(r.source)) && entryProblem(r.entry) === null;
}

export async function migrateLegacyRecords(): Promise<{ moved: number; left: number }> {
  const all = await storage.snapshot('local');
  const groups = new Map<string, { scope: Scope; keys: string[]; records: LegacyRecord[] }>();
  let left = 0;
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(LEGACY_PREFIX)) continue;
    if (!readable(raw)) { left++; continue; }
    const k = scopeKey(raw.scope);
    const g = groups.get(k) ?? { scope: raw.scope, keys: [], records: [] };
    g.keys.push(key);
    g.records.push(raw);
    groups.set(k, g);
  }
  let moved = 0;
  for (const g of groups.values()) {
    try {
      await saveReadings(g.scope, g.records.map((r) => ({ indicator: r.indicator, entry: r.entry, at: r.updatedAt, source: (r.source ?? 'portal') as Source })));
    } catch (e) {
      // Too large for one item, or over the quota: the old keys stay, readable by an export.
      console.error('[SPBE Lens] migration of', scopeKey(g.scope), 'failed; its records stay as they were', e);
      left += g.keys.length;
      continue;
    }
    await storage.removeItems(g.keys.map((k) => `local:${k}` as const));
    moved += g.keys.length;
  }
  return { moved, left };
}
