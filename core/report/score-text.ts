/**
 * `spbe score` for people: Indonesian by default, English with --locale en.
 * Numbers are rounded here and only here, each figure with its basis
 * (docs/rules/README.md, "Figures and their basis"): the index of the filled
 * indicators, the final index if the rest stay at the floor, and gains and the
 * gap measured on that final index. An index is printed so that it never
 * reads as another band than its predicate (core/format formatIndex).
 * @module core/report/score-text
 */
import type { Locale } from '../types.ts';
import { indexRange, type GroupScore } from '../engine/score.ts';
import type { Step } from '../engine/steps.ts';
import { formatAmount, formatDecimal, formatIndex, formatShortfall, indexDecimals } from '../format/number.ts';
import { indicatorAt } from '../frameworks/index.ts';
import type { ScoreReport } from './score-report.ts';
import { scoreNotes } from './score-notes.ts';
import { isReturnedItem } from './returned-item.ts';
import { printable } from '../format/printable.ts';
import { formatRanges } from '../format/list.ts';

const T = {
  id: {
    stage: 'tahap', predicate: 'Predikat',
    complete: (t: number) => `Indeks (${t} dari ${t} indikator terisi)`,
    filledIndex: (f: number, t: number) => `Indeks indikator terisi (${f} dari ${t})`,
    finalIndex: (n: number, floor: string) => `Indeks akhir bila ${n} indikator lainnya tetap ${floor}`,
    range: 'Rentang indeks akhir yang masih mungkin', domains: 'Domain', aspects: 'Aspek', none: 'belum ada isian',
    towards: (p: string, min: string) => `Menuju ${p} (>= ${min})`, short: 'kurang', onFinal: 'diukur pada indeks akhir',
    top: 'Sudah di predikat tertinggi.',
    path: (n: number) => `Langkah termurah (${n} langkah; tambahan pada indeks akhir):`, unreachable: 'Tidak tercapai dengan langkah yang tersedia.',
    next: 'Langkah berikutnya dengan tambahan terbesar pada indeks akhir:', level: 'tingkat', item: 'butir', indicator: 'Indikator', returned: 'revisi: perbaiki dan unggah ulang',
    nothing: 'Belum ada indikator yang terisi.', notes: 'Catatan:', missing: 'Belum diisi',
  },
  en: {
    stage: 'stage', predicate: 'Predicate',
    complete: (t: number) => `Index (${t} of ${t} indicators filled)`,
    filledIndex: (f: number, t: number) => `Index of the filled indicators (${f} of ${t})`,
    finalIndex: (n: number, floor: string) => `Final index if the other ${n} indicators stay at ${floor}`,
    range: 'Range the final index can still reach', domains: 'Domains', aspects: 'Aspects', none: 'nothing filled',
    towards: (p: string, min: string) => `Towards ${p} (>= ${min})`, short: 'short by', onFinal: 'measured on the final index',
    top: 'Already at the top predicate.',
    path: (n: number) => `Cheapest steps (${n}; gain on the final index):`, unreachable: 'Out of reach with the steps available.',
    next: 'Next steps with the biggest gain on the final index:', level: 'level', item: 'item', indicator: 'Indicator', returned: 'revisi: fix and upload again',
    nothing: 'No indicator is filled yet.', notes: 'Notes:', missing: 'Not filled',
  },
};

function groupLine(g: GroupScore, locale: Locale, name: string): string {
  const v = g.value ? formatDecimal(g.value, locale) : T[locale].none;
  return `  ${String(g.number).padStart(2)} ${name} (${formatDecimal(g.weight, locale, g.weight % 1 ? 2 : 0)}%)`.padEnd(72) + ` ${v.padStart(5)}  ${g.filled}/${g.total}`;
}

