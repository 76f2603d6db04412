/**
 * Beside the indicator's title: its weight, its current value (Pemdi: the
 * item-share estimate, marked as such), its contribution to the index, and
 * what the next step would add. Host: <spbe-lens-indicator data-indicator
 * data-value data-gain>.
 * @module extension/features/indicator-preview
 */
import { render } from 'preact';
import { Rational } from '../../core/rational.ts';
import { formatDecimal, formatGain } from '../../core/format/number.ts';
import { mountHost } from '../content/mount.ts';
import type { LiveState } from '../content/live-state.ts';
import type { EvalIndicatorPage, TauvalIndicatorPage } from '../portal/types.ts';
import { t } from '../i18n/overlay.ts';
import { isIndicatorPage, type Feature } from './feature.ts';

const css = `
:host { all: initial; display: inline-block; margin: 4px 0 4px 8px; vertical-align: middle; }
.chip { display: inline-flex; flex-wrap: wrap; gap: 10px; font: 12px/1.5 system-ui, sans-serif; color: #1f2937; background: #eff6ff; border: 1px solid #bfdbfe; border-radius: 6px; padding: 3px 8px; }
b { font-weight: 600; }
.est { color: #92400e; }
.gain { color: #047857; }
.up { color: #047857; } .down { color: #b91c1c; font-weight: 600; } .muted { color: #6b7280; }
`;

/** Last year's value and the change (same framework), or the related SPBE indicators (across frameworks). */
function LastYearValue({ state, n }: { state: LiveState; n: number }) {
  const c = state.comparison;
  const { locale } = state;
  if (!c) return null;
  if (c.kind === 'cross') {
    const row = c.crosswalk.find((r) => r.pemdi === n);
    if (!row?.spbe.length) return null;
    return <span class="muted">{t(locale, 'relatedLast', { year: c.last.year ?? '' })}: {row.spbe.map((s) => `${s.id}${s.last ? ` (${formatDecimal(s.last, locale)})` : ''}`).join(', ')}</span>;
  }
  const row = c.indicators.find((r) => r.id === n);
  if (!row?.last) return null;
  return (
    <span>
      {t(locale, 'lastYear')} <b>{formatDecimal(row.last, locale)}</b>
      {row.delta && !row.delta.isZero() && <span class={row.change === 'down' ? 'down' : 'up'}> {formatGain(row.delta, locale)}</span>}
    </span>
  );
}

function Chip({ state, n }: { state: LiveState; n: number }) {
  const { report, locale } = state;
  // Indicators are stored in order 1..N (test/frameworks.test.ts), so this is the one numbered n.
  const ind = report.framework.indicators[n - 1]!;
  const v = report.score.indicators.get(n);
  const step = report.chains.get(n)?.[0];
  const contribution = v ? v.value.mul(Rational.fromNumber(ind.weight)).div(Rational.int(100)) : null;
  return (
    <span class="chip">
      <span>{t(locale, 'weight')} <b>{formatDecimal(ind.weight, locale, ind.weight % 1 ? 2 : 0)}%</b></span>
      <span>{t(locale, 'value')} <b>{v ? formatDecimal(v.value, locale) : t(locale, 'none')}</b>{v?.estimate && <span class="est"> ({t(locale, 'estimate')})</span>}</span>
      {contribution && <span>{t(locale, 'contribution')} <b>{formatDecimal(contribution, locale, 3)}</b></span>}
      <LastYearValue state={state} n={n} />
      {step && (
        <span class="gain">
          {t(locale, 'nextStep')}: {step.item ?? t(locale, 'toLevel', { level: step.level })} {formatGain(step.gain, locale, 3)}
        </span>
      )}
    </span>
  );
}

export const indicatorPreview: Feature = {
  id: 'indicator-preview',
  include: isIndicatorPage,
  init({ state, signal }) {
    const page = state.page as TauvalIndicatorPage | EvalIndicatorPage;
    const { host, root } = mountHost('spbe-lens-indicator', css, (h) => page.anchor.after(h), signal);
    state.subscribe((st) => {
      const n = (st.page as TauvalIndicatorPage | EvalIndicatorPage).indicator;
      const v = st.report.score.indicators.get(n);
      const step = st.report.chains.get(n)?.[0];
      host.setAttribute('data-indicator', String(n));
      host.setAttribute('data-value', v ? String(v.value.toNumber()) : '');
      host.setAttribute('data-gain', step ? String(step.gain.toNumber()) : '0');
      if (v?.estimate) host.setAttribute('data-estimate', ''); else host.removeAttribute('data-estimate');
      const lastRow = st.comparison?.kind === 'same' ? st.comparison.indicators.find((r) => r.id === n) : undefined;
      if (lastRow?.last) host.setAttribute('data-last-value', String(lastRow.last.toNumber())); else host.removeAttribute('data-last-value');
      render(<Chip state={st} n={n} />, root);
    }, signal);
  },
};
