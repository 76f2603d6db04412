/**
 * Beside the indicator's title, in the page's flow (it covers nothing): its
 * weight, its value (Pemdi: the item-share estimate, marked as such), its
 * contribution to the index, last year's value and what the next step would
 * add. An unsaved choice is said to be one, with the saved value beside it;
 * so is another tab's, and a saved value newer than this page. A page read
 * short shows "n dari m butir terbaca" and no value (issue 18). For the Pemdi
 * external-index indicators (I5, I6, I7, I18) the user can type the other
 * index's value here. Host: <spbe-lens-indicator data-indicator data-value
 * data-saved-value data-gain data-estimate data-last-value data-read>.
 * @module extension/features/indicator-preview
 */
import { render } from 'preact';
import { contributionOf } from '../../core/engine/score.ts';
import { formatAmount, formatDecimal } from '../../core/format/number.ts';
import { isExternal } from '../../core/engine/indicator-value.ts';
import { externalSourceOf } from '../../core/engine/external.ts';
import { mountHost } from '../content/mount.ts';
import type { LiveState } from '../content/live-state.ts';
import type { PortalItem } from '../portal/types.ts';
import { indicatorChange, parseLast } from '../live/last-deltas.ts';
import { isIndicatorPage, type Feature } from './feature.ts';
import { sameJson } from '../same-json.ts';


/** Last year's value and the change (same framework), or the related SPBE indicators (across frameworks). */
function LastYearValue({ st, n }: { st: LiveState; n: number }) {
  const { last, locale, t } = st;
  if (!last) return null;
  if (last.related) {
    const rel = last.related[String(n)];
    if (!rel?.length) return null;
    return <span class="muted">{t('relatedLast', { year: last.year ?? '' })}: {rel.map((s) => { const v = parseLast(s.last); return `${s.id}${v ? ` (${formatDecimal(v, locale)})` : ''}`; }).join(', ')}</span>;
  }
  const ch = indicatorChange(last, st.report, n);
  if (!ch) return null;
  return (
    <span>
      {t('lastYear')} <b>{formatDecimal(ch.last, locale)}</b>
      {ch.delta && !ch.delta.isZero() && <span class={ch.delta.num < 0n ? 'down' : 'up'}> {formatAmount(ch.delta, locale, true)}</span>}
    </span>
  );
}

/** Where the value shown stands against what the portal holds. */
function Standing({ st, n }: { st: LiveState; n: number }) {
  const { t, locale } = st;
  const saved = st.savedReport.score.indicators.get(n);
  const savedText = saved ? formatDecimal(saved.value, locale) : t('none');
  const which = st.ownDraft ? 'chosenUnsaved' : st.others[n] ? 'otherTabUnsaved' : null;
  if (which) return <span class="unsaved">{t(which)} <span class="muted">({t('savedValue', { value: savedText })})</span></span>;
  const ps = st.pageSaved;
  return ps && (st.saved.at[n] ?? 0) > ps.at && !sameJson(st.saved.entries[n], ps.entry) ? <span class="warn">{t('newerSaved', { value: savedText })}</span> : null;
}

/**
 * An external-index indicator's figure, typed on the page and saved when the
 * user says so (the portal page shows it, the portal does not hold it as an
 * entry): the national index's score where core converts it (SDI, an
 * estimate), else the value the portal shows. The background reads and saves
 * what was typed (extension/ui/parse-value.ts externalEntry). Escape puts the
 * saved one back.
 */
function ExternalValue({ st, n, redraw }: { st: LiveState; n: number; redraw: (error: boolean) => void }) {
  const { t, locale } = st;
  const [id, source] = externalSourceOf(st.framework, st.framework.indicators[n - 1]!) ?? [];
  const byScore = !!source?.conversion;
  const entry = st.saved.entries[String(n)];
  const saved = byScore ? entry?.external?.score : entry?.value;
  const shown = typeof saved === 'number' ? formatDecimal(saved, locale, saved % 1 ? 2 : byScore ? 0 : 2) : '';
  return (
    <form onSubmit={(e) => {
      e.preventDefault();
      void st.saveExternal(n, ((e.currentTarget as HTMLFormElement).elements.namedItem('v') as HTMLInputElement).value).then((ok) => redraw(!ok));
    }}>
      <label>{byScore ? t('externalScore', { index: id!, min: source!.scale[0], max: source!.scale[1] }) : t('externalValue')} <input key={shown} name="v" defaultValue={shown} inputMode="decimal"
        onKeyDown={(e) => { if (e.key === 'Escape') { e.currentTarget.value = shown; redraw(false); } }} /></label>
      <button type="submit">{t('saveValue')}</button>
    </form>
  );
}

