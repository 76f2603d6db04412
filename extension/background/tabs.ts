/**
 * The portal tabs the background serves, and what it tells them. Each tab
 * registers with its scope when its page opens (extension/background/host.ts);
 * the list is kept in session storage, so a service worker that Chrome
 * stopped and started again still knows the tabs. After every change it
 * stores, the background pushes the new state to the tabs of that scope,
 * leaving out the tab whose message caused it: that tab already drew it.
 * @module extension/background/tabs
 */
import { storage } from '@wxt-dev/storage';
import type { IndicatorEntry } from '../../core/types.ts';
import type { Push } from '../live/protocol.ts';
import { PUSH_MESSAGE } from '../live/protocol.ts';
import { draftsItem, latestDrafts, type ScopeDrafts } from '../store/drafts.ts';
import { readScope } from '../store/records.ts';
import { sameAgency, sameScope, type Scope } from '../store/scope.ts';
import { serial } from '../store/serial.ts';
import { loadLastResult } from '../store/last-year.ts';
import type { Settings } from '../store/settings.ts';
import { savedView } from './saved-view.ts';
import { toLastView } from './last-view.ts';

/** tab id → the scope its page shows (null: a portal page without one, e.g. an assessor view). */
const tabsItem = storage.defineItem<Record<string, Scope | null>>('session:spbe-lens:tabs', { fallback: {}, version: 1 });

export type Sender = (tabId: number, m: Push) => Promise<unknown>;

export function createTabs(send: Sender) {
  const post = (tab: number, m: Omit<Push, 'type'>) =>
    send(tab, { type: PUSH_MESSAGE, ...m }).catch(() => forget(tab)); // the tab is gone or shows another site now

  const registered = async (): Promise<[number, Scope | null][]> =>
    Object.entries(await tabsItem.getValue()).map(([t, s]) => [Number(t), s]);

  const tabsOf = async (scope: Scope, except?: number) =>
    (await registered()).filter(([t, s]) => t !== except && s && sameScope(s, scope)).map(([t]) => t);

  const updateDrafts = (scope: Scope, change: (d: ScopeDrafts) => boolean) => serial(`drafts:${JSON.stringify(scope)}`, async () => {
    const item = draftsItem(scope);
    const drafts = structuredClone(await item.getValue());
    if (!change(drafts)) return false;
    await item.setValue(drafts);
    return true;
  });

  /** Forget a tab's unsaved choices (its page closed or another page loaded) and tell the others. */
  const clearTab = async (tab: number, scope: Scope | null) => {
    if (!scope) return;
    const changed = await updateDrafts(scope, (d) => {
      let any = false;
      for (const byTab of Object.values(d)) if (String(tab) in byTab) { delete byTab[String(tab)]; any = true; }
      for (const n of Object.keys(d)) if (Object.keys(d[n]!).length === 0) delete d[n];
      return any;
    });
    if (changed) await pushDrafts(scope, tab);
  };

  async function forget(tab: number): Promise<void> {
    const before = (await tabsItem.getValue())[String(tab)] ?? null;
    await serial('tabs', async () => {
      const all = { ...(await tabsItem.getValue()) };
      delete all[String(tab)];
      await tabsItem.setValue(all);
    });
    await clearTab(tab, before);
  }

  async function pushDrafts(scope: Scope, except?: number): Promise<void> {
    const drafts = await draftsItem(scope).getValue();
    await Promise.all((await tabsOf(scope, except)).map((t) => post(t, { drafts: latestDrafts(drafts, t) })));
  }

  return {
    /** A page opened in `tab`: it now shows `scope`; its earlier page's unsaved choices are gone. */
    async register(tab: number, scope: Scope | null): Promise<void> {
      const before = (await tabsItem.getValue())[String(tab)] ?? null;
      await serial('tabs', async () => tabsItem.setValue({ ...(await tabsItem.getValue()), [String(tab)]: scope }));
      await clearTab(tab, before);
    },
    forget,
    /** Set or clear one tab's unsaved choice for an indicator, then tell the scope's other tabs. */
    async setDraft(tab: number, scope: Scope, indicator: number, entry: IndicatorEntry | null, at = Date.now()): Promise<void> {
      const n = String(indicator);
      const changed = await updateDrafts(scope, (d) => {
        if (entry === null) {
          if (!d[n]?.[String(tab)]) return false;
          delete d[n][String(tab)];
          if (Object.keys(d[n]).length === 0) delete d[n];
          return true;
        }
        d[n] = { ...d[n], [String(tab)]: { entry, at } };
        return true;
      });
      if (changed) await pushDrafts(scope, tab);
    },
    async draftsFor(scope: Scope, tab?: number) {
      return latestDrafts(await draftsItem(scope).getValue(), tab);
    },
    /** The scope's saved entries changed (by `except`'s message, or by a page when undefined). */
    async pushSaved(scope: Scope, except?: number): Promise<void> {
      const tabs = await tabsOf(scope, except);
      if (tabs.length === 0) return;
      const saved = savedView(await readScope(scope));
      await Promise.all(tabs.map((t) => post(t, { saved })));
    },
    pushDrafts,
    /** Last year's result of an agency changed: each tab of that agency gets its own scope's view. */
    async pushLast(agency: Scope['agency']): Promise<void> {
      await Promise.all((await registered()).filter(([, s]) => s && sameAgency(s.agency, agency)).map(async ([t, s]) => {
        const last = await loadLastResult(s!);
        await post(t, { last: last ? toLastView(last, s!.framework) : null });
      }));
    },
    async pushSettings(settings: Settings, except?: number): Promise<void> {
      await Promise.all((await registered()).filter(([t]) => t !== except).map(([t]) => post(t, { settings })));
    },
    /** The scopes shown by the portal tabs open now (the Options page offers their agency first). */
    async openScopes(): Promise<Scope[]> {
      return (await registered()).flatMap(([, s]) => (s ? [s] : []));
    },
  };
}

export type Tabs = ReturnType<typeof createTabs>;
