/**
 * Last year beside this year, in the panel. Same framework: last year's index
 * and predicate, the change, and how many indicators are below last year.
 * Across frameworks (SPBE 2025 beside Pemdi 2026): last year's index under its
 * own framework and bands, with the plain statement that no converted number
 * exists.
 * @module extension/ui/last-year
 */
import type { Locale } from '../../core/types.ts';
import type { ScoreReport } from '../../core/report/score-report.ts';
import { formatDecimal, formatGain } from '../../core/format/number.ts';
import type { Tr } from '../i18n/format.ts';
import type { OverlayKey } from '../i18n/overlay.ts';
import type { LastView } from '../live/protocol.ts';
import { belowLastYear, indexChange, lastIndex, sameFramework } from '../live/last-deltas.ts';

export function LastYear({ last, report, locale, tr }: { last: LastView; report: ScoreReport; locale: Locale; tr: Tr<OverlayKey> }) {
  const idx = lastIndex(last);
  const pred = last.predicate ? (locale === 'en' ? last.predicate.nameEn : last.predicate.name) : '–';
  const delta = indexChange(last, report);
  const below = belowLastYear(last, report);
  return (
    <div class="last-year" data-kind={sameFramework(last, report) ? 'same' : 'cross'}>
      <div>
        {tr('lastYear')}: <b>{idx ? formatDecimal(idx, locale) : '–'}</b> {pred}
        <span class="muted"> ({last.frameworkName} {last.year ?? ''})</span>
      </div>
      {sameFramework(last, report) ? (
        <div>
          {delta && <span class={delta.num < 0n ? 'down' : 'up'}>{formatGain(delta, locale)} · </span>}
          <span class={below ? 'down' : ''}>{tr('belowLastYear', { n: below })}</span>
        </div>
      ) : (
        <div class="muted">{tr('noConversion')}</div>
      )}
    </div>
  );
}
