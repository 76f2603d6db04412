/**
 * The Options page: language, the remembered data per agency/year/framework
 * (export, delete, summary), import of an assessment file, corrupt records,
 * and a plain statement of what is stored and that nothing leaves the browser.
 * @module extension/pages/options/options
 */
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../core/types.ts';
import { listScopes, watchStore, type CorruptRecord, type ScopeSummary } from '../../store/assessments.ts';
import { callStore } from '../../store/client.ts';
import { t } from '../../i18n.ts';
import { useLocale } from '../shared/use-locale.ts';
import { LanguageSection } from './language-section.tsx';
import { ScopesSection } from './scopes-section.tsx';
import { ImportSection } from './import-section.tsx';
import { CorruptSection } from './corrupt-section.tsx';
import { LastYearSection } from './last-year-section.tsx';

interface Listing {
  scopes: ScopeSummary[];
  corrupt: CorruptRecord[];
}

/** Every remembered scope, kept fresh while portal tabs write. */
function useListing(): [Listing | null, () => Promise<void>] {
  const [listing, setListing] = useState<Listing | null>(null);
  const refresh = async () => setListing(await listScopes());
  useEffect(() => {
    let alive = true;
    const read = () => void listScopes().then((l) => { if (alive) setListing(l); });
    // Version one's records have moved before the first listing (extension/store/migrate-legacy.ts).
    void callStore('ready').catch(() => null).then(read);
    const unwatch = watchStore(read);
    return () => { alive = false; unwatch(); };
  }, []);
  return [listing, refresh];
}

function PrivacySection({ locale }: { locale: Locale }) {
  return (
    <section class="privacy">
      <h2>{t(locale, 'privacyTitle')}</h2>
      <p>{t(locale, 'privacyStored')}</p>
      <p>{t(locale, 'privacyLocal')}</p>
    </section>
  );
}

export function Options() {
  const [locale, setLocale] = useLocale();
  const [listing, refresh] = useListing();
  useEffect(() => { if (locale) document.title = t(locale, 'optionsTitle'); }, [locale]);
  if (!locale) return null;
  return (
    <main class="options">
      <h1>{t(locale, 'optionsTitle')}</h1>
      <LanguageSection locale={locale} onLocale={setLocale} />
      {listing === null ? <p class="muted">{t(locale, 'loading')}</p> : (
        <>
          <ScopesSection locale={locale} scopes={listing.scopes} onChanged={refresh} />
          <ImportSection locale={locale} onImported={refresh} />
          <LastYearSection locale={locale} />
          <CorruptSection locale={locale} corrupt={listing.corrupt} onChanged={refresh} />
        </>
      )}
      <PrivacySection locale={locale} />
    </main>
  );
}
