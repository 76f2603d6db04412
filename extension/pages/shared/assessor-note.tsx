/**
 * An assessor view of Tauval (Penilaian Dokumen, Interviu, Visitasi), as the
 * popup and the side panel show it: the level of each stage (EM, DE, Int)
 * and the assessor's own Capaian, and what the assessor's level against the
 * self-assessment does to the final index (weight × difference / 100,
 * PermenPANRB 59/2020 Lampiran I B.4). Nothing of it is filed under the
 * agency's self-assessment.
 * @module extension/pages/shared/assessor-note
 */
import type { Locale } from '../../../core/types.ts';
import { Rational } from '../../../core/rational.ts';
import { formatAmount } from '../../../core/format/number.ts';
import { frameworks, indicatorAt } from '../../../core/frameworks/index.ts';
import type { TabStatus } from '../../content/run.ts';
import { overlayTr, t } from '../../i18n.ts';

export function AssessorNote({ status, locale }: { status: TabStatus; locale: Locale }) {
  const tr = overlayTr(locale);
  const a = status.assessor;
  const n = status.indicator;
  const ind = n !== undefined ? indicatorAt(frameworks['spbe-2020'], n) : null;
  const effect = a && ind && a.em !== null && a.capaian !== null ? Rational.int(a.capaian - a.em).mul(Rational.fromNumber(ind.weight)).div(Rational.int(100)) : null;
  const lv = (x: number | null | undefined) => <b>{x ?? '–'}</b>;
  return (
    <div class="message" data-testid="assessor">
      <p>{t(locale, 'popupAssessor', { n: n ?? '' })}</p>
      {a && (
        <ul class="assessor-levels">
          <li>{tr('levelEm')}: {lv(a.em)}</li>
          {a.de !== null && <li>{tr('levelDe')}: {lv(a.de)}</li>}
          {a.int !== null && <li>{tr('levelInt')}: {lv(a.int)}</li>}
          <li>{tr('levelCapaian')}: {lv(a.capaian)}</li>
          {effect && <li class={effect.num < 0n ? 'down' : 'up'}>{tr('assessorEffect', { gain: formatAmount(effect, locale, true) })}</li>}
        </ul>
      )}
    </div>
  );
}
