/**
 * The extension's memory of assessments, in extension storage (never sent
 * anywhere). Each indicator is its own record with the time it was read; a
 * write only replaces an older record, so two portal tabs merge per indicator
 * and the newest reading wins. Records are validated on read: a corrupt one is
 * reported and kept for export, never silently wiped.
 * @module extension/store/assessments
 */
import { browser } from 'wxt/browser';
import { validateStoredEntry } from 'virtual:store-validator';
import type { IndicatorEntry } from '../../core/types.ts';
import { isFrameworkId } from '../../core/frameworks/index.ts';
import { PREFIX, indicatorKey, scopeKey, type Scope } from './scope.ts';

export interface IndicatorRecord {
  v: 1;
  scope: Scope;
  indicator: number;
  entry: IndicatorEntry;
  /** When the entry was read (ms since epoch). */
  updatedAt: number;
  source: 'portal' | 'import' | 'standalone';
}

export interface CorruptRecord {
  key: string;
  raw: unknown;
  reason: string;
}

export interface ScopeData {
  scope: Scope;
  entries: Record<string, IndicatorEntry>;
  updatedAt: Record<string, number>;
  corrupt: CorruptRecord[];
}

/** Why a stored value is not a usable record, or null when it is. */
export function recordProblem(raw: unknown): string | null {
  const r = raw as Partial<IndicatorRecord> | null;
  if (!r || typeof r !== 'object') return 'bukan objek / not an object';
  if (r.v !== 1) return 'versi tidak dikenal / unknown version';
  if (!r.scope || !isFrameworkId(r.scope.framework) || typeof r.scope.year !== 'number' || typeof r.scope.agency?.name !== 'string') return 'lingkup rusak / bad scope';
  if (typeof r.indicator !== 'number' || typeof r.updatedAt !== 'number') return 'indikator/waktu rusak / bad indicator or time';
  if (!validateStoredEntry(r.entry ?? {})) {
    const e = validateStoredEntry.errors?.[0];
    return `isian tidak valid / invalid entry (${e?.instancePath ?? ''} ${e?.message ?? ''})`;
  }
  return null;
}

/** Save one indicator unless a newer reading is already stored. Returns whether it was written. */
export async function saveIndicator(scope: Scope, indicator: number, entry: IndicatorEntry, updatedAt: number, source: IndicatorRecord['source'] = 'portal'): Promise<boolean> {
  const key = indicatorKey(scope, indicator);
  const current = (await browser.storage.local.get(key))[key] as IndicatorRecord | undefined;
  if (current && recordProblem(current) === null && current.updatedAt > updatedAt) return false;
  const record: IndicatorRecord = { v: 1, scope, indicator, entry, updatedAt, source };
  await browser.storage.local.set({ [key]: record });
  return true;
}

async function all(): Promise<Record<string, unknown>> {
  return (await browser.storage.local.get(null)) as Record<string, unknown>;
}

export function collect(scope: Scope, items: Record<string, unknown>): ScopeData {
  const prefix = scopeKey(scope);
  const out: ScopeData = { scope, entries: {}, updatedAt: {}, corrupt: [] };
  for (const [key, raw] of Object.entries(items)) {
    if (!key.startsWith(prefix)) continue;
    const problem = recordProblem(raw);
    if (problem) { out.corrupt.push({ key, raw, reason: problem }); continue; }
    const r = raw as IndicatorRecord;
    out.entries[String(r.indicator)] = r.entry;
    out.updatedAt[String(r.indicator)] = r.updatedAt;
  }
  return out;
}

export async function loadScope(scope: Scope): Promise<ScopeData> {
  return collect(scope, await all());
}

export interface ScopeSummary {
  scope: Scope;
  indicators: number;
  updatedAt: number;
  corrupt: CorruptRecord[];
}

/** Every agency/year/framework the extension remembers, newest first; corrupt records listed apart. */
export async function listScopes(): Promise<{ scopes: ScopeSummary[]; corrupt: CorruptRecord[] }> {
  const items = await all();
  const scopes = new Map<string, ScopeSummary>();
  const corrupt: CorruptRecord[] = [];
  for (const [key, raw] of Object.entries(items)) {
    if (!key.startsWith(PREFIX)) continue;
    const problem = recordProblem(raw);
    if (problem) { corrupt.push({ key, raw, reason: problem }); continue; }
    const r = raw as IndicatorRecord;
    const k = scopeKey(r.scope);
    const s = scopes.get(k) ?? { scope: r.scope, indicators: 0, updatedAt: 0, corrupt: [] };
    s.indicators++;
    s.updatedAt = Math.max(s.updatedAt, r.updatedAt);
    scopes.set(k, s);
  }
  return { scopes: [...scopes.values()].sort((a, b) => b.updatedAt - a.updatedAt), corrupt };
}

export async function deleteScope(scope: Scope): Promise<number> {
  const keys = Object.keys(await all()).filter((k) => k.startsWith(scopeKey(scope)));
  await browser.storage.local.remove(keys);
  return keys.length;
}

export async function deleteKeys(keys: string[]): Promise<void> {
  await browser.storage.local.remove(keys);
}

export { toAssessment } from './to-assessment.ts';

/**
 * Watch a scope's records: calls back with the fresh data whenever another tab
 * (or this one) writes. Stops when the signal aborts.
 */
export function watchScope(scope: Scope, onChange: (data: ScopeData) => void, signal: AbortSignal): void {
  const prefix = scopeKey(scope);
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !Object.keys(changes).some((k) => k.startsWith(prefix))) return;
    void loadScope(scope).then((d) => { if (!signal.aborted) onChange(d); });
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
