/**
 * The background's side of every message: the portal tabs' requests
 * (extension/live/protocol.ts) and the extension pages' store operations
 * (extension/background/store-service.ts). It is the only writer of what the
 * extension stores; after each write it pushes the new state to the other
 * tabs of the scope (extension/background/tabs.ts). Nothing here computes an
 * index: the tabs do, from the data they receive.
 * @module extension/background/host
 */
import { browser } from 'wxt/browser';
import { frameworks } from '../../core/frameworks/index.ts';
import { overlayMessages } from '../i18n/overlay.ts';
import { LIVE_MESSAGE, type Answers, type Opened, type RequestOf, type ToBackground } from '../live/protocol.ts';
import { readAllScopes, readScope } from '../store/records.ts';
import { loadLastResult } from '../store/last-year.ts';
import { migrateLegacyRecords } from '../store/migrate-legacy.ts';
import { loadSettings, writeSettings } from '../store/settings.ts';
import { matchingScopes, scopeKey, type Scope } from '../store/scope.ts';
import { saveReadings } from '../store/writer.ts';
import { externalEntry } from '../ui/parse-value.ts';
import { checksFor } from './checks.ts';
import { listReadings } from './list-readings.ts';
import { savedView } from './saved-view.ts';
import { toLastView } from './last-view.ts';
import { createTabs, type Sender } from './tabs.ts';
import { createStoreService, STORE_MESSAGE, type StoreCall } from './store-service.ts';

/**
 * The scope a page's reading is filed under: the stored scope of the same
 * framework, year and agency when one exists (the page may name the agency
 * without its code, a file with it), else the page's own.
 */
export async function resolveScope(scope: Scope): Promise<Scope> {
  const { scopes } = await readAllScopes();
  const found = matchingScopes(scope, scopes);
  if (found.length === 0) return scope;
  const exact = found.find((s) => scopeKey(s.scope) === scopeKey(scope));
  if (exact) return exact.scope;
  // Several spellings of one agency: the one read most recently.
  const latest = (s: (typeof found)[number]) => Math.max(0, ...Object.values(s.at));
  return found.reduce((a, b) => (latest(b) > latest(a) ? b : a)).scope;
}

export function createHost(send: Sender) {
  const tabs = createTabs(send);
  // Version one's records move into scope items before anything is read or written.
  const ready = migrateLegacyRecords().catch((e) => console.error('[SPBE Lens] migration', e));
  const store = createStoreService(tabs, ready);

  const handlers: { [K in keyof Answers]: (m: RequestOf<K>, tab: number) => Promise<Answers[K]> } = {
    async open(m, tab) {
      await ready;
      const scope = m.scope ? await resolveScope(m.scope) : null;
      await tabs.register(tab, scope);
      if (scope && m.reading) {
        const w = await saveReadings(scope, [{ ...m.reading, source: 'portal' }]);
        if (w.written.length) await tabs.pushSaved(scope, tab);
      }
      const [settings, data, last, drafts] = await Promise.all([
        loadSettings(),
        scope ? readScope(scope) : null,
        scope ? loadLastResult(scope) : null,
        scope ? tabs.draftsFor(scope, tab) : {},
      ]);
      const opened: Opened = {
        scope, framework: frameworks[m.framework], text: overlayMessages, settings,
        saved: data ? savedView(data) : { entries: {}, at: {}, corrupt: 0 },
        drafts, last: last && scope ? toLastView(last, scope.framework) : null,
      };
      return opened;
    },
    async save(m, tab) {
      await ready;
      const w = await saveReadings(m.scope, [{ ...m.reading, source: m.source }]);
      if (w.written.length) await tabs.pushSaved(m.scope, tab);
      return savedView(await readScope(m.scope));
    },
    async external(m, tab) {
      await ready;
      const stored = await readScope(m.scope);
      const n = String(m.indicator);
      const entry = externalEntry(frameworks[m.scope.framework], m.indicator, stored.entries[n], m.text, m.at);
      if (entry === 'invalid') return 'invalid';
      // Filed at the time of the portal reading it completes, not as a newer reading: the portal saved nothing
      // (a later time made the chip say the portal had saved it in another tab, indicator-preview.tsx Standing).
      const w = await saveReadings(m.scope, [{ indicator: m.indicator, entry, at: stored.at[n] ?? m.at, source: 'manual' }]);
      if (w.written.length) await tabs.pushSaved(m.scope, tab);
      return savedView(await readScope(m.scope));
    },
    async list(m, tab) {
      await ready;
      const readings = listReadings(m.levels, (await readScope(m.scope)).entries, m.at);
      const w = readings.length ? await saveReadings(m.scope, readings) : null;
      if (w?.written.length) await tabs.pushSaved(m.scope, tab);
      return savedView(await readScope(m.scope));
    },
    async draft(m, tab) {
      await tabs.setDraft(tab, m.scope, m.indicator, m.entry);
      return null;
    },
    async check(m) {
      return checksFor(m.scope, m.stage, m.indicator, m.entry);
    },
    openPanel(_m, tab) {
      // First thing in the message's task: Chrome honours the click in the page as the gesture sidePanel.open needs.
      const panel = (browser as unknown as { sidePanel?: { open(o: { tabId: number }): Promise<void> } }).sidePanel;
      return panel ? panel.open({ tabId: tab }).then(() => null) : Promise.resolve(null);
    },
    async settings(m, tab) {
      const s = await writeSettings(m.patch);
      await tabs.pushSettings(s, tab);
      return s;
    },
  };

  return {
    tabs,
    store,
    /** One portal tab's request (tab: the sender's tab id). */
    live<K extends keyof Answers>(m: RequestOf<K>, tab: number): Promise<Answers[K]> {
      return (handlers[m.t] as (m: RequestOf<K>, tab: number) => Promise<Answers[K]>)(m, tab);
    },
    /** runtime.onMessage: portal tabs' requests and the pages' store calls; anything else is not ours. */
    onMessage(msg: unknown, sender: { tab?: { id?: number } }): Promise<unknown> | undefined {
      const m = msg as ToBackground | StoreCall | null;
      if (m?.type === LIVE_MESSAGE) {
        const tab = sender.tab?.id;
        if (tab === undefined) return Promise.reject(new Error('live request from outside a tab'));
        return this.live(m as RequestOf<keyof Answers>, tab);
      }
      if (m?.type === STORE_MESSAGE) return store.call(m);
      return undefined;
    },
  };
}

export type Host = ReturnType<typeof createHost>;

/**
 * runtime.onMessage for the host: answers through sendResponse (returning
 * true keeps the channel open), which every browser supports, wrapped as
 * `{ v }` or `{ e }` so a failure reaches the caller as one.
 */
export function listenerOf(host: Host) {
  return (msg: unknown, sender: { tab?: { id?: number } }, sendResponse: (a: unknown) => void): true | undefined => {
    const p = host.onMessage(msg, sender);
    if (!p) return undefined;
    p.then((v) => sendResponse({ v }), (e: unknown) => sendResponse({ e: String((e as Error)?.message ?? e) }));
    return true;
  };
}
