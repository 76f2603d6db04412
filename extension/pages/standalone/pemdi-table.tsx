/**
 * Pemdi (PermenPANRB 8/2026): per indicator, level by level, each evidence
 * item's state (belum diunggah / diunggah / diterima / revisi); the external
 * indicators (5, 6, 7, 18) take their national index instead: the score
 * where core converts it (SDI, I5 and I18: `external`, an estimate), and the
 * value the portal shows (`value`, which always wins).
 * Item codes come from the framework data; titles are not in the extension
 * build (build/slim-frameworks-plugin.mjs), so items are named by code.
 * @module extension/pages/standalone/pemdi-table
 */
import { useState } from 'preact/hooks';
import type { Framework, IndicatorDef, IndicatorEntry, Locale } from '../../../core/types.ts';
import type { ScoreReport } from '../../../core/report/score-report.ts';
import { indicatorAt, itemCodes } from '../../../core/frameworks/index.ts';
import { isExternal } from '../../../core/engine/indicator-value.ts';
import { formatDecimal } from '../../../core/format/number.ts';
import { externalSourceOf } from '../../../core/engine/external.ts';
import type { ExternalScore } from '../../../core/types.ts';
import { t, type MessageKey } from '../../i18n.ts';
import { parseScore } from '../../ui/parse-value.ts';
import { ITEM_CHOICES, itemChoice, parseValue, type ItemChoice } from './draft.ts';
import { formatWeight } from './format.ts';

const CHOICE_KEY: Record<ItemChoice, MessageKey> = { missing: 'itemMissing', pending: 'itemPending', diterima: 'itemAccepted', revisi: 'itemRevisi' };

interface Props {
  framework: Framework;
  indicators: Record<string, IndicatorEntry>;
  report: ScoreReport;
  locale: Locale;
  onItem: (n: number, code: string, choice: ItemChoice) => void;
  onValue: (n: number, value: number | null) => void;
  onExternal: (n: number, external: ExternalScore | null) => void;
  onAllItems: (choice: ItemChoice) => void;
}

function ChoiceOptions({ locale }: { locale: Locale }) {
  return <>{ITEM_CHOICES.map((c) => <option key={c} value={c}>{t(locale, CHOICE_KEY[c])}</option>)}</>;
}

/** The agency's own evidence answering an item (not our `<code>.pdf` placeholder), shown as text. */
function ownEvidence(entry: IndicatorEntry | undefined, code: string): string {
  return (entry?.evidence ?? [])
    .filter((e) => e.item === code && e.file !== `${code}.pdf`)
    .map((e) => e.title ?? e.file ?? e.url ?? '')
    .filter(Boolean)
    .join('; ');
}

/** The national index's score for an indicator whose index core converts (SDI). */
function ScoreInput({ ind, fw, entry, locale, onExternal }: { ind: IndicatorDef; fw: Framework; entry: IndicatorEntry | undefined; locale: Locale; onExternal: Props['onExternal'] }) {
  const [id, source] = externalSourceOf(fw, ind)!;
  const [text, setText] = useState(typeof entry?.external?.score === 'number' ? formatDecimal(entry.external.score, locale, entry.external.score % 1 ? 2 : 0) : '');
  const parsed = parseScore(text, source.scale);
  return (
    <div class="external">
      <label>
        {t(locale, 'externalScore', { index: id, min: source.scale[0], max: source.scale[1] })}
        <input type="text" inputMode="decimal" size={6} value={text} data-score={ind.number} aria-invalid={parsed === 'invalid'}
          onInput={(e) => {
            const s = e.currentTarget.value;
            setText(s);
            const v = parseScore(s, source.scale);
            if (v !== 'invalid') onExternal(ind.number, v === null ? null : { source: id as ExternalScore['source'], score: v, date: entry?.external?.date ?? new Date().toISOString().slice(0, 10) });
          }} />
      </label>
      {parsed === 'invalid' && <div class="error">{t(locale, 'invalidScore')}</div>}
    </div>
  );
}

