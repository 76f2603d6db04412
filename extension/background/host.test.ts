// The background as the one owner of what is stored: it files readings, keeps
// each tab's unsaved choices, and tells the other tabs of a scope, never the
// tab that caused the change; it answers without computing any index.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startHost, type TestHost } from '../../test/extension/live-host.ts';
import { loadScope } from '../store/assessments.ts';
import { saveReadings } from '../store/writer.ts';
import { loadSettings } from '../store/settings.ts';
import type { Push } from '../live/protocol.ts';
import type { Scope } from '../store/scope.ts';

const page: Scope = { framework: 'spbe-2020', year: 2025, agency: { name: 'Pemerintah Kota Contoh' } };
let bg: TestHost;
const inbox = (tab: number) => {
  const got: Push[] = [];
  bg.linkFor(tab).onPush((p) => got.push(p), new AbortController().signal);
  return got;
};
const open = (tab: number, scope: Scope = page) => bg.host.live({ t: 'open', framework: 'spbe-2020', scope, reading: null }, tab);
const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => { fakeBrowser.reset(); bg = startHost(); });

describe('the background host', () => {
  it('files a page under the stored scope of the same agency (a file named it with its code)', async () => {
    const fromFile: Scope = { ...page, agency: { name: 'PEMERINTAH KOTA CONTOH', code: '9999' } };
    await saveReadings(fromFile, [{ indicator: 1, entry: { level: 3 }, at: 1, source: 'import' }]);
    const opened = await open(1);
    expect(opened.scope).toEqual(fromFile);
    expect(opened.saved.entries).toEqual({ 1: { level: 3 } });
    expect(opened.framework.id).toBe('spbe-2020');
    expect(opened.text.openPanel[0]).toBe('Rincian di panel samping');
  });

  it('tells the scope\'s other tabs of an unsaved choice, not the tab that made it, nor tabs of other scopes', async () => {
    const [a, b, c] = [inbox(1), inbox(2), inbox(3)];
    await open(1); await open(2); await open(3, { ...page, year: 2024 });
    await bg.host.live({ t: 'draft', scope: page, indicator: 12, entry: { level: 5 } }, 1);
    expect(a).toEqual([]);
    expect(c).toEqual([]);
    expect(b.map((p) => p.drafts)).toEqual([{ 12: { entry: { level: 5 }, at: expect.any(Number) } }]);
    // Tab 1 loads another page: its unsaved choice is gone, and tab 2 hears it.
    await open(1);
    expect(b.at(-1)!.drafts).toEqual({});
  });

  it('files a saved reading, tells the other tabs, and answers the saving tab with the stored view', async () => {
    const [a, b] = [inbox(1), inbox(2)];
    await open(1); await open(2);
    const saved = await bg.host.live({ t: 'save', scope: page, reading: { indicator: 12, entry: { level: 3 }, at: 5 }, source: 'portal' }, 1);
    expect(saved.entries).toEqual({ 12: { level: 3 } });
    expect(a).toEqual([]);
    expect(b.map((p) => p.saved?.entries)).toEqual([{ 12: { level: 3 } }]);
    // The same reading again changes nothing: nobody is told.
    await bg.host.live({ t: 'save', scope: page, reading: { indicator: 12, entry: { level: 3 }, at: 6 }, source: 'portal' }, 1);
    expect(b).toHaveLength(1);
  });

  it('stores a setting and tells every other tab', async () => {
    const [a, b] = [inbox(1), inbox(2)];
    await open(1); await open(2);
    await bg.host.live({ t: 'settings', patch: { locale: 'en' } }, 1);
    expect((await loadSettings()).locale).toBe('en');
    expect(a).toEqual([]);
    expect(b.map((p) => p.settings?.locale)).toEqual(['en']);
  });

  it('forgets a closed tab and its choices; a push to a tab that is gone drops it', async () => {
    const b = inbox(2);
    await open(1); await open(2); await open(7);
    await bg.host.live({ t: 'draft', scope: page, indicator: 1, entry: { level: 2 } }, 1);
    await bg.host.tabs.forget(1);
    expect(b.at(-1)!.drafts).toEqual({});
    // Tab 7 has no content script any more (it shows another site): the failed push unregisters it.
    await bg.host.live({ t: 'draft', scope: page, indicator: 1, entry: { level: 3 } }, 2);
    await flush();
    expect(await bg.host.tabs.openScopes()).toEqual([page]);
  });

  it('refuses a live request from outside a tab', async () => {
    await expect(bg.host.onMessage({ type: 'spbe-lens:live', t: 'check' }, {})!).rejects.toThrow(/outside a tab/);
  });

  it('the pages\' store calls reach it, and imports reach the open tabs', async () => {
    const a = inbox(1);
    await open(1);
    const { callStore } = await import('../store/client.ts');
    await callStore('saveReadings', page, [{ indicator: 2, entry: { level: 4 }, at: 9, source: 'import' }]);
    expect((await loadScope(page)).entries).toEqual({ 2: { level: 4 } });
    expect(a.map((p) => p.saved?.entries)).toEqual([{ 2: { level: 4 } }]);
  });
});
