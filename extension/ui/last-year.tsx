/**
 * Last year beside this year. Same framework: last year's index and predicate
 * and how many indicators are below last year. Across frameworks (SPBE 2025
 * against Pemdi 2026): last year's index under its own framework and bands,
 * with the plain statement that no converted number exists.
 * @module extension/ui/last-year
 */
import type { Locale } from '../../core/types.ts';
import type { Comparison } from '../../core/compare/compare.ts';
import { formatDecimal, formatGain } from '../../core/format/number.ts';
import { t } from '../i18n/overlay.ts';

export function LastYear({ comparison, locale }: { comparison: Comparison; locale: Locale }) {
  const l = comparison.last;
  const pred = l.predicate ? (locale === 'en' ? l.predicate.nameEn : l.predicate.name) : '–';
  return (
    <div class="last-year" data-kind={comparison.kind}>
      <div>
        {t(locale, 'lastYear')}: <b>{l.index ? formatDecimal(l.index, locale) : '–'}</b> {pred}
        <span class="muted"> ({l.framework.name} {l.year ?? ''})</span>
      </div>
      {comparison.kind === 'same' ? (
        <div>
          {comparison.indexDelta && <span class={comparison.indexDelta.num < 0n ? 'down' : 'up'}>{formatGain(comparison.indexDelta, locale)} · </span>}
          <span class={comparison.belowLastYear ? 'down' : ''}>{t(locale, 'belowLastYear', { n: comparison.belowLastYear })}</span>
        </div>
      ) : (
        <div class="muted">{t(locale, 'noConversion')}</div>
      )}
    </div>
  );
}
