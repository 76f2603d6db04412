/**
 * Tauval's assessor views (Penilaian Dokumen, Interviu, Visitasi) show one
 * agency's indicator with the levels of each stage side by side (EM, DE,
 * Int) and the assessor's own Capaian. Beside the title: those levels, and
 * what the assessor's level against the self-assessment does to the final
 * index (weight × difference / 100, PermenPANRB 59/2020 Lampiran I B.4).
 * Nothing is filed under the agency's self-assessment, and no running index
 * is shown: the page is about one indicator of someone else's assessment.
 * @module extension/features/assessor-levels
 */
import { render } from 'preact';
import { Rational } from '../../core/rational.ts';
import { formatGain } from '../../core/format/number.ts';
import { mountHost } from '../content/mount.ts';
import type { LiveState } from '../content/live-state.ts';
import type { Feature } from './feature.ts';


function Levels({ st }: { st: LiveState }) {
  if (st.page.kind !== 'tauval-assessor') return null;
  const { t, locale } = st;
  const p = st.page;
  const ind = st.framework.indicators[p.indicator - 1]!;
  const lv = (x: number | null) => <b>{x ?? '–'}</b>;
  const effect = p.em !== null && p.capaian !== null ? Rational.int(p.capaian - p.em).mul(Rational.fromNumber(ind.weight)).div(Rational.int(100)) : null;
  return (
    <span class="chip assessor" role="group" aria-label={t('chipLabel', { n: p.indicator })}>
      <span>{t('assessorView')}</span>
      <span>{t('levelEm')} {lv(p.em)}</span>
      {p.de !== null && <span>{t('levelDe')} {lv(p.de)}</span>}
      {p.int !== null && <span>{t('levelInt')} {lv(p.int)}</span>}
      <span>{t('levelCapaian')} {lv(p.capaian)}</span>
      {effect && <span class={effect.num < 0n ? 'down' : 'up'}>{t('assessorEffect', { gain: formatGain(effect, locale, 3) })}</span>}
      <span class="muted">{t('assessorNotStored')}</span>
    </span>
  );
}

export const assessorLevels: Feature = {
  id: 'assessor-levels',
  include: (p) => p.kind === 'tauval-assessor',
  init({ state, signal }) {
    if (state.page.kind !== 'tauval-assessor') return;
    const { host, root } = mountHost('spbe-lens-indicator', (h) => (state.page as { anchor: Element }).anchor.after(h), signal);
    state.subscribe((st) => {
      if (st.page.kind !== 'tauval-assessor') return;
      host.setAttribute('data-indicator', String(st.page.indicator));
      host.setAttribute('data-assessor', `${st.page.em ?? ''}/${st.page.capaian ?? ''}`);
      render(<Levels st={st} />, root);
    }, signal);
  },
};
