/**
 * SPBE (PermenPANRB 59/2020): the 47 indicators grouped by domain and aspect,
 * each with its weight and a level 1–5 (or "–", not filled).
 * @module extension/pages/standalone/spbe-table
 */
import type { Framework, IndicatorEntry, Locale } from '../../../core/types.ts';
import { indicatorAt } from '../../../core/frameworks/index.ts';
import { t } from '../../i18n.ts';
import { formatWeight } from './format.ts';

const LEVELS = [1, 2, 3, 4, 5];

interface Props {
  framework: Framework;
  indicators: Record<string, IndicatorEntry>;
  locale: Locale;
  onLevel: (n: number, level: number | null) => void;
  onAll: (level: number | null) => void;
}

const levelOf = (e: IndicatorEntry | undefined): string => {
  const v = e?.level ?? e?.value;
  return typeof v === 'number' && Number.isInteger(v) ? String(v) : '';
};

function LevelSelect({ value, label, onPick, indicator }: { value: string; label: string; onPick: (l: number | null) => void; indicator?: number }) {
  return (
    <select value={value} aria-label={label} data-indicator={indicator}
      onChange={(e) => { const v = e.currentTarget.value; onPick(v ? Number(v) : null); }}>
      <option value="">–</option>
      {LEVELS.map((l) => <option key={l} value={String(l)}>{l}</option>)}
    </select>
  );
}

export function SpbeTable({ framework, indicators, locale, onLevel, onAll }: Props) {
  return (
    <div class="spbe">
      <label class="set-all">
        {t(locale, 'setAllLevels')}
        <select value="" aria-label={t(locale, 'setAllLevels')} data-testid="set-all"
          onChange={(e) => { const v = e.currentTarget.value; if (v) onAll(v === '-' ? null : Number(v)); e.currentTarget.value = ''; }}>
          <option value="">{t(locale, 'choose')}</option>
          <option value="-">–</option>
          {LEVELS.map((l) => <option key={l} value={String(l)}>{l}</option>)}
        </select>
      </label>
      <table class="indicators">
        <thead>
          <tr><th>No.</th><th>{t(locale, 'colIndicators')}</th><th>{t(locale, 'weight')}</th><th>{t(locale, 'level')}</th></tr>
        </thead>
        <tbody>
          {(framework.domains ?? []).map((d) => [
            <tr key={`d${d.number}`} class="domain"><td colSpan={4}>{t(locale, 'domains')} {d.number}. {d.name} · {formatWeight(d.weight, locale)}</td></tr>,
            ...d.aspects.map((an) => framework.aspects.find((a) => a.number === an)!).flatMap((a) => [
              <tr key={`a${a.number}`} class="aspect"><td colSpan={4}>{t(locale, 'aspects')} {a.number}. {a.name} · {formatWeight(a.weight, locale)}</td></tr>,
              ...a.indicators.map((n) => {
                const ind = indicatorAt(framework, n);
                return (
                  <tr key={`i${n}`} class="indicator">
                    <td class="num">{n}</td>
                    <td title={ind.name}>{ind.shortName ?? ind.name}</td>
                    <td class="num">{formatWeight(ind.weight, locale)}</td>
                    <td><LevelSelect value={levelOf(indicators[String(n)])} label={`${t(locale, 'level')} ${n}`} indicator={n} onPick={(l) => onLevel(n, l)} /></td>
                  </tr>
                );
              }),
            ]),
          ])}
        </tbody>
      </table>
    </div>
  );
}
