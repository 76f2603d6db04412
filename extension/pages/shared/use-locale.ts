/**
 * The language of an extension page: the stored setting (Bahasa Indonesia by
 * default), followed live when the Options page changes it.
 * @module extension/pages/shared/use-locale
 */
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../core/types.ts';
import { loadSettings, watchSettings } from '../../store/settings.ts';

/** null until the setting has been read, so a page never flashes the wrong language. */
export function useLocale(): [Locale | null, (l: Locale) => void] {
  const [locale, setLocale] = useState<Locale | null>(null);
  useEffect(() => {
    let alive = true;
    void loadSettings().then((s) => { if (alive) setLocale(s.locale); });
    const unwatch = watchSettings((s) => { if (alive) setLocale(s.locale); });
    return () => { alive = false; unwatch(); };
  }, []);
  useEffect(() => { if (locale) document.documentElement.lang = locale; }, [locale]);
  return [locale, setLocale];
}
