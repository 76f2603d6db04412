/**
 * The popup: the summary for the current tab. It asks the tab's content script
 * what it recognised; on a portal page whose agency/year/framework is known it
 * shows the remembered scope's score, otherwise it says why nothing shows.
 * @module extension/pages/popup/popup
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Locale } from '../../../core/types.ts';
import type { Message } from '../../../core/lint/diagnostic.ts';
import { scoreReport, type ScoreReport } from '../../../core/report/score-report.ts';
import type { TabStatus } from '../../content/run.ts';
import { loadScope, toAssessment, watchScope, type ScopeData } from '../../store/assessments.ts';
import type { Scope } from '../../store/scope.ts';
import { Summary } from '../../ui/summary.tsx';
import { t } from '../../i18n.ts';
import { useLocale } from '../shared/use-locale.ts';
import { scopeLabel } from '../shared/scope-label.ts';
import { SummaryStyle } from '../shared/summary-style.tsx';
import { activeTabStatus } from './tab-status.ts';
import { PageSampleSection } from './page-sample-section.tsx';

type View =
  | { kind: 'loading' }
  | { kind: 'not-portal' }
  | { kind: 'unrecognised'; reason: Message | undefined }
  | { kind: 'recognised'; status: TabStatus; scope: Scope; data: ScopeData; report: ScoreReport };

const recognisedView = (status: TabStatus, scope: Scope, data: ScopeData): View =>
  ({ kind: 'recognised', status, scope, data, report: scoreReport(toAssessment(data)) });

function useTabView(): View {
  const [view, setView] = useState<View>({ kind: 'loading' });
  useEffect(() => {
    const ctl = new AbortController();
    void (async () => {
      const status = await activeTabStatus();
      if (ctl.signal.aborted) return;
      if (!status) return setView({ kind: 'not-portal' });
      if (!status.recognised || !status.scope) return setView({ kind: 'unrecognised', reason: status.reason });
      const scope = status.scope;
      const data = await loadScope(scope);
      if (ctl.signal.aborted) return;
      setView(recognisedView(status, scope, data));
      // The portal tab keeps writing while the popup is open.
      watchScope(scope, (d) => setView(recognisedView(status, scope, d)), ctl.signal);
    })();
    return () => ctl.abort();
  }, []);
  return view;
}

function Buttons({ locale }: { locale: Locale }) {
  return (
    <div class="actions buttons">
      <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/standalone.html') })}>{t(locale, 'openStandalone')}</button>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>{t(locale, 'openOptions')}</button>
    </div>
  );
}

function Recognised({ view, locale }: { view: Extract<View, { kind: 'recognised' }>; locale: Locale }) {
  const { status, scope, data, report } = view;
  return (
    <>
      <div class="scope" data-testid="scope">{scopeLabel(scope)}</div>
      {status.scopeGuessed && <div class="warn">{t(locale, 'scopeGuessed')}</div>}
      {status.indicator !== undefined && <div class="muted">{t(locale, 'popupIndicator', { n: status.indicator })}</div>}
      <Summary report={report} locale={locale} maxSteps={4} />
      {data.corrupt.length > 0 && <div class="warn" data-testid="corrupt">{t(locale, 'corrupt', { n: data.corrupt.length })}</div>}
    </>
  );
}

export function Popup() {
  const [locale] = useLocale();
  const view = useTabView();
  if (!locale) return null;
  return (
    <main class="popup" data-state={view.kind}>
      <SummaryStyle />
      <h1>SPBE Lens</h1>
      {view.kind === 'loading' && <p class="muted">{t(locale, 'loading')}</p>}
      {view.kind === 'not-portal' && <p class="message">{t(locale, 'popupNotPortal')}</p>}
      {view.kind === 'unrecognised' && (
        <div class="message">
          <p>{t(locale, 'popupUnrecognised')}</p>
          <p class="reason">{view.reason?.[locale] ?? t(locale, 'popupNoReason')}</p>
        </div>
      )}
      {view.kind === 'recognised' && <Recognised view={view} locale={locale} />}
      {(view.kind === 'unrecognised' || view.kind === 'recognised') && <PageSampleSection locale={locale} agency={view.kind === 'recognised' && !view.status.scopeGuessed ? view.scope.agency : undefined} />}
      <Buttons locale={locale} />
    </main>
  );
}
