/**
 * The score summary of the extension pages (side panel, popup, Options,
 * preview page), with every figure named by its basis as core reports it
 * (docs/rules/README.md, "Figures and their basis"): the index of the filled
 * indicators and, while incomplete, the final index if the rest stay at the
 * floor, with its predicate and the range still reachable; the gap to the next
 * predicate and each step's gain measured on that final index; an index
 * printed so it never reads as another band (formatIndex), shortfalls rounded
 * up (formatShortfall), small gains with the digits they need (formatAmount);
 * estimates marked `*` and explained by core's notes (scoreNotes). Bars per
 * domain and aspect with their full names. Rendered as text (Preact escapes it).
 * @module extension/ui/summary
 */
import type { Framework, Locale, PredicateBand } from '../../core/types.ts';
import type { ScoreReport } from '../../core/report/score-report.ts';
import { indexRange, type GroupScore } from '../../core/engine/score.ts';
import { formatAmount, formatDecimal, formatIndex, formatShortfall, indexDecimals } from '../../core/format/number.ts';
import { formatRanges } from '../../core/format/list.ts';
import { scoreNotes } from '../../core/report/score-notes.ts';
import { isReturnedItem } from '../../core/report/returned-item.ts';
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
const predicateName = (p: PredicateBand | null, locale: Locale) => (p ? (locale === 'en' ? p.nameEn : p.name) : '–');

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

function Range({ score, locale, tr }: { score: ScoreReport['score']; locale: Locale; tr: Tr<OverlayKey> }) {
  const { min, max } = indexRange(score);
  return <div class="range">{tr('range', { min: formatDecimal(min, locale), max: formatDecimal(max, locale) })}</div>;
}

export function Summary({ report, locale, tr, maxSteps = 6 }: SummaryProps) {
  const { score, gap, framework: fw } = report;
  const star = score.estimated ? ' *' : '';
  const shown = gap.path?.slice(0, maxSteps) ?? [];
  const notes = scoreNotes(report);
  return (
    <div class="summary" data-framework={fw.id}>
      <div class="figure-label">{score.complete ? tr('indexComplete', { total: score.total }) : tr('indexFilled', { filled: score.filled, total: score.total })}</div>
      <div class="headline" aria-live="polite">
        <span class="index">{score.index ? formatIndex(score.index, fw, locale) : '–'}</span>
        {score.index && score.estimated && <span class="mark" aria-hidden="true">*</span>}
        <span class="predicate">{predicateName(score.predicate, locale)}</span>
        {score.estimated && <span class="estimate">{tr('estimate')}</span>}
      </div>
      {/* Nothing filled: no final index, predicate or steps, which would read as a result (1,00 Kurang) of nothing. */}
      {!score.filled && <div class="muted nothing-filled">{tr('nothingFilledYet')}</div>}
      {!score.complete && score.filled > 0 && (
        <>
          <div class="final">
            {tr('indexFinal', { n: score.total - score.filled, floor: formatDecimal(fw.valueRange.min, locale) })}:{' '}
            <b class="final-index">{formatIndex(score.final, fw, locale)}{star}</b> {predicateName(score.finalPredicate, locale)}
          </div>
          <Range score={score} locale={locale} tr={tr} />
          <div class="muted">{tr('missing', { list: formatRanges(score.missing) })}</div>
        </>
      )}
      <div class="regulation">{fw.name} · {fw.regulationShort}</div>
      {score.domains && (<><h3>{tr('domains')}</h3><Bars groups={score.domains} name={(g) => g.name} locale={locale} /></>)}
      <h3>{tr('aspects')}</h3>
      <Bars groups={score.aspects} name={(g) => aspectName(fw, g, locale)} locale={locale} />
      {score.filled > 0 && <div class="gap">
        {!gap.next ? tr('top') : (
          <>
            <div>
              {tr('towards', { predicate: predicateName(gap.next, locale), min: formatDecimal(gap.next.min ?? 0, locale), distance: formatShortfall(gap.distance!, locale, Math.min(indexDecimals(gap.projected, fw), 6)) })}
              {!score.complete && <span class="muted"> {tr('onFinal', { index: formatIndex(gap.projected, fw, locale) })}</span>}
            </div>
            {gap.path ? (
              <>
                <div>{tr('cheapest', { n: gap.path.length })}</div>
                <ol class="steps">
                  {shown.map((s) => (
                    <li key={`${s.indicator}-${s.level}-${s.item ?? ''}`}>
                      {/* A returned item is a fix, not a first upload: marked with the portal's own word. */}
                      {s.item ? tr('stepItem', { indicator: s.indicator, item: `${s.portalItem ? `${s.item} (${s.portalItem})` : s.item}${isReturnedItem(fw, report.assessment, s) ? ' (revisi)' : ''}` }) : tr('stepLevel', { indicator: s.indicator, level: s.level })}
                      {' '}<span class="gain">{formatAmount(s.gain, locale, true)}{s.estimate ? ' *' : ''}</span>
                    </li>
                  ))}
                </ol>
                {gap.path.length > shown.length && <div class="muted more">{tr('moreSteps', { n: gap.path.length - shown.length })}</div>}
              </>
            ) : <div>{tr('unreachable')}</div>}
          </>
        )}
      </div>}
      {notes.length > 0 && (
        <div class="note">
          <div class="muted">{tr('notes')}</div>
          <ul class="notes">{notes.map((n) => <li key={n.kind + n.indicators.join()}>{n.estimate ? '* ' : ''}{n.message[locale]}</li>)}</ul>
        </div>
      )}
    </div>
  );
}
