/**
 * The running panel, docked on the right in room of its own
 * (extension/content/dock.ts): open, it shows the index and predicate, bars
 * per aspect (and domain), the filled count, the gap to the next predicate
 * with the cheapest steps, last year, and the export; closed, a narrow rail
 * with the index. It covers no portal control in either state. It is the
 * first thing in the page's tab order, a labelled landmark with a heading;
 * Escape closes it, and a changed index is announced politely. The host
 * carries the contract attributes data-framework, data-index (unrounded, with
 * unsaved choices), data-saved-index, data-predicate, data-filled,
 * data-unsaved and data-state.
 * @module extension/features/running-panel
 */
import { render } from 'preact';
import { formatDecimal } from '../../core/format/number.ts';
import type { ScoreReport } from '../../core/report/score-report.ts';
import { mountHost } from '../content/mount.ts';
import { createDock } from '../content/dock.ts';
import type { LiveState } from '../content/live-state.ts';
import { Summary } from '../ui/summary.tsx';
import summaryCss from '../ui/summary.css?inline';
import { downloadJson, exportFileName } from '../ui/export.tsx';
import { LastYear } from '../ui/last-year.tsx';
import { belowLastYear, lastIndex, sameFramework } from '../live/last-deltas.ts';
import type { Feature } from './feature.ts';

const RAIL = 44;
const openWidth = () => Math.round(Math.min(340, Math.max(260, innerWidth * 0.24)));


const fmtIndex = (r: ScoreReport, st: LiveState) => (r.score.index ? formatDecimal(r.score.index, st.locale) : '–');
const predicateName = (r: ScoreReport, st: LiveState) => (st.locale === 'en' ? r.score.predicate?.nameEn : r.score.predicate?.name) ?? '';

function Notes({ st }: { st: LiveState }) {
  const { t } = st;
  const unsaved = Object.keys(st.drafts).length;
  const c = st.current;
  return (
    <>
      {unsaved > 0 && (
        <div class="box" data-testid="unsaved">
          {t('unsavedChoices', { n: unsaved })} {t('savedOnPortal', { index: fmtIndex(st.savedReport, st), predicate: predicateName(st.savedReport, st) })}
        </div>
      )}
      {c && !c.read.complete && <div class="box warn">{t(c.read.what === 'items' ? 'notCountedItems' : 'notCountedRadios', { n: c.indicator, read: c.read.read, expected: c.read.expected })}</div>}
      {st.page.kind === 'tauval-indicator-list' && <div class="box">{t('listRead', { n: st.page.rows.filter((r) => r.level !== null).length, total: st.page.rows.length })}</div>}
      {st.page.kind === 'eval-indicator-list' && <div class="box">{t('evalListNote')}</div>}
    </>
  );
}

function Panel({ st, toggle }: { st: LiveState; toggle: (open: boolean) => void }) {
  const { t, report, locale } = st;
  const open = st.settings.panelOpen;
  const close = (e: KeyboardEvent) => { if (e.key === 'Escape' && open) { e.stopPropagation(); toggle(false); } };
  return (
    <aside class={open ? 'open' : 'closed'} aria-labelledby="spbe-lens-heading" onKeyDown={close}>
      <div class="head">
        <h2 id="spbe-lens-heading">SPBE Lens</h2>
        <button type="button" class="toggle" aria-expanded={open} aria-controls="spbe-lens-body" aria-label={t(open ? 'closePanel' : 'openPanel')} onClick={() => toggle(!open)}>{open ? '»' : '«'}</button>
      </div>
      {open ? (
        <div id="spbe-lens-body">
          <Notes st={st} />
          {st.last && <LastYear last={st.last} report={report} locale={locale} tr={t} />}
          <Summary report={report} locale={locale} tr={t} />
          {st.saved.corrupt > 0 && <div class="box warn">{t('corrupt', { n: st.saved.corrupt })}</div>}
          {st.scope && (
            <div class="io">
              <button type="button" onClick={() => downloadJson(exportFileName(st.scope!), st.savedReport.assessment)}>{t('exportFile')}</button>
            </div>
          )}
        </div>
      ) : (
        <div class="rail" aria-live="polite">{fmtIndex(report, st)} · {report.score.filled}/{report.score.total}</div>
      )}
    </aside>
  );
}

export const runningPanel: Feature = {
  id: 'running-panel',
  include: (p) => p.kind !== 'tauval-assessor',
  init({ state, signal }) {
    // First in the body, so the panel comes first in the tab order; its fixed position does not depend on it.
    const { host, root } = mountHost('spbe-lens-panel', (h) => document.body.prepend(h), signal, summaryCss);
    const dock = createDock(host, signal);
    let width = -1;
    const toggle = (open: boolean) => {
      state.setSettings({ panelOpen: open });
      if (!open) requestAnimationFrame(() => (root.querySelector('button.toggle') as HTMLElement | null)?.focus());
    };
    const place = () => {
      const w = state.settings.panelOpen ? openWidth() : RAIL;
      if (w !== width) dock.set((width = w));
    };
    addEventListener('resize', place, { signal, passive: true });
    state.subscribe((st) => {
      const r = st.report;
      const s = r.score;
      host.setAttribute('data-framework', r.framework.id);
      host.setAttribute('data-index', s.index ? String(s.index.toNumber()) : '');
      host.setAttribute('data-saved-index', st.savedReport.score.index ? String(st.savedReport.score.index.toNumber()) : '');
      host.setAttribute('data-predicate', s.predicate?.name ?? '');
      host.setAttribute('data-filled', String(s.filled));
      host.setAttribute('data-unsaved', String(Object.keys(st.drafts).length));
      host.setAttribute('data-state', st.settings.panelOpen ? 'open' : 'closed');
      if (st.last) {
        host.setAttribute('data-last-index', String(lastIndex(st.last)?.toNumber() ?? ''));
        if (sameFramework(st.last, r)) host.setAttribute('data-below-last-year', String(belowLastYear(st.last, r))); else host.removeAttribute('data-below-last-year');
      } else { host.removeAttribute('data-last-index'); host.removeAttribute('data-below-last-year'); }
      place();
      render(<Panel st={st} toggle={toggle} />, root);
      performance.mark('spbe-lens:panel-rendered');
    }, signal);
  },
};
