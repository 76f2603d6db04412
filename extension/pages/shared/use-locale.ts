/**
 * The language of an extension page: the stored setting (Bahasa Indonesia by
 * default), followed live when the Options page changes it.
 * @module extension/pages/shared/use-locale
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Locale } from '../../../core/types.ts';
import { loadSettings } from '../../store/settings.ts';

/** null until the setting has been read, so a page never flashes the wrong language. */
export function useLocale(): [Locale | null, (l: Locale) => void] {
  const [locale, setLocale] = useState<Locale | null>(null);
  useEffect(() => {
    let alive = true;
    const read = () => void loadSettings().then((s) => { if (alive) setLocale(s.locale); });
    // Same key as extension/store/settings.ts (not exported there).
    const onChange = (changes: Record<string, unknown>, area: string) => { if (area === 'local' && 'spbe-lens:settings' in changes) read(); };
    read();
    browser.storage.onChanged.addListener(onChange);
    return () => { alive = false; browser.storage.onChanged.removeListener(onChange); };
  }, []);
  useEffect(() => { if (locale) document.documentElement.lang = locale; }, [locale]);
  return [locale, setLocale];
}
