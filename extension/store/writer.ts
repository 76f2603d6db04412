/**
 * Every write of a stored scope (extension/store/records.ts), made by the
 * background alone and one at a time per scope: the portal tabs, the Options
 * page and the preview page ask it through messages (extension/live/host.ts,
 * extension/store/client.ts). Within a scope the newest reading of an
 * indicator wins; an import may overwrite on request. A scope larger than
 * MAX_SCOPE_BYTES, or one the browser's storage quota refuses, is not written
 * at all, and the error says so with the sizes: what was stored stays as it was.
 * @module extension/store/writer
 */
import type { Framework, IndicatorEntry } from '../../core/types.ts';
import { browser } from 'wxt/browser';
import { storage } from '@wxt-dev/storage';
import { revisionItem, scopeItem, type Source, type StoredIndicator, type StoredScope } from './records.ts';
import { scopeKey, type Scope } from './scope.ts';
import { serial } from './serial.ts';
import { StoreError } from './rpc.ts';
import { MAX_SCOPE_BYTES } from './limits.ts';
import { frameworks } from '../../core/frameworks/index.ts';
import { isExternal } from '../../core/engine/indicator-value.ts';
import { sameJson } from '../same-json.ts';

export { StoreError };

export { MAX_SCOPE_BYTES };

export interface Reading {
  indicator: number;
  entry: IndicatorEntry;
  at: number;
  source: Source;
}

export interface WriteResult {
  written: number[];
  /** Not written: the stored reading is newer. */
  newer: number[];
  unchanged: number[];
}

const bytesOf = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).length;

/** Room left in the browser's quota for this key (Infinity where the browser sets none or cannot say). */
async function roomFor(key: string): Promise<number> {
  const area = browser.storage.local as typeof browser.storage.local & { QUOTA_BYTES?: number; getBytesInUse?: (keys?: string | string[] | null) => Promise<number> };
  if (typeof area.QUOTA_BYTES !== 'number' || typeof area.getBytesInUse !== 'function') return Infinity;
  try {
    const [all, own] = await Promise.all([area.getBytesInUse(null), area.getBytesInUse(key)]);
    return area.QUOTA_BYTES - (all - own);
  } catch {
    return Infinity; // Firefox before 131 has no getBytesInUse on local storage: the write itself says when it does not fit
  }
}

const bump = async () => revisionItem.setValue((await revisionItem.getValue()) + 1);

async function write(scope: Scope, value: StoredScope | null): Promise<void> {
  const item = scopeItem(scope);
  if (value === null) { await item.removeValue({ removeMeta: true }); return bump(); }
  const key = scopeKey(scope);
  const bytes = bytesOf(key, value);
  if (bytes > MAX_SCOPE_BYTES) throw new StoreError('tooLarge', bytes, MAX_SCOPE_BYTES);
  const room = await roomFor(key);
  if (bytes > room) throw new StoreError('quota', bytes, room);
  try {
    await item.setValue(value);
  } catch (e) {
    // The browser refused (quota reached meanwhile): nothing of this write is stored.
    throw new StoreError('quota', bytes, Number.isFinite(room) ? room : null, e);
  }
  await bump();
}

/** Change one scope's stored item with `change` (null removes it), one change at a time. */
export function updateScope<T>(scope: Scope, change: (cur: StoredScope) => { next: StoredScope | null; result: T }): Promise<T> {
  return serial(scopeKey(scope), async () => {
    const cur = (await scopeItem(scope).getValue()) ?? { scope, indicators: {} };
    const { next, result } = change({ scope: cur.scope, indicators: { ...cur.indicators } });
    if (next !== null && sameJson(next, cur)) return result;
    await write(scope, next && Object.keys(next.indicators).length === 0 ? null : next);
    return result;
  });
}

/**
 * A page's reading of an indicator over what is stored for it: the reading,
 * plus, for a Pemdi external-index indicator (I5, I6, I7, I18), the figure the
 * user typed for it (`value`, or the national index's `external` score:
 * extension/ui/parse-value.ts). The portal page never shows that figure, so
 * reading the page again must not erase it.
 */
