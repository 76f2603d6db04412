/**
 * What the popup and the side panel say about the tab in front when it holds
 * no summary to show: still loading, not a portal page, a page not recognised
 * (with the reason and what to do), or an assessor view. Null for a
 * recognised page, which each draws in its own way.
 * @module extension/pages/shared/tab-state
 */
import type { Locale } from '../../../core/types.ts';
import { t } from '../../i18n.ts';
import type { TabView } from './tab-view.ts';
import { AssessorNote } from './assessor-note.tsx';

export function TabState({ view, locale }: { view: TabView; locale: Locale }) {
  switch (view.kind) {
    case 'loading': return <p class="muted">{t(locale, 'loading')}</p>;
    case 'not-portal': return <p class="message">{t(locale, 'popupNotPortal')}</p>;
    case 'unrecognised': return (
      <div class="message">
        <p>{t(locale, 'popupUnrecognised')}</p>
        <p class="reason">{view.reason?.[locale] ?? t(locale, 'popupNoReason')}</p>
        <p>{t(locale, 'popupWhatToDo')}</p>
      </div>
    );
    case 'assessor': return <AssessorNote status={view.status} locale={locale} />;
    default: return null;
  }
}
