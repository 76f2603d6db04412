/**
 * The store operations the extension pages (Options, the preview page) ask
 * the background for, since the background is the only writer of stored
 * data: imports, saves from the preview page, deletions, merging two scopes
 * of one agency, last year's results and the settings. Each answer is plain
 * JSON; a refused write comes back as its StoreError code and sizes, nothing
 * changed. Pages call these through extension/store/client.ts.
 * @module extension/background/store-service
 */
import { storage } from '@wxt-dev/storage';
import type { Scope } from '../store/scope.ts';
import { deleteRecords, deleteScope, mergeScopes, removeIndicators, saveReadings, type Reading, type WriteResult } from '../store/writer.ts';
import { STORE_MESSAGE, StoreError, type StoreAnswer } from '../store/rpc.ts';
import { lastItem, type StoredLast, LAST_PREFIX } from '../store/last-year.ts';
import { writeSettings, type Settings } from '../store/settings.ts';
import type { Tabs } from './tabs.ts';

export { STORE_MESSAGE };

export function createStoreService(tabs: Tabs, ready: Promise<unknown>) {
  const ops = {
    /** Resolves once version one's records have moved (pages read after this). */
    async ready(): Promise<null> {
      await ready;
      return null;
    },
    async saveReadings(scope: Scope, readings: Reading[], opts: { overwrite?: boolean } = {}): Promise<WriteResult> {
      await ready;
      const r = await saveReadings(scope, readings, opts);
      if (r.written.length) await tabs.pushSaved(scope);
      return r;
    },
    async removeIndicators(scope: Scope, indicators: number[]): Promise<number[]> {
      const r = await removeIndicators(scope, indicators);
      if (r.length) await tabs.pushSaved(scope);
      return r;
    },
    async deleteScope(scope: Scope): Promise<number> {
      const n = await deleteScope(scope);
      await tabs.pushSaved(scope);
      return n;
    },
    async mergeScopes(from: Scope, into: Scope): Promise<WriteResult> {
      const r = await mergeScopes(from, into);
      await Promise.all([tabs.pushSaved(from), tabs.pushSaved(into)]);
      return r;
    },
    async deleteRecords(keys: string[], scopes: Scope[]): Promise<number> {
      const n = await deleteRecords(keys);
      await Promise.all(scopes.map((s) => tabs.pushSaved(s)));
      return n;
    },
    async saveLast(stored: StoredLast): Promise<null> {
      await lastItem(stored.agency, stored.year).setValue(stored);
      await tabs.pushLast(stored.agency);
      return null;
    },
    async deleteLast(key: string): Promise<null> {
      if (!key.startsWith(LAST_PREFIX)) return null;
      const stored = await storage.getItem<StoredLast>(`local:${key}`);
      await storage.removeItem(`local:${key}`, { removeMeta: true });
      if (stored?.agency) await tabs.pushLast(stored.agency);
      return null;
    },
    async updateSettings(patch: Partial<Settings>): Promise<Settings> {
      const s = await writeSettings(patch);
      await tabs.pushSettings(s);
      return s;
    },
    /** The scopes the portal tabs open now show. */
    async openScopes(): Promise<Scope[]> {
      return tabs.openScopes();
    },
  };

  type Op = keyof typeof ops;
  return {
    ops,
    async call(m: StoreCall): Promise<StoreAnswer> {
      const op = ops[m.op as Op] as ((...a: unknown[]) => Promise<unknown>) | undefined;
      if (!op) return { ok: false, error: { message: `unknown store operation ${String(m.op)}` } };
      try {
        return { ok: true, value: await op(...m.args) };
      } catch (e) {
        if (e instanceof StoreError) return { ok: false, error: { code: e.code, bytes: e.bytes, limit: e.limit } };
        console.error('[SPBE Lens] store', m.op, e);
        return { ok: false, error: { message: String((e as Error)?.message ?? e) } };
      }
    },
  };
}

export type StoreOps = ReturnType<typeof createStoreService>['ops'];
export type { StoreAnswer };
export interface StoreCall { type: typeof STORE_MESSAGE; op: keyof StoreOps; args: unknown[] }
