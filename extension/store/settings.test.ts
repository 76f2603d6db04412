// One settings item, versioned: version one's stored settings read as version
// two with their language kept (the floating panel's choice is gone with it).
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, loadSettings, settingsItem, validSettings, writeSettings } from './settings.ts';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('defaults: Bahasa Indonesia, nothing dismissed', async () => {
    expect(await loadSettings()).toEqual({ locale: 'id', dismissed: [] });
  });
  it('migrates version one (no version mark) to version two, keeping the language', async () => {
    await browser.storage.local.set({ 'spbe-lens:settings': { locale: 'en', panelOpen: false } });
    await settingsItem.migrate();
    expect(await loadSettings()).toEqual({ locale: 'en', dismissed: [] });
    expect((await browser.storage.local.get('spbe-lens:settings$'))['spbe-lens:settings$']).toEqual({ v: 2 });
  });
  it('writes a change and keeps the other settings; anything unreadable takes its default', async () => {
    await writeSettings({ locale: 'en' });
    expect(await writeSettings({ dismissed: ['tauval.spbe.go.id'] })).toEqual({ locale: 'en', dismissed: ['tauval.spbe.go.id'] });
    expect(validSettings({ locale: 'fr', panelOpen: 'ya', dismissed: [1, 'a'] })).toEqual({ ...DEFAULT_SETTINGS, dismissed: ['a'] });
  });
});
