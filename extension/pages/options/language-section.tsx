/**
 * Language of the extension's text: Bahasa Indonesia (default) or English.
 * Open portal tabs and pages follow the stored setting at once.
 * @module extension/pages/options/language-section
 */
import { useState } from 'preact/hooks';
import type { Locale } from '../../../core/types.ts';
import { callStore } from '../../store/client.ts';
import { t } from '../../i18n.ts';

export function LanguageSection({ locale, onLocale }: { locale: Locale; onLocale: (l: Locale) => void }) {
  const [saved, setSaved] = useState(false);
  const pick = async (l: Locale) => {
    onLocale(l);
    await callStore('updateSettings', { locale: l });
    setSaved(true);
  };
  return (
    <section class="language">
      <h2>{t(locale, 'language')}</h2>
      <label>
        {t(locale, 'language')}
        <select value={locale} data-testid="language" onChange={(e) => void pick(e.currentTarget.value === 'en' ? 'en' : 'id')}>
          <option value="id">Bahasa Indonesia</option>
          <option value="en">English</option>
        </select>
      </label>
      {saved && <span class="muted" role="status"> {t(locale, 'saved')}</span>}
    </section>
  );
}
