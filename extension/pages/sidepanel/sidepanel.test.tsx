/** @vitest-environment happy-dom */
// The side panel shows the tab in front as the portal tabs see it: the saved
// index and the one with every tab's unsaved choices, following writes and
// the active tab; Escape closes it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { SidePanel } from './sidepanel.tsx';
import type { TabStatus } from '../../content/run.ts';
import type { Scope } from '../../store/scope.ts';
import { mount, unmountAll, until } from '../../../test/helpers/dom.ts';
import { startHost, type TestHost } from '../../../test/extension/live-host.ts';
import { saveIndicator } from '../../../test/extension/store.ts';

const scope: Scope = { framework: 'spbe-2020', year: 2025, agency: { name: 'Pemerintah Kota Contoh' } };
let bg: TestHost;
let active = 7;
const statuses = new Map<number, TabStatus>();

beforeEach(() => {
  fakeBrowser.reset();
  bg = startHost();
  active = 7;
  statuses.clear();
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [{ id: active }]) as never);
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (tab: number) => {
    const s = statuses.get(tab);
    if (!s) throw new Error('Receiving end does not exist.');
    return s;
  }) as never);
});
afterEach(() => { unmountAll(); vi.restoreAllMocks(); });

const index = (root: HTMLElement) => root.querySelector('.summary .index')?.textContent;

describe('side panel', () => {
  it('shows the summary of the tab in front, with another tab\'s unsaved choice beside the saved index', async () => {
    await saveIndicator(scope, 12, { level: 3 }, 10);
    statuses.set(7, { recognised: true, kind: 'tauval-indicator', scope, indicator: 12 });
    const root = mount(<SidePanel />);
    await until(() => index(root) === '3,00', 'summary');
    expect(root.querySelector('main')!.getAttribute('aria-labelledby')).toBe('sidepanel-heading');
    expect(root.querySelector('[aria-live="polite"] .index')).not.toBeNull();
    // Tab 8, on the same scope, picks level 5 without saving it on the portal.
    await bg.host.live({ t: 'open', framework: 'spbe-2020', scope, reading: null }, 8);
    await bg.host.live({ t: 'draft', scope, indicator: 12, entry: { level: 5 } }, 8);
    await until(() => index(root) === '5,00', 'the unsaved choice');
    expect(root.querySelector('[data-testid=unsaved]')!.textContent).toBe('Termasuk 1 pilihan yang belum disimpan di portal. Tersimpan di portal: 3,00 Baik.');
  });

  it('follows the active tab', async () => {
    statuses.set(7, { recognised: false, reason: { code: 'levelsMissing', args: [] } });
    await saveIndicator(scope, 1, { level: 2 }, 10);
    statuses.set(9, { recognised: true, kind: 'tauval-indicator', scope, indicator: 1 });
    const root = mount(<SidePanel />);
    await until(() => root.querySelector('main')?.getAttribute('data-state') === 'unrecognised', 'unrecognised');
    active = 9;
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 9, windowId: 1 });
    await until(() => index(root) === '2,00', 'the other tab');
  });

  it('closes on Escape', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    mount(<SidePanel />);
    await until(() => document.querySelector('main'), 'panel');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(close).toHaveBeenCalledOnce();
  });
});
