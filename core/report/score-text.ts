/**
 * `spbe score` for people: Indonesian by default, English with --locale en.
 * Numbers are rounded here and only here (2 decimals, 2,59 / 2.59).
 * @module core/report/score-text
 */
import type { Locale } from '../types.ts';
import type { GroupScore } from '../engine/score.ts';
import type { Step } from '../engine/steps.ts';
import { formatDecimal, formatGain } from '../format/number.ts';
import { indicatorAt } from '../frameworks/index.ts';
import type { ScoreReport } from './score-report.ts';

const T = {
  id: {
    stage: 'tahap', index: 'Indeks', predicate: 'Predikat', filled: (f: number, t: number) => `Terisi: ${f} dari ${t} indikator`,
    range: 'Rentang indeks akhir yang masih mungkin', domains: 'Domain', aspects: 'Aspek', none: 'belum ada isian',
    towards: (p: string, min: string) => `Menuju ${p} (>= ${min})`, short: 'kurang', top: 'Sudah di predikat tertinggi.',
    path: (n: number) => `Langkah termurah (${n} langkah):`, unreachable: 'Tidak tercapai dengan langkah yang tersedia.',
    next: 'Langkah berikutnya dengan tambahan terbesar:', level: 'tingkat', item: 'butir', indicator: 'Indikator',
    estimate: 'Nilai Pemdi dari butir data dukung adalah ESTIMASI (aturan porsi butir per tingkat, bukan rumus resmi); butir yang belum dinilai dianggap diterima.',
    projected: (x: string) => `dihitung dari proyeksi ${x} (indikator kosong = 1)`,
    nothing: 'Belum ada indikator yang terisi.',
  },
  en: {
    stage: 'stage', index: 'Index', predicate: 'Predicate', filled: (f: number, t: number) => `Filled: ${f} of ${t} indicators`,
    range: 'Range the final index can still reach', domains: 'Domains', aspects: 'Aspects', none: 'nothing filled',
    towards: (p: string, min: string) => `Towards ${p} (>= ${min})`, short: 'short by', top: 'Already at the top predicate.',
    path: (n: number) => `Cheapest steps (${n}):`, unreachable: 'Out of reach with the steps available.',
    next: 'Next steps with the biggest gain:', level: 'level', item: 'item', indicator: 'Indicator',
    estimate: 'Pemdi values from evidence items are ESTIMATES (item share per level, not the official formula); items not yet assessed count as accepted.',
    projected: (x: string) => `measured on the projection ${x} (missing indicators = 1)`,
    nothing: 'No indicator is filled yet.',
  },
};

function groupLine(g: GroupScore, locale: Locale, name: string): string {
  const v = g.value ? formatDecimal(g.value, locale) : T[locale].none;
  return `  ${String(g.number).padStart(2)} ${name} (${formatDecimal(g.weight, locale, g.weight % 1 ? 2 : 0)}%)`.padEnd(72) + ` ${v.padStart(5)}  ${g.filled}/${g.total}`;
}

function stepLine(r: ScoreReport, s: Step, locale: Locale): string {
  const t = T[locale];
  const ind = indicatorAt(r.framework, s.indicator);
  const what = s.item ? `${t.item} ${s.item} (${t.level} ${s.level})` : `${t.level} ${s.level}`;
  return `${t.indicator} ${s.indicator} ${ind.shortName ?? ind.name}: ${what}  ${formatGain(s.gain, locale, 3)}${s.estimate ? ' *' : ''}`;
}

export function scoreText(r: ScoreReport, locale: Locale = 'id'): string {
  const t = T[locale];
  const { score, gap, assessment: a, framework: fw } = r;
  const out: string[] = [];
  out.push(`${a.agency.name}: ${fw.name} ${a.year} (${fw.regulationShort}), ${t.stage} ${a.stage}`);
  if (!score.index) {
    out.push(t.nothing);
  } else {
    const pred = locale === 'id' ? score.predicate?.name : score.predicate?.nameEn;
    out.push(`${t.index}: ${formatDecimal(score.index, locale)}${score.estimated ? ' *' : ''}   ${t.predicate}: ${pred ?? '-'}`);
  }
  out.push(t.filled(score.filled, score.total));
  if (!score.complete) out.push(`${t.range}: ${formatDecimal(score.range.min, locale)} - ${formatDecimal(score.range.max, locale)}`);
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
    const pred = locale === 'id' ? gap.next.name : gap.next.nameEn;
    const projected = score.complete ? '' : ` (${t.projected(formatDecimal(gap.projected, locale))})`;
    out.push(`${t.towards(pred, formatDecimal(gap.next.min ?? 0, locale))}: ${t.short} ${formatDecimal(gap.distance!, locale, 4)}${projected}`);
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
  if (score.estimated || r.steps.some((s) => s.estimate)) out.push('', `* ${t.estimate}`);
  return out.join('\n') + '\n';
}