function stepLine(r: ScoreReport, s: Step, locale: Locale): string {
  const t = T[locale];
  const ind = indicatorAt(r.framework, s.indicator);
  const item = s.item ? `${s.item}${s.portalItem ? ` (${s.portalItem})` : ''}` : '';
  const returned = isReturnedItem(r.framework, r.assessment, s) ? `, ${t.returned}` : '';
  const what = s.item ? `${t.item} ${item} (${t.level} ${s.level}${returned})` : `${t.level} ${s.level}`;
  return `${t.indicator} ${s.indicator} ${ind.shortName ?? ind.name}: ${what}  ${formatAmount(s.gain, locale, true)}${s.estimate ? ' *' : ''}`;
}

export function scoreText(r: ScoreReport, locale: Locale = 'id'): string {
  const t = T[locale];
  const { score, gap, assessment: a, framework: fw } = r;
  const predicateName = (p: typeof score.predicate) => (p ? (locale === 'id' ? p.name : p.nameEn) : '-');
  const star = score.estimated ? ' *' : '';
  const out: string[] = [];
  out.push(`${printable(a.agency.name)}: ${fw.name} ${a.year} (${fw.regulationShort}), ${t.stage} ${a.stage}`);
  if (!score.index) {
    out.push(t.nothing);
  } else if (score.complete) {
    out.push(`${t.complete(score.total)}: ${formatIndex(score.index, fw, locale)}${star}   ${t.predicate}: ${predicateName(score.predicate)}`);
  } else {
    out.push(`${t.filledIndex(score.filled, score.total)}: ${formatIndex(score.index, fw, locale)}${star}   ${t.predicate}: ${predicateName(score.predicate)}`);
  }
  if (!score.complete) {
    const floor = formatDecimal(fw.valueRange.min, locale);
    out.push(`${t.finalIndex(score.total - score.filled, floor)}: ${formatIndex(score.final, fw, locale)}${star}   ${t.predicate}: ${predicateName(score.finalPredicate)}`);
    // A final record's result is given: nothing remains to reach.
    if (a.stage !== 'akhir') {
      const range = indexRange(score);
      out.push(`${t.range}: ${formatDecimal(range.min, locale)} - ${formatDecimal(range.max, locale)}`);
    }
    out.push(`${t.missing}: ${formatRanges(score.missing)}`);
  }
  if (score.domains) {
    out.push('', t.domains);
    for (const d of score.domains) out.push(groupLine(d, locale, d.name));
  }
  out.push('', t.aspects);
  for (const asp of score.aspects) {
    const def = fw.aspects.find((x) => x.number === asp.number)!;
    out.push(groupLine(asp, locale, locale === 'en' && def.nameEn ? def.nameEn : asp.name));
  }
  out.push('');
  if (!gap.next) out.push(t.top);
  else {
    const onFinal = score.complete ? '' : `, ${t.onFinal} ${formatIndex(gap.projected, fw, locale)}`;
    out.push(`${t.towards(predicateName(gap.next), formatDecimal(gap.next.min ?? 0, locale))}: ${t.short} ${formatShortfall(gap.distance!, locale, Math.min(indexDecimals(gap.projected, fw), 6))}${onFinal}`);
    if (gap.path) {
      out.push(`  ${t.path(gap.path.length)}`);
      gap.path.slice(0, 15).forEach((s, i) => out.push(`  ${String(i + 1).padStart(3)}. ${stepLine(r, s, locale)}`));
      if (gap.path.length > 15) out.push(`       … +${gap.path.length - 15}`);
    } else out.push(`  ${t.unreachable}`);
  }
  if (r.steps.length) {
    out.push('', t.next);
    r.steps.slice(0, 5).forEach((s) => out.push(`  - ${stepLine(r, s, locale)}`));
  }
  const notes = scoreNotes(r);
  if (notes.length) {
    out.push('', t.notes);
    for (const n of notes) out.push(`${n.estimate ? '*' : '-'} ${printable(n.message[locale])}`);
  }
  return out.join('\n') + '\n';
}
