/**
 * @fileoverview Level 4 and 5 rest on a review (reviu dan evaluasi) that is
 * still valid: "masih berlaku (<2 tahun)", Pedoman Menteri PANRB 3/2024,
 * Kriteria Bukti Dukung level 4 of every indicator with a review clause. The
 * rule first appears in that guideline (evaluations 2024 and 2025), so earlier
 * rounds are not checked. Window: see validFrom in internal/dates.ts — a
 * review dated before 1 January of (evaluation year - 2) is too old.
 */
import { defineRule, docsUrl } from '../rule.ts';
import { compareIsoDate, formatIso, validFrom } from './internal/dates.ts';
import { evidencePointer } from './internal/evidence.ts';

/** First evaluation year judged under Pedoman 3/2024. */
const FROM_YEAR = 2024;

export default defineRule({
  meta: {
    id: 'review-too-old',
    type: 'problem',
    severity: 'warning',
    frameworks: ['spbe-2020'],
    docs: {
      description: {
        id: 'Reviu pendukung tingkat 4/5 harus masih berlaku (<2 tahun terhadap tahun evaluasi).',
        en: 'A review supporting level 4/5 must still be valid (<2 years relative to the evaluation year).',
      },
      url: docsUrl('review-too-old'),
      source: 'Pedoman Menteri PANRB 3/2024, Kriteria Bukti Dukung tingkat 4 ("masih berlaku (<2 tahun)")',
    },
    messages: {
      tooOld: {
        id: 'Indikator {{indicator}}: reviu "{{name}}" bertanggal {{date}}, lebih dari 2 tahun sebelum evaluasi {{year}} (berlaku sejak {{from}})',
        en: 'Indicator {{indicator}}: review "{{name}}" is dated {{date}}, more than 2 years before the {{year}} evaluation (valid from {{from}})',
      },
      undated: {
        id: 'Indikator {{indicator}}: reviu "{{name}}" tanpa tanggal ("date"); masa berlaku (<2 tahun) tidak dapat diperiksa',
        en: 'Indicator {{indicator}}: review "{{name}}" has no date ("date"); its validity (<2 years) cannot be checked',
      },
    },
  },
  check(ctx) {
    if (ctx.year < FROM_YEAR) return;
    const from = validFrom(ctx.year);
    for (const { ind, e, ptr } of ctx.entries) {
      if (typeof e.level !== 'number' || e.level < 4) continue;
      const evidence = e.evidence ?? [];
      for (let i = 0; i < evidence.length; i++) {
        const ev = evidence[i]!;
        if (ev.kind !== 'reviu') continue;
        if (ev.levels && !ev.levels.includes(4) && !ev.levels.includes(5)) continue;
        const undated = ev.date === undefined;
        // A review dated within the window (or with a date the schema rejects: NaN) is no finding.
        if (!undated && !(compareIsoDate(ev.date, from) < 0)) continue;
        const evPtr = evidencePointer(ptr, i);
        const data = { indicator: ind.number, name: ev.file ?? ev.title ?? ev.url ?? '', year: ctx.year, from: formatIso(from) };
        if (undated) ctx.report({ pointer: evPtr, messageId: 'undated', data });
        else ctx.report({ pointer: `${evPtr}/date`, messageId: 'tooOld', data: { ...data, date: ev.date! } });
      }
    }
  },
});
