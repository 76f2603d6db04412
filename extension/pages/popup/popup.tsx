/**
 * The popup: the summary for the current tab. It asks the tab's content script
 * what it recognised; on a portal page whose agency/year/framework is known it
 * shows the score of what the portal holds for it, otherwise it says why
 * nothing shows and what to do, in words a user understands: a page not
 * recognised, an assessor view, or an indicator page read short (issue 18).
 * Last year beside this year as the side panel shows it (extension/ui/last-year.tsx).
 * It opens the side panel (the full summary beside the page, with the export).
 * @module extension/pages/popup/popup
 */
import { browser } from 'wxt/browser';
import type { Locale } from '../../../core/types.ts';
import { Summary } from '../../ui/summary.tsx';
import { LastYear } from '../../ui/last-year.tsx';
import { overlayTr, t } from '../../i18n.ts';
import { useLocale } from '../shared/use-locale.ts';
import { useTabView } from '../shared/tab-view.ts';
import { TabNotes } from '../shared/tab-notes.tsx';
import { TabState } from '../shared/tab-state.tsx';
import { PageSampleSection } from './page-sample-section.tsx';

type SidePanelApis = { sidePanel?: { open(o: { tabId: number }): Promise<void> }; sidebarAction?: { open(): Promise<void> } };

/**
 * Opens the full summary beside the page: Chrome's side panel, Firefox's
 * sidebar. Both need this click as their user gesture, so nothing is awaited first.
 */
function openSidePanel(tabId: number | undefined): void {
  const b = browser as unknown as SidePanelApis;
  const opening = b.sidebarAction ? b.sidebarAction.open() : b.sidePanel && tabId !== undefined ? b.sidePanel.open({ tabId }) : null;
  void opening?.then(() => window.close(), (e: unknown) => console.error('[SPBE Lens] side panel', e));
}

function Buttons({ locale, tabId }: { locale: Locale; tabId: number | undefined }) {
  return (
    <div class="actions buttons">
      <button type="button" data-testid="open-side-panel" onClick={() => openSidePanel(tabId)}>{t(locale, 'openSidePanel')}</button>
      <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/standalone.html') })}>{t(locale, 'openStandalone')}</button>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>{t(locale, 'openOptions')}</button>
    </div>
  );
}

export function Popup() {
  const [locale] = useLocale();
  const view = useTabView();
  if (!locale) return null;
  return (
    <main class="popup" data-state={view.kind}>
      <h1>SPBE Lens</h1>
      <TabState view={view} locale={locale} />
      {view.kind === 'recognised' && (
        <>
          <TabNotes view={view} locale={locale} />
          {view.comparison && <LastYear comparison={view.comparison} locale={locale} tr={overlayTr(locale)} />}
          <Summary report={view.live} locale={locale} tr={overlayTr(locale)} maxSteps={4} />
        </>
      )}
      {(view.kind === 'unrecognised' || view.kind === 'recognised' || view.kind === 'assessor') && (
        <PageSampleSection locale={locale} agency={view.kind === 'recognised' && !view.status.scopeGuessed ? view.scope.agency : undefined} />
      )}
      <Buttons locale={locale} tabId={view.kind === 'loading' ? undefined : view.tabId} />
    </main>
  );
}