function ValueInput({ ind, entry, locale, onValue }: { ind: IndicatorDef; entry: IndicatorEntry | undefined; locale: Locale; onValue: Props['onValue'] }) {
  const [text, setText] = useState(typeof entry?.value === 'number' ? formatDecimal(entry.value, locale) : '');
  const parsed = parseValue(text);
  return (
    <div class="external">
      <label>
        {t(locale, 'externalValue')}
        <input type="text" inputMode="decimal" size={6} value={text} data-indicator={ind.number} aria-invalid={parsed === 'invalid'}
          onInput={(e) => {
            const s = e.currentTarget.value;
            setText(s);
            const v = parseValue(s);
            if (v !== 'invalid') onValue(ind.number, v);
          }} />
      </label>
      {ind.externalIndex && <span class="muted"> {ind.externalIndex.index}</span>}
      {parsed === 'invalid' && <div class="error">{t(locale, 'invalidValue')}</div>}
    </div>
  );
}

function Levels({ ind, entry, locale, onItem }: { ind: IndicatorDef; entry: IndicatorEntry | undefined; locale: Locale; onItem: Props['onItem'] }) {
  return (
    <table class="levels">
      <tbody>
        {[1, 2, 3, 4, 5].map((L) => {
          const items = ind.levels[String(L)]?.items ?? [];
          return (
            <tr key={L}>
              <th>{t(locale, 'level')} {L}</th>
              <td>
                {items.length === 0 && <span class="muted">{t(locale, 'noItems')}</span>}
                {items.map(({ code }) => {
                  const own = ownEvidence(entry, code);
                  const choice = itemChoice(entry, code);
                  return (
                    <label key={code} class={`item ${choice}`}>
                      <span class="code">{code}</span>
                      <select value={choice} data-item={code} aria-label={code}
                        onChange={(e) => onItem(ind.number, code, e.currentTarget.value as ItemChoice)}>
                        <ChoiceOptions locale={locale} />
                      </select>
                      {own && <span class="own muted" title={own}>{own}</span>}
                    </label>
                  );
                })}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function PemdiTable({ framework, indicators, report, locale, onItem, onValue, onExternal, onAllItems }: Props) {
  return (
    <div class="pemdi">
      <label class="set-all">
        {t(locale, 'setAllItems')}
        <select value="" aria-label={t(locale, 'setAllItems')} data-testid="set-all"
          onChange={(e) => { const v = e.currentTarget.value; if (v) onAllItems(v as ItemChoice); e.currentTarget.value = ''; }}>
          <option value="">{t(locale, 'choose')}</option>
          <ChoiceOptions locale={locale} />
        </select>
      </label>
      {framework.aspects.map((a) => (
        <section key={a.number} class="aspect-group">
          <div class="aspect">{t(locale, 'aspects')} {a.number}. {a.name} · {formatWeight(a.weight, locale)}</div>
          {a.indicators.map((n) => {
            const ind = indicatorAt(framework, n);
            const entry = indicators[String(n)];
            const v = report.score.indicators.get(n);
            const filled = itemCodes(ind).filter((c) => itemChoice(entry, c) !== 'missing').length;
            return (
              <details key={n} class="ind" data-indicator={n}>
                <summary>
                  <span class="num">{ind.code ?? `I${n}`}</span> {ind.name}
                  <span class="muted"> · {t(locale, 'weight')} {formatWeight(ind.weight, locale)}
                    {!isExternal(ind) && ` · ${filled}/${itemCodes(ind).length}`}
                    {v && ` · ${t(locale, 'indicatorValue', { value: formatDecimal(v.value, locale) })}`}</span>
                </summary>
                {isExternal(ind)
                  ? (
                    <>
                      {externalSourceOf(framework, ind)?.[1].conversion && <ScoreInput ind={ind} fw={framework} entry={entry} locale={locale} onExternal={onExternal} />}
                      <ValueInput ind={ind} entry={entry} locale={locale} onValue={onValue} />
                    </>
                  )
                  : (
                    <>
                      {typeof entry?.value === 'number' && <div class="warn">{t(locale, 'explicitValue', { value: formatDecimal(entry.value, locale) })}</div>}
                      <Levels ind={ind} entry={entry} locale={locale} onItem={onItem} />
                    </>
                  )}
              </details>
            );
          })}
        </section>
      ))}
    </div>
  );
}
