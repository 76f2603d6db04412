/**
 * The notes above a tab's summary, the same on the popup and the side panel:
 * the scope, a placeholder scope said to be one, the page's indicator, a page
 * read short (issue 18), the unsaved choices with the saved index beside
 * them, and corrupt records pointing to the Options page.
 * @module extension/pages/shared/tab-notes
 */
import type { Locale } from '../../../core/types.ts';
import { formatDecimal } from '../../../core/format/number.ts';
import type { ScoreReport } from '../../../core/report/score-report.ts';
import { overlayTr, t } from '../../i18n.ts';
import { scopeLabel } from './scope-label.ts';
import type { TabView } from './tab-view.ts';

const indexText = (r: ScoreReport, locale: Locale) =>
  `${r.score.index ? formatDecimal(r.score.index, locale) : '–'} ${(locale === 'en' ? r.score.predicate?.nameEn : r.score.predicate?.name) ?? ''}`.trim();

export function TabNotes({ view, locale }: { view: Extract<TabView, { kind: 'recognised' }>; locale: Locale }) {
  const { status, scope, data, drafts, saved } = view;
  const tr = overlayTr(locale);
  const unsaved = Object.keys(drafts).length;
  return (
    <>
      <div class="scope" data-testid="scope">{scopeLabel(scope)}</div>
      {status.scopeGuessed && <div class="warn">{t(locale, 'scopeGuessed')}</div>}
      {status.indicator !== undefined && <div class="muted">{t(locale, 'popupIndicator', { n: status.indicator })}</div>}
      {status.unread && (
        <div class="reason" data-testid="unread">
          {status.unread.what === 'items'
            ? t(locale, 'popupUnreadItems', { n: status.indicator ?? '', read: status.unread.read, expected: status.unread.expected })
            : t(locale, 'popupUnreadRadios', { n: status.indicator ?? '' })}
        </div>
      )}
      {unsaved > 0 && <div class="notice" data-testid="unsaved">{tr('unsavedChoices', { n: unsaved })} {tr('savedOnPortal', { index: indexText(saved, locale) })}</div>}
      {data.corrupt.length > 0 && <div class="warn" data-testid="corrupt">{t(locale, 'corrupt', { n: data.corrupt.length })}</div>}
    </>
  );
}
