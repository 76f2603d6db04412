/**
 * User settings, one @wxt-dev/storage item (the only settings key): the
 * language of the extension's text and the portal pages whose "not recognised" notice the user dismissed. The
 * background writes it (the Options page and the portal tabs ask it to,
 * extension/store/client.ts and extension/live/host.ts); anyone may read and
 * watch it.
 * @module extension/store/settings
 */
import { storage } from '@wxt-dev/storage';
import type { Locale } from '../../core/types.ts';

export interface Settings {
  locale: Locale;
  /** Portal pages (host + path pattern, extension/content/notice-key.ts) whose "not recognised" notice was dismissed. */
  dismissed: string[];
}

export const DEFAULT_SETTINGS: Settings = { locale: 'id', dismissed: [] };

/** Version 1: `{ locale, panelOpen }`; the floating panel it opened or closed is gone (the summary is in the side panel). */
interface SettingsV1 { locale?: unknown; panelOpen?: unknown }

/** Reads anything stored under the key as valid settings (a field that does not read takes its default). */
export function validSettings(raw: unknown): Settings {
  const s = (raw ?? {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    locale: s.locale === 'en' || s.locale === 'id' ? s.locale : DEFAULT_SETTINGS.locale,
    dismissed: Array.isArray(s.dismissed) ? s.dismissed.filter((d): d is string => typeof d === 'string') : [],
  };
}

export const settingsItem = storage.defineItem<Settings>('local:spbe-lens:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    // v2 adds the dismissed notices and drops the floating panel's choice; the user's language carries over.
    2: (v1: SettingsV1): Settings => validSettings({ ...v1, dismissed: [] }),
  },
});

export async function loadSettings(): Promise<Settings> {
  return validSettings(await settingsItem.getValue());
}

/** Called with the settings whenever they change; returns the unwatch function. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((s) => cb(validSettings(s)));
}

/** Writes a change, keeping the other settings. Only the background calls this (extension/store/service.ts). */
export async function writeSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = validSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}
