/**
 * Last year beside this year, on the side panel, as core compares them
 * (core/compare/compare.ts). Same framework: last year's index and predicate,
 * the change of a complete index; while this year is incomplete, that it is
 * not comparable yet, with the final index's change (the rest at the floor)
 * in grey, never a red drop: a partial index is never set against last
 * year's full one; and how many indicators are below last year.
 * Estimated sides are marked `*`. Across frameworks (SPBE 2025 beside Pemdi
 * 2026): last year's index under its own framework and bands, with the plain
 * statement that no converted number exists.
 * @module extension/ui/last-year
 */
import type { Locale } from '../../core/types.ts';
import type { Comparison } from '../../core/compare/compare.ts';
import { formatAmount, formatIndex } from '../../core/format/number.ts';
import type { Tr } from '../i18n/format.ts';
import type { OverlayKey } from '../i18n/overlay.ts';

export function LastYear({ comparison: c, locale, tr }: { comparison: Comparison; locale: Locale; tr: Tr<OverlayKey> }) {
  const l = c.last;
  const pred = l.predicate ? (locale === 'en' ? l.predicate.nameEn : l.predicate.name) : '–';
  return (
    <div class="last-year" data-kind={c.kind}>
      <div>
        {tr('lastYear')}: <b>{l.index ? formatIndex(l.index, l.framework, locale) : '–'}{l.estimated ? ' *' : ''}</b> {pred}
        <span class="muted"> ({l.framework.name} {l.year ?? ''})</span>
      </div>
      {c.kind === 'same' ? (
        <div>
          {c.indexDelta && <span class={c.indexDelta.num < 0n ? 'down' : 'up'}>{formatAmount(c.indexDelta, locale, true)} {tr('deltaIndex')} · </span>}
          {/* While this year is incomplete the final index (the rest at the floor) is far below any real result: said plainly, not as a drop. */}
          {c.finalDelta && <span class="muted">{tr('deltaPartial', { filled: c.current.filled ?? 0, total: c.current.total ?? 0, delta: formatAmount(c.finalDelta, locale, true) })} · </span>}
          {c.belowLastYear !== null && <span class={c.belowLastYear ? 'down' : ''}>{tr('belowLastYear', { n: c.belowLastYear })}</span>}
        </div>
      ) : (
        <div class="muted">{tr('noConversion')}</div>
      )}
    </div>
  );
}