function Chip({ st, n, error, redraw }: { st: LiveState; n: number; error: boolean; redraw: (error: boolean) => void }) {
  const { report, locale, t } = st;
  const ind = st.framework.indicators[n - 1]!;
  const weight = <span>{t('weight')} <b>{formatDecimal(ind.weight, locale, ind.weight % 1 ? 2 : 0)}%</b></span>;
  const c = st.current;
  if (c && !c.read.complete) {
    return (
      <span class="chip unread" role="group" aria-label={t('chipLabel', { n })}>
        {weight}
        <span class="warn">{t(c.read.what === 'items' ? 'itemsRead' : 'radiosRead', { read: c.read.read, expected: c.read.expected })}</span>
        <span>{t('noValueShown')}</span>
      </span>
    );
  }
  const v = report.score.indicators.get(n);
  const step = report.chains.get(n)?.[0];
  const contribution = v ? contributionOf(ind, v.value) : null;
  return (
    <span class="chip" role="group" aria-label={t('chipLabel', { n })}>
      {weight}
      <span>{t('value')} <b>{v ? formatDecimal(v.value, locale) : t('none')}</b>{v?.estimate && <span class="est"> ({t(v.basis === 'external-conversion' ? 'basisConversion' : v.basis === 'external-floor' ? 'basisFloor' : 'estimate')})</span>}</span>
      <Standing st={st} n={n} />
      {contribution && <span>{t('contribution')} <b>{formatDecimal(contribution, locale, 3)}</b></span>}
      <LastYearValue st={st} n={n} />
      {/* An item by the code this page shows for it (eval: XX_01_03 where the aspect's prefix is not in our data), else its module code. */}
      {step && <span class="gain">{t('nextStep')}: {(st.page as { items?: PortalItem[] }).items?.find((i) => i.code === step.item)?.portalCode ?? step.item ?? t('toLevel', { level: step.level })} {formatAmount(step.gain, locale, true)}{step.estimate ? '*' : ''}</span>}
      {isExternal(ind) && st.scope && <ExternalValue st={st} n={n} redraw={redraw} />}
      {error && <span class="warn" role="alert">{t(externalSourceOf(st.framework, ind)?.[1].conversion ? 'invalidScore' : 'invalidValue')}</span>}
    </span>
  );
}

export const indicatorPreview: Feature = {
  id: 'indicator-preview',
  include: isIndicatorPage,
  init({ state, signal }) {
    const page = state.page;
    if (!isIndicatorPage(page)) return;
    const { host, root } = mountHost('spbe-lens-indicator', (h) => page.anchor.after(h), signal);
    let error = false;
    const draw = (st: LiveState) => {
      if (!isIndicatorPage(st.page)) return;
      const n = st.page.indicator;
      const v = st.report.score.indicators.get(n);
      const sv = st.savedReport.score.indicators.get(n);
      const c = st.current;
      const unread = !!c && !c.read.complete;
      const step = st.report.chains.get(n)?.[0];
      host.setAttribute('data-indicator', String(n));
      host.setAttribute('data-value', v && !unread ? String(v.value.toNumber()) : '');
      host.setAttribute('data-saved-value', sv && !unread ? String(sv.value.toNumber()) : '');
      host.setAttribute('data-gain', step && !unread ? String(step.gain.toNumber()) : '0');
      host.toggleAttribute('data-estimate', !!v?.estimate && !unread);
      if (c && !c.read.complete) host.setAttribute('data-read', `${c.read.read}/${c.read.expected}`); else host.removeAttribute('data-read');
      const ch = st.last ? indicatorChange(st.last, st.report, n) : null;
      if (ch) host.setAttribute('data-last-value', String(ch.last.toNumber())); else host.removeAttribute('data-last-value');
      render(<Chip st={st} n={n} error={error} redraw={(e) => { error = e; draw(state); }} />, root);
    };
    state.subscribe(draw, signal);
  },
};
