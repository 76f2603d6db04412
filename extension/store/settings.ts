/**
 * User settings: the language of the extension's text (Bahasa Indonesia by
 * default, English on request).
 * @module extension/store/settings
 */
import { browser } from 'wxt/browser';
import type { Locale } from '../../core/types.ts';

const KEY = 'spbe-lens:settings';

export interface Settings {
  locale: Locale;
  /**
   * Whether the running panel is open. It starts closed: open, it covers the
   * right-hand Capaian column of the portal's form at common laptop sizes.
   */
  panelOpen: boolean;
}

export const DEFAULT_SETTINGS: Settings = { locale: 'id', panelOpen: false };

export async function loadSettings(): Promise<Settings> {
  const raw = (await browser.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
  return {
    locale: raw?.locale === 'en' || raw?.locale === 'id' ? raw.locale : DEFAULT_SETTINGS.locale,
    panelOpen: typeof raw?.panelOpen === 'boolean' ? raw.panelOpen : DEFAULT_SETTINGS.panelOpen,
  };
}

/** Change some settings, keeping the others. */
export async function updateSettings(patch: Partial<Settings>): Promise<void> {
  await saveSettings({ ...(await loadSettings()), ...patch });
}

export async function saveSettings(s: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: s });
}
