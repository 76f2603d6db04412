/**
 * `spbe compare` for people (Indonesian by default). Regressions first; across
 * frameworks the two indices side by side, each with its own predicate, the
 * crosswalk as "related", and the reason no converted number is shown.
 * @module core/report/compare-text
 */
import type { Locale } from '../types.ts';
import type { Comparison, Side, ValueChange } from '../compare/compare.ts';
import { formatAmount, formatDecimal, formatIndex } from '../format/number.ts';
import { printable } from '../format/printable.ts';

const L = {
  id: { last: 'Tahun lalu', current: 'Tahun ini', index: 'Indeks', noIndex: 'belum dapat dihitung', delta: 'Perubahan indeks', estimate: 'estimasi',
    filledIndex: 'indeks indikator terisi', final: (n: number) => `indeks akhir bila ${n} indikator lainnya tetap 1,00`,
    partial: (f: number, t: number) => `Perubahan indeks tidak dihitung langsung: tahun ini baru ${f} dari ${t} indikator terisi.`,
    finalDelta: 'Indeks akhir tahun ini (sisanya 1,00) dibanding indeks tahun lalu', regress: 'Indikator yang turun dibanding tahun lalu', indicators: 'Indikator', aspects: 'Aspek', domains: 'Domain', up: 'naik', down: 'turun', same: 'tetap', new: 'baru, tanpa nilai tahun lalu', missing: 'belum diisi tahun ini', partialGroup: (f: number, t: number) => `baru ${f} dari ${t} indikator terisi; tidak dibandingkan`, stale: 'Bukti yang tahun lalu masih berlaku, kini terlalu tua', related: 'Indikator Pemdi dan indikator SPBE yang BERKAITAN (bukan konversi)', none: 'tidak ada padanan', filled: 'terisi', notes: 'Catatan', crossTitle: 'Kerangka berbeda: indeks ditampilkan berdampingan, masing-masing dengan predikatnya sendiri.',
    yearUnknown: '(tahun tidak terbaca)', indicator: 'Indikator', evidence: 'bukti', validAfter: (d: string) => `berlaku bila sesudah ${d}`,
    estimateNote: 'Nilai bertanda * bersandar pada estimasi (nilai Pemdi dari butir data dukung, konversi indeks eksternal, atau nilai lantai); lihat `spbe score`.' },
  en: { last: 'Last year', current: 'This year', index: 'Index', noIndex: 'cannot be computed yet', delta: 'Index change', estimate: 'estimate',
    filledIndex: 'index of the filled indicators', final: (n: number) => `final index if the other ${n} indicators stay at 1.00`,
    partial: (f: number, t: number) => `The index change is not computed directly: only ${f} of ${t} indicators are filled this year.`,
    finalDelta: "This year's final index (the rest at 1.00) against last year's index", regress: 'Indicators below last year', indicators: 'Indicators', aspects: 'Aspects', domains: 'Domains', up: 'up', down: 'down', same: 'same', new: 'new, no value last year', missing: 'not filled this year', partialGroup: (f: number, t: number) => `only ${f} of ${t} indicators filled; not compared`, stale: 'Evidence valid last year, now too old', related: 'Pemdi indicators and the RELATED SPBE indicators (not a conversion)', none: 'no predecessor', filled: 'filled', notes: 'Notes', crossTitle: 'Different frameworks: the indices are shown side by side, each with its own predicate.',
    yearUnknown: '(year not read)', indicator: 'Indicator', evidence: 'evidence', validAfter: (d: string) => `counts when after ${d}`,
    estimateNote: 'A value marked * rests on an estimate (Pemdi values from evidence items, an external-index conversion, or the floor); see `spbe score`.' },
};