function overStored(fw: Framework, indicator: number, reading: IndicatorEntry, stored: IndicatorEntry | undefined): IndicatorEntry {
  const ind = fw.indicators[indicator - 1];
  if (!stored || !ind || !isExternal(ind)) return reading;
  const { value, external } = stored;
  return { ...reading, ...(value !== undefined && { value }), ...(external && { external }) };
}

/**
 * Save readings; each replaces the stored one unless that one is newer.
 * `overwrite` (an import the user asked to overwrite with) stamps the reading
 * after the stored one, so it wins.
 */
export function saveReadings(scope: Scope, readings: readonly Reading[], { overwrite = false } = {}): Promise<WriteResult> {
  return updateScope(scope, (cur) => {
    const result: WriteResult = { written: [], newer: [], unchanged: [] };
    for (const read of readings) {
      const n = String(read.indicator);
      const old: StoredIndicator | undefined = cur.indicators[n];
      // A page read again keeps the figure typed for an external-index indicator (the page never shows it).
      const r = read.source === 'portal' ? { ...read, entry: overStored(frameworks[scope.framework], read.indicator, read.entry, old?.entry) } : read;
      if (old && sameJson(old.entry, r.entry)) { result.unchanged.push(r.indicator); continue; }
      if (old && old.at > r.at && !overwrite) { result.newer.push(r.indicator); continue; }
      cur.indicators[n] = { entry: r.entry, at: old && overwrite ? Math.max(r.at, old.at + 1) : r.at, source: r.source };
      result.written.push(r.indicator);
    }
    return { next: cur, result };
  });
}

/** Forget some indicators of a scope (the preview page clears them). */
export function removeIndicators(scope: Scope, indicators: readonly number[]): Promise<number[]> {
  return updateScope(scope, (cur) => {
    const removed = indicators.filter((n) => String(n) in cur.indicators);
    for (const n of removed) delete cur.indicators[String(n)];
    return { next: cur, result: removed };
  });
}

/** Delete a whole scope; returns how many indicators it held. */
export function deleteScope(scope: Scope): Promise<number> {
  return updateScope(scope, (cur) => ({ next: null, result: Object.keys(cur.indicators).length }));
}

/**
 * Move every indicator of `from` into `into` (newest reading wins per
 * indicator), then delete `from`. Returns the indicators that `into` took.
 */
export async function mergeScopes(from: Scope, into: Scope): Promise<WriteResult> {
  if (scopeKey(from) === scopeKey(into)) return { written: [], newer: [], unchanged: [] };
  const source = (await scopeItem(from).getValue())?.indicators ?? {};
  const readings = Object.entries(source).map(([n, r]) => ({ indicator: Number(n), entry: r.entry, at: r.at, source: r.source }));
  const result = await saveReadings(into, readings);
  await deleteScope(from);
  return result;
}

/**
 * Delete records the Options page lists as corrupt (records.ts: CorruptRecord
 * keys): a whole item, or one indicator inside a scope item (`<key>#<n>`).
 */
export async function deleteRecords(keys: readonly string[]): Promise<number> {
  let n = 0;
  for (const key of keys) {
    const hash = key.lastIndexOf('#');
    const itemKey = hash > 0 ? key.slice(0, hash) : key;
    await serial(itemKey, async () => {
      if (hash < 0) { await storage.removeItem(`local:${key}`, { removeMeta: true }); n++; return; }
      const raw = await storage.getItem<StoredScope>(`local:${itemKey}`);
      const indicators = raw && typeof raw === 'object' && raw.indicators && typeof raw.indicators === 'object' ? { ...raw.indicators } : null;
      const ind = key.slice(hash + 1);
      if (!indicators || !(ind in indicators)) return;
      delete indicators[ind];
      if (Object.keys(indicators).length === 0) await storage.removeItem(`local:${itemKey}`, { removeMeta: true });
      else await storage.setItem(`local:${itemKey}`, { ...raw, indicators });
      n++;
    });
  }
  if (n) await bump();
  return n;
}
