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
}

export const DEFAULT_SETTINGS: Settings = { locale: 'id' };

export async function loadSettings(): Promise<Settings> {
  const raw = (await browser.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
  return { locale: raw?.locale === 'en' ? 'en' : 'id' };
}

export async function saveSettings(s: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: s });
}