function sideLine(label: string, s: Side, locale: Locale): string[] {
  const t = L[locale];
  const name = (p: Side['predicate']) => (p ? (locale === 'en' ? p.nameEn : p.name) : '-');
  const est = s.estimated ? ` * (${t.estimate})` : '';
  const head = `${label}: ${s.framework.name} ${s.year ?? t.yearUnknown} (${s.framework.regulationShort})`;
  if (!s.index) return [`${head} ${t.index} ${t.noIndex}`];
  if (!s.final) return [`${head} ${t.index} ${formatIndex(s.index, s.framework, locale)}${est}, ${name(s.predicate)}`];
  return [
    `${head} ${t.filledIndex} (${s.filled}/${s.total} ${t.filled}) ${formatIndex(s.index, s.framework, locale)}${est}, ${name(s.predicate)}`,
    `  ${t.final((s.total ?? 0) - (s.filled ?? 0))}: ${formatIndex(s.final.index, s.framework, locale)}${est}, ${name(s.final.predicate)}`,
  ];
}

const NAME_WIDTH = 48;

/** A name cut to `width` at a word's end, marked with an ellipsis, never in the middle of a word. */
function fitName(name: string, width: number): string {
  if (name.length <= width) return name;
  const cut = name.lastIndexOf(' ', width - 1);
  return `${name.slice(0, cut > width / 2 ? cut : width - 1).trimEnd()}…`;
}

function rowLine(c: ValueChange, locale: Locale): string {
  const t = L[locale];
  const v = (x: ValueChange['last']) => (x ? formatDecimal(x, locale) : '-');
  const delta = c.delta ? ` ${formatAmount(c.delta, locale, true)}` : '';
  // An estimate is marked where it stands, as in `spbe score`; the note under the report says what * means.
  const now = `${v(c.current)}${c.current && c.estimated ? '*' : ''}`;
  const said = c.change === 'partial' ? t.partialGroup(c.filled ?? 0, c.total ?? 0) : t[c.change];
  return `  ${String(c.id).padStart(2)} ${fitName(c.name, NAME_WIDTH).padEnd(NAME_WIDTH)} ${v(c.last).padStart(5)} -> ${now.padStart(5)}${delta} (${said})`;
}

export function compareText(c: Comparison, locale: Locale = 'id'): string {
  const t = L[locale];
  const out = [...sideLine(t.last, c.last, locale), ...sideLine(t.current, c.current, locale)];
  if (c.kind === 'cross') {
    out.push('', t.crossTitle, c.noConversion[locale], '', t.related + ':');
    for (const r of c.crosswalk) {
      const rel = r.spbe.length ? r.spbe.map((s) => `${s.id}${s.last ? ` (${formatDecimal(s.last, locale)})` : ''}`).join(', ') : t.none;
      out.push(`  I${r.pemdi} ${r.pemdiName}: ${rel}`);
    }
  } else {
    // A change between indices of which one is an estimate is an estimate too.
    const est = c.last.estimated || c.current.estimated ? ' *' : '';
    if (c.indexDelta) out.push(`${t.delta}: ${formatAmount(c.indexDelta, locale, true)}${est}`);
    if (c.finalDelta) out.push(t.partial(c.current.filled ?? 0, c.current.total ?? 0), `${t.finalDelta}: ${formatAmount(c.finalDelta, locale, true)}${est}`);
    if (c.belowLastYear !== null) out.push(`${t.regress}: ${c.belowLastYear}`);
    for (const [title, rows] of [[t.domains, c.domains], [t.aspects, c.aspects], [t.indicators, c.indicators]] as const) {
      if (!rows.length) continue;
      out.push('', `${title}:`);
      for (const r of rows) out.push(rowLine(r, locale));
    }
    if (c.stale.length) {
      out.push('', `${t.stale}:`);
      // Where it is, as a person counts (evidence #1 is the first), not as a JSON Pointer.
      for (const s of c.stale) out.push(`  ${t.indicator} ${s.indicator}, ${t.evidence} #${Number(s.pointer.split('/').pop()) + 1}: ${s.kind} "${printable(s.name)}" ${printable(s.date)} (${t.validAfter(s.validAfter)})`);
    }
  }
  if (c.last.estimated || c.current.estimated) out.push('', `* ${t.estimateNote}`);
  if (c.notes.length) {
    out.push('', `${t.notes}:`);
    for (const n of c.notes) out.push(`  - ${printable(n[locale])}`);
  }
  return out.join('\n') + '\n';
}
