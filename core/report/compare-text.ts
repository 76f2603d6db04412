/**
 * `spbe compare` for people (Indonesian by default). Regressions first; across
 * frameworks the two indices side by side, each with its own predicate, the
 * crosswalk as "related", and the reason no converted number is shown.
 * @module core/report/compare-text
 */
import type { Locale } from '../types.ts';
import type { Comparison, Side, ValueChange } from '../compare/compare.ts';
import { formatDecimal, formatGain } from '../format/number.ts';

const L = {
  id: { last: 'Tahun lalu', current: 'Tahun ini', index: 'Indeks', noIndex: 'belum dapat dihitung', delta: 'Perubahan indeks', regress: 'Turun dibanding tahun lalu', indicators: 'Indikator', aspects: 'Aspek', domains: 'Domain', up: 'naik', down: 'turun', same: 'tetap', new: 'baru, tanpa nilai tahun lalu', missing: 'belum diisi tahun ini', stale: 'Bukti yang tahun lalu masih berlaku, kini terlalu tua', related: 'Indikator Pemdi dan indikator SPBE yang BERKAITAN (bukan konversi)', none: 'tidak ada padanan', filled: 'terisi', notes: 'Catatan impor', crossTitle: 'Kerangka berbeda: indeks ditampilkan berdampingan, masing-masing dengan predikatnya sendiri.' },
  en: { last: 'Last year', current: 'This year', index: 'Index', noIndex: 'cannot be computed yet', delta: 'Index change', regress: 'Below last year', indicators: 'Indicators', aspects: 'Aspects', domains: 'Domains', up: 'up', down: 'down', same: 'same', new: 'new, no value last year', missing: 'not filled this year', stale: 'Evidence valid last year, now too old', related: 'Pemdi indicators and the RELATED SPBE indicators (not a conversion)', none: 'no predecessor', filled: 'filled', notes: 'Import notes', crossTitle: 'Different frameworks: the indices are shown side by side, each with its own predicate.' },
};

function sideLine(label: string, s: Side, locale: Locale): string {
  const t = L[locale];
  const pred = s.predicate ? (locale === 'en' ? s.predicate.nameEn : s.predicate.name) : '-';
  const filled = s.filled !== undefined && s.filled !== s.total ? ` (${s.filled}/${s.total} ${t.filled})` : '';
  return `${label}: ${s.framework.name} ${s.year ?? ''} (${s.framework.regulationShort}) ${t.index} ${s.index ? formatDecimal(s.index, locale) : t.noIndex}, ${pred}${filled}`;
}

function rowLine(c: ValueChange, locale: Locale): string {
  const t = L[locale];
  const v = (x: ValueChange['last']) => (x ? formatDecimal(x, locale) : '-');
  const delta = c.delta ? ` ${formatGain(c.delta, locale)}` : '';
  return `  ${String(c.id).padStart(2)} ${c.name.slice(0, 48).padEnd(48)} ${v(c.last).padStart(5)} -> ${v(c.current).padStart(5)}${delta} (${t[c.change]})`;
}

export function compareText(c: Comparison, locale: Locale = 'id'): string {
  const t = L[locale];
  const out = [sideLine(t.last, c.last, locale), sideLine(t.current, c.current, locale)];
  if (c.kind === 'cross') {
    out.push('', t.crossTitle, c.noConversion[locale], '', t.related + ':');
    for (const r of c.crosswalk) {
      const rel = r.spbe.length ? r.spbe.map((s) => `${s.id}${s.last ? ` (${formatDecimal(s.last, locale)})` : ''}`).join(', ') : t.none;
      out.push(`  I${r.pemdi} ${r.pemdiName}: ${rel}`);
    }
  } else {
    if (c.indexDelta) out.push(`${t.delta}: ${formatGain(c.indexDelta, locale)}`);
    out.push(`${t.regress}: ${c.belowLastYear}`);
    for (const [title, rows] of [[t.domains, c.domains], [t.aspects, c.aspects], [t.indicators, c.indicators]] as const) {
      if (!rows.length) continue;
      out.push('', `${title}:`);
      for (const r of rows) out.push(rowLine(r, locale));
    }
    if (c.stale.length) {
      out.push('', `${t.stale}:`);
      for (const s of c.stale) out.push(`  ${s.indicator}: ${s.kind} "${s.name}" ${s.date} (< ${s.validFrom}) ${s.pointer}`);
    }
  }
  if (c.notes.length) {
    out.push('', `${t.notes}:`);
    for (const n of c.notes) out.push(`  - ${n[locale]}`);
  }
  return out.join('\n') + '\n';
}
