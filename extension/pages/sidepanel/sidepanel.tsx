/**
 * The side panel (Chrome's side panel, Firefox's sidebar): the full summary of
 * the portal page in front, beside the page rather than over it, so it never
 * covers a portal control. It follows the window's active tab and every write
 * (the tabs' saved readings and unsaved choices), and shows what the tabs
 * show: the index with the unsaved choices and the saved one beside it, the
 * bars per domain and aspect, the gap with the cheapest steps, last year, and
 * the export of what the portal holds. A labelled landmark with a heading; a
 * changed index is announced politely; Escape closes the panel.
 * @module extension/pages/sidepanel/sidepanel
 */
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Summary } from '../../ui/summary.tsx';
import { LastYear } from '../../ui/last-year.tsx';
import { downloadJson, exportFileName } from '../../ui/export.tsx';
import { overlayTr, t } from '../../i18n.ts';
import { useLocale } from '../shared/use-locale.ts';
import { useTabView } from '../shared/tab-view.ts';
import { TabNotes } from '../shared/tab-notes.tsx';
import { TabState } from '../shared/tab-state.tsx';

/** Firefox closes its sidebar through the API (this key press is the user action it needs); Chrome's side panel closes with its page. */
function closePanel(): void {
  const sidebar = (browser as unknown as { sidebarAction?: { close(): Promise<void> } }).sidebarAction;
  if (sidebar) void sidebar.close();
  else window.close();
}

export function SidePanel() {
  const [locale] = useLocale();
  const view = useTabView(true);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') closePanel(); };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => { if (locale) document.title = t(locale, 'sidePanelTitle'); }, [locale]);
  if (!locale) return null;
  const tr = overlayTr(locale);
  return (
    <main class="sidepanel" data-state={view.kind} aria-labelledby="sidepanel-heading">
      <div class="summary-head">
        <h1 id="sidepanel-heading">SPBE Lens</h1>
        <button type="button" onClick={closePanel}>{t(locale, 'sidePanelClose')}</button>
      </div>
      <TabState view={view} locale={locale} />
      {view.kind === 'recognised' && (
        <>
          <TabNotes view={view} locale={locale} />
          {view.comparison && <LastYear comparison={view.comparison} locale={locale} tr={tr} />}
          <Summary report={view.live} locale={locale} tr={tr} />
          <div class="actions buttons">
            <button type="button" onClick={() => downloadJson(exportFileName(view.scope), view.saved.assessment)}>{t(locale, 'exportFile')}</button>
          </div>
        </>
      )}
    </main>
  );
}
