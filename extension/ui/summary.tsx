/**
 * The score summary shared by the panel, the popup and the standalone page:
 * index and predicate under the right framework, per-domain and per-aspect
 * bars, filled count, reachable range, and the cheapest steps to the next
 * predicate. Everything is rendered as text (Preact escapes it).
 * @module extension/ui/summary
 */
import type { Locale } from '../../core/types.ts';
import type { ScoreReport } from '../../core/report/score-report.ts';
import type { GroupScore } from '../../core/engine/score.ts';
import { formatDecimal, formatGain } from '../../core/format/number.ts';
import { t } from '../i18n/overlay.ts';

function Bars({ groups, locale }: { groups: GroupScore[]; locale: Locale }) {
  return (
    <ul class="bars">
      {groups.map((g) => (
        <li key={g.number} title={`${g.name} (${formatDecimal(g.weight, locale, g.weight % 1 ? 1 : 0)}%) ${g.filled}/${g.total}`}>
          <span class="bar-label">{g.number}. {g.name}</span>
          <span class="bar-track"><span class="bar-fill" style={{ width: g.value ? `${((g.value.toNumber() - 1) / 4) * 100}%` : '0' }} /></span>
          <span class="bar-value">{g.value ? formatDecimal(g.value, locale) : '–'}</span>
        </li>
      ))}
    </ul>
  );
}

export function Summary({ report, locale, maxSteps = 6 }: { report: ScoreReport; locale: Locale; maxSteps?: number }) {
  const { score, gap } = report;
  const pred = score.predicate ? (locale === 'en' ? score.predicate.nameEn : score.predicate.name) : '–';
  return (
    <div class="summary" data-framework={report.framework.id}>
      <div class="headline">
        <span class="index">{score.index ? formatDecimal(score.index, locale) : '–'}</span>
        <span class="predicate">{pred}</span>
        {score.estimated && <span class="estimate" title={t(locale, 'estimateNote')}>{t(locale, 'estimate')}</span>}
      </div>
      <div class="regulation">{report.framework.name} · {report.framework.regulationShort}</div>
      <div class="filled">{t(locale, 'filled', { filled: score.filled, total: score.total })}</div>
      {!score.complete && (
        <div class="range">{t(locale, 'range', { min: formatDecimal(score.range.min, locale), max: formatDecimal(score.range.max, locale) })}</div>
      )}
      {score.domains && (<><h3>{t(locale, 'domains')}</h3><Bars groups={score.domains} locale={locale} /></>)}
      <h3>{t(locale, 'aspects')}</h3>
      <Bars groups={score.aspects} locale={locale} />
      <div class="gap">
        {!gap.next ? t(locale, 'top') : (
          <>
            <div>
              {t(locale, 'towards', { predicate: locale === 'en' ? gap.next.nameEn : gap.next.name, min: formatDecimal(gap.next.min ?? 0, locale), distance: formatDecimal(gap.distance!, locale, 4) })}
              {!score.complete && <span class="muted"> {t(locale, 'projected')}</span>}
            </div>
            {gap.path ? (
              <>
                <div>{t(locale, 'cheapest', { n: gap.path.length })}</div>
                <ol class="steps">
                  {gap.path.slice(0, maxSteps).map((s) => (
                    <li key={`${s.indicator}-${s.level}-${s.item ?? ''}`}>
                      {s.item ? t(locale, 'stepItem', { indicator: s.indicator, item: s.item }) : t(locale, 'stepLevel', { indicator: s.indicator, level: s.level })}
                      {' '}<span class="gain">{formatGain(s.gain, locale, 3)}</span>
                    </li>
                  ))}
                  {gap.path.length > maxSteps && <li class="muted">… +{gap.path.length - maxSteps}</li>}
                </ol>
              </>
            ) : <div>{t(locale, 'unreachable')}</div>}
          </>
        )}
      </div>
      {score.estimated && <div class="muted note">{t(locale, 'estimateNote')}</div>}
    </div>
  );
}
