/**
 * The stored assessment of one scope: one @wxt-dev/storage item per agency,
 * year and framework, holding each indicator's saved entry with when it was
 * read and from where. Only the background writes these items
 * (extension/store/writer.ts), one write at a time per scope, so two tabs
 * never lose each other's indicators; pages and the background read and watch
 * them. Entries are validated on read: one that fails is reported with its
 * reason and kept (for export on the Options page), never counted and never
 * silently wiped.
 * @module extension/store/records
 */
import { storage } from '@wxt-dev/storage';
import { validateStoredEntry } from 'virtual:store-validator';
import type { IndicatorEntry } from '../../core/types.ts';
import type { Message } from '../../core/lint/diagnostic.ts';
import { isFrameworkId } from '../../core/frameworks/index.ts';
import { LEGACY_PREFIX, SCOPE_PREFIX, scopeKey, type Scope } from './scope.ts';

/** Where a saved entry came from: a portal page (or its indicator list), a file, the preview page, or typed on the portal page. */
export type Source = 'portal' | 'list' | 'import' | 'standalone' | 'manual';

export interface StoredIndicator {
  entry: IndicatorEntry;
  /** When the entry was read (ms since epoch): the newest reading of an indicator wins. */
  at: number;
  source: Source;
}

export interface StoredScope {
  scope: Scope;
  indicators: Record<string, StoredIndicator>;
}

/** Raise with a migration in `migrations` when StoredScope changes shape. */
export const SCOPE_VERSION = 1;

export function scopeItem(scope: Scope) {
  return storage.defineItem<StoredScope | null>(`local:${scopeKey(scope)}`, { fallback: null, version: SCOPE_VERSION });
}

/**
 * Bumped by the background after each write of stored scopes, so a page that
 * lists every scope (Options, the preview page) watches one item.
 */
export const revisionItem = storage.defineItem<number>('local:spbe-lens:revision', { fallback: 0, version: 1 });

/** Calls back after any write of any stored scope; returns the unwatch function. */
export function watchStore(cb: () => void): () => void {
  return revisionItem.watch(() => cb());
}

export interface CorruptRecord {
  /** The storage key, with `#n` for one indicator inside a scope item. */
  key: string;
  raw: unknown;
  reason: Message;
}

export interface ScopeData {
  scope: Scope;
  entries: Record<string, IndicatorEntry>;
  at: Record<string, number>;
  sources: Record<string, Source>;
  corrupt: CorruptRecord[];
}

export const emptyScope = (scope: Scope): ScopeData => ({ scope, entries: {}, at: {}, sources: {}, corrupt: [] });

const SOURCES = new Set<Source>(['portal', 'list', 'import', 'standalone', 'manual']);

export function isScope(s: unknown): s is Scope {
  const x = s as Partial<Scope> | null;
  return !!x && isFrameworkId(x.framework) && typeof x.year === 'number' && typeof x.agency?.name === 'string'
    && (x.agency.code === undefined || typeof x.agency.code === 'string');
}

/** Why an entry read from storage is not a usable indicator entry, or null. */
export function entryProblem(entry: unknown): Message | null {
  if (validateStoredEntry(entry ?? {})) return null;
  const e = validateStoredEntry.errors?.[0];
  const where = `${e?.instancePath || '/'} ${e?.message ?? ''}`.trim();
  return { id: `isian indikator tidak valid (${where})`, en: `invalid indicator entry (${where})` };
}

/** A stored scope item, validated: good entries to count, bad ones listed with their reason. */
export function readScopeItem(key: string, raw: unknown): ScopeData | CorruptRecord {
  const r = raw as Partial<StoredScope> | null;
  if (!r || typeof r !== 'object' || !isScope(r.scope) || !r.indicators || typeof r.indicators !== 'object') {
    return { key, raw, reason: { id: 'data lingkup tidak terbaca (bukan data SPBE Lens yang dikenal)', en: 'unreadable scope data (not a known SPBE Lens record)' } };
  }
  const out = emptyScope(r.scope);
  for (const [n, rec] of Object.entries(r.indicators)) {
    const ok = /^\d+$/.test(n) && rec && typeof rec.at === 'number' && SOURCES.has(rec.source);
    const problem = ok ? entryProblem(rec.entry) : { id: 'catatan indikator rusak (nomor, waktu atau sumber)', en: 'corrupt indicator record (number, time or source)' };
    if (problem) { out.corrupt.push({ key: `${key}#${n}`, raw: rec, reason: problem }); continue; }
    out.entries[n] = rec.entry;
    out.at[n] = rec.at;
    out.sources[n] = rec.source;
  }
  return out;
}

const LEGACY_UNREAD: Message = { id: 'catatan versi lama yang tidak terbaca', en: 'an unreadable record of the previous version' };

export const isCorrupt = (x: ScopeData | CorruptRecord): x is CorruptRecord => 'reason' in x;

/** Every stored scope item as it is now (one read of the whole area). */
export async function readAllScopes(): Promise<{ scopes: ScopeData[]; corrupt: CorruptRecord[] }> {
  const all = await storage.snapshot('local');
  const scopes: ScopeData[] = [];
  const corrupt: CorruptRecord[] = [];
  for (const [key, raw] of Object.entries(all)) {
    // Version one's per-indicator records that the migration could not move (extension/store/migrate-legacy.ts).
    if (key.startsWith(LEGACY_PREFIX)) { corrupt.push({ key, raw, reason: LEGACY_UNREAD }); continue; }
    if (!key.startsWith(SCOPE_PREFIX) || key.endsWith('$')) continue;
    const read = readScopeItem(key, raw);
    if (isCorrupt(read)) corrupt.push(read);
    else { scopes.push(read); corrupt.push(...read.corrupt); }
  }
  return { scopes, corrupt };
}

/** One scope, validated (empty when nothing is stored). */
export async function readScope(scope: Scope): Promise<ScopeData> {
  const raw = await scopeItem(scope).getValue();
  if (raw === null) return emptyScope(scope);
  const read = readScopeItem(scopeKey(scope), raw);
  return isCorrupt(read) ? { ...emptyScope(scope), corrupt: [read] } : { ...read, scope };
}

/** Calls back with the validated scope whenever its item changes (any writer); returns the unwatch function. */
export function watchScopeItem(scope: Scope, cb: (data: ScopeData) => void): () => void {
  const key = scopeKey(scope);
  return scopeItem(scope).watch((raw) => {
    if (raw === null) return cb(emptyScope(scope));
    const read = readScopeItem(key, raw);
    cb(isCorrupt(read) ? { ...emptyScope(scope), corrupt: [read] } : { ...read, scope });
  });
}
