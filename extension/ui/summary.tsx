/**
 * The score summary shared by the panel, the popup and the standalone page:
 * index and predicate under the right framework, per-domain and per-aspect
 * bars (full names shown, wrapped, never only on hover), filled count,
 * reachable range, and the cheapest steps to the next predicate. Everything
 * is rendered as text (Preact escapes it). The text comes in as a translator
 * (`tr`), so the content script does not bundle the message table.
 * @module extension/ui/summary
 */
import type { Framework, Locale } from '../../core/types.ts';
import type { ScoreReport } from '../../core/report/score-report.ts';
import type { GroupScore } from '../../core/engine/score.ts';
import { formatDecimal, formatGain } from '../../core/format/number.ts';
import type { Tr } from '../i18n/format.ts';
import type { OverlayKey } from '../i18n/overlay.ts';

export interface SummaryProps {
  report: ScoreReport;
  locale: Locale;
  tr: Tr<OverlayKey>;
  maxSteps?: number;
}

/** An aspect's name in the page's language where the framework has one (the regulation's Indonesian name otherwise). */
const aspectName = (fw: Framework, g: GroupScore, locale: Locale) => (locale === 'en' && fw.aspects[g.number - 1]?.nameEn) || g.name;

function Bars({ groups, name, locale }: { groups: GroupScore[]; name: (g: GroupScore) => string; locale: Locale }) {
  return (
    <ul class="bars">
      {groups.map((g) => (
        <li key={g.number}>
          <span class="bar-label">{g.number}. {name(g)} <span class="muted">({formatDecimal(g.weight, locale, g.weight % 1 ? 1 : 0)}% · {g.filled}/{g.total})</span></span>
          <span class="bar-track"><span class="bar-fill" style={{ width: g.value ? `${((g.value.toNumber() - 1) / 4) * 100}%` : '0' }} /></span>
          <span class="bar-value">{g.value ? formatDecimal(g.value, locale) : '–'}</span>
        </li>
      ))}
    </ul>
  );
}

export function Summary({ report, locale, tr, maxSteps = 6 }: SummaryProps) {
  const { score, gap, framework } = report;
  const pred = score.predicate ? (locale === 'en' ? score.predicate.nameEn : score.predicate.name) : '–';
  const shown = gap.path?.slice(0, maxSteps) ?? [];
  return (
    <div class="summary" data-framework={framework.id}>
      <div class="headline" aria-live="polite">
        <span class="index">{score.index ? formatDecimal(score.index, locale) : '–'}</span>
        <span class="predicate">{pred}</span>
        {score.estimated && <span class="estimate">{tr('estimate')}</span>}
      </div>
      <div class="regulation">{framework.name} · {framework.regulationShort}</div>
      <div class="filled">{tr('filled', { filled: score.filled, total: score.total })}</div>
      {!score.complete && (
        <div class="range">{tr('range', { min: formatDecimal(score.range.min, locale), max: formatDecimal(score.range.max, locale) })}</div>
      )}
      {score.domains && (<><h3>{tr('domains')}</h3><Bars groups={score.domains} name={(g) => g.name} locale={locale} /></>)}
      <h3>{tr('aspects')}</h3>
      <Bars groups={score.aspects} name={(g) => aspectName(framework, g, locale)} locale={locale} />
      <div class="gap">
        {!gap.next ? tr('top') : (
          <>
            <div>
              {tr('towards', { predicate: locale === 'en' ? gap.next.nameEn : gap.next.name, min: formatDecimal(gap.next.min ?? 0, locale), distance: formatDecimal(gap.distance!, locale, 4) })}
              {!score.complete && <span class="muted"> {tr('projected')}</span>}
            </div>
            {gap.path ? (
              <>
                <div>{tr('cheapest', { n: gap.path.length })}</div>
                <ol class="steps">
                  {shown.map((s) => (
                    <li key={`${s.indicator}-${s.level}-${s.item ?? ''}`}>
                      {s.item ? tr('stepItem', { indicator: s.indicator, item: s.item }) : tr('stepLevel', { indicator: s.indicator, level: s.level })}
                      {' '}<span class="gain">{formatGain(s.gain, locale, 3)}</span>
                    </li>
                  ))}
                </ol>
                {gap.path.length > shown.length && <div class="muted more">{tr('moreSteps', { n: gap.path.length - shown.length })}</div>}
              </>
            ) : <div>{tr('unreachable')}</div>}
          </>
        )}
      </div>
      {score.estimated && <div class="muted note">{tr('estimateNote')}</div>}
    </div>
  );
}
