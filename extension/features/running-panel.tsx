/**
 * The running index in the page: one strip in the page's flow (it pushes the
 * page down and covers nothing), under the indicator's title or above the
 * indicator list. It shows the index and predicate, the filled count, the
 * unsaved choices with the saved index beside them, and an indicator left out
 * because its page was read short. The full summary (bars, gap, cheapest
 * steps, last year, export) is in the browser's side panel
 * (extension/pages/sidepanel/), which "Rincian" opens in Chrome; Firefox
 * opens its sidebar from the toolbar button's popup. It is a labelled region
 * with a heading, before the portal's form in the tab order, and announces a
 * changed index politely. The host carries the contract attributes
 * data-framework, data-index (unrounded, with unsaved choices),
 * data-saved-index, data-predicate, data-filled and data-unsaved.
 * @module extension/features/running-panel
 */
import { render } from 'preact';
import { formatDecimal, formatIndex } from '../../core/format/number.ts';
import type { ScoreView } from '../../core/report/score-report.ts';
import { mountHost } from '../content/mount.ts';
import type { LiveState } from '../content/live-state.ts';
import { isIndicatorPage, type Feature } from './feature.ts';

/** An index as core prints it beside its predicate (never reading as another band), marked * when it rests on an estimate. */
function indexText(r: ScoreView, st: LiveState, final = false): string {
  const s = r.score;
  const x = final ? s.final : s.index;
  const p = final ? s.finalPredicate : s.predicate;
  return `${x ? formatIndex(x, r.framework, st.locale) : '–'}${x && s.estimated ? '*' : ''} ${(st.locale === 'en' ? p?.nameEn : p?.name) ?? ''}`.trim();
}

/** Each figure named by its basis (docs/rules/README.md): the index of the filled indicators, and while incomplete the final index with the rest at the floor (once something is filled: the floor alone is no result). */
function Figures({ st }: { st: LiveState }) {
  const { t, report } = st;
  const s = report.score;
  if (s.complete) return <span aria-live="polite">{t('indexComplete', { total: s.total })}: <b>{indexText(report, st)}</b></span>;
  return (
    <>
      <span aria-live="polite">{t('indexFilled', { filled: s.filled, total: s.total })}: <b>{indexText(report, st)}</b></span>
      {s.filled > 0 && <span>{t('indexFinal', { n: s.total - s.filled, floor: formatDecimal(report.framework.valueRange.min, st.locale) })}: <b>{indexText(report, st, true)}</b></span>}
    </>
  );
}

function Strip({ st }: { st: LiveState }) {
  const { t } = st;
  const unsaved = Object.keys(st.drafts).length;
  const c = st.current;
  return (
    <section class="strip" aria-labelledby="spbe-lens-heading">
      <h2 id="spbe-lens-heading">SPBE Lens</h2>
      <Figures st={st} />
      {st.report.score.estimated && <span class="est">* {t('estimate')}</span>}
      {unsaved > 0 && <span class="unsaved" data-testid="unsaved">{t('unsavedChoices', { n: unsaved })} {t('savedOnPortal', { index: indexText(st.savedReport, st) })}</span>}
      {c && !c.read.complete && <span class="warn">{t(c.read.what === 'items' ? 'notCountedItems' : 'notCountedRadios', { n: c.indicator, read: c.read.read, expected: c.read.expected })}</span>}
      {st.page.kind === 'tauval-indicator-list' && <span>{t('listRead', { n: st.page.rows.filter((r) => r.level !== null).length, total: st.page.rows.length })}</span>}
      {st.page.kind === 'eval-indicator-list' && <span>{t('evalListNote')}</span>}
      {st.saved.corrupt > 0 && <span class="warn">{t('corrupt', { n: st.saved.corrupt })}</span>}
      {/* Chrome opens the side panel on this click (forwarded as a user gesture); Firefox's sidebar opens from the toolbar popup. */}
      {!import.meta.env.FIREFOX && <button type="button" onClick={() => void st.openPanel()}>{t('openPanel')}</button>}
    </section>
  );
}

/** Where the strip goes: under the indicator's title, else above the page's main content. */
function place(st: LiveState): (h: HTMLElement) => void {
  const page = st.page;
  if (isIndicatorPage(page)) return (h) => page.anchor.after(h);
  const anchor = page.kind === 'tauval-indicator-list' ? page.anchor : null;
  return (h) => (anchor ? anchor.before(h) : (document.querySelector('main, [role="main"]') ?? document.body).prepend(h));
}

export const runningPanel: Feature = {
  id: 'running-panel',
  include: (p) => p.kind !== 'tauval-assessor',
  init({ state, signal }) {
    const { host, root } = mountHost('spbe-lens-panel', place(state), signal);
    state.subscribe((st) => {
      const s = st.report.score;
      host.setAttribute('data-framework', st.framework.id);
      host.setAttribute('data-index', s.index ? String(s.index.toNumber()) : '');
      host.setAttribute('data-saved-index', st.savedReport.score.index ? String(st.savedReport.score.index.toNumber()) : '');
      host.setAttribute('data-predicate', s.predicate?.name ?? '');
      host.setAttribute('data-filled', String(s.filled));
      host.setAttribute('data-unsaved', String(Object.keys(st.drafts).length));
      render(<Strip st={st} />, root);
      performance.mark('spbe-lens:panel-rendered');
    }, signal);
  },
};
