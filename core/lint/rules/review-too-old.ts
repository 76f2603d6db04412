/**
 * @fileoverview Level 4 and 5 rest on a review (reviu dan evaluasi) that is
 * still valid: "masih berlaku (<2 tahun)", Pedoman Menteri PANRB 3/2024,
 * Kriteria Bukti Dukung level 4 of every indicator with a review clause. The
 * rule first appears in that guideline (evaluations 2024 and 2025), so earlier
 * rounds are not checked.
 *
 * Age is counted by dates, against the round's reference date
 * (internal/dates.ts referenceDate: the documented date of the round, or
 * 1 January of the evaluation year when the round's schedule is unknown, said
 * in the message): a review is valid when it is dated after the same day two
 * years before.
 *
 * A level-5 follow-up follows an earlier review (the policy must be enacted
 * "setidaknya 1 tahun setelah reviu", followup-too-soon); that review may well
 * be older than two years when a newer, valid review covers level 4. So a
 * review supporting only level 5 is not flagged while a valid review supports
 * level 4.
 */
import { defineRule, docsUrl, WORKING_STAGES } from '../rule.ts';
import type { Evidence } from '../../types.ts';
import { compareIsoDate, formatIso, lastTooOldDay, referenceDate, type Ymd } from './internal/dates.ts';
import { evidencePointer } from './internal/evidence.ts';

/** First evaluation year judged under Pedoman 3/2024. */
const FROM_YEAR = 2024;

/** Whether a review supports level 4 (or says nothing of its levels, so may). */
const mayCoverLevel4 = (ev: Evidence): boolean => !ev.levels || ev.levels.includes(4);
const onlyLevel5 = (ev: Evidence): boolean => !!ev.levels && ev.levels.includes(5) && !ev.levels.includes(4);
/** Dated after the cutoff: valid. False for an undated review or a date the schema rejects (NaN). */
const validOn = (ev: Evidence, cutoff: Ymd): boolean => compareIsoDate(ev.date, cutoff) > 0;

export default defineRule({
  meta: {
    id: 'review-too-old',
    type: 'problem',
    severity: 'warning',
    frameworks: ['spbe-2020'],
    stages: WORKING_STAGES,
    docs: {
      description: {
        id: 'Reviu pendukung tingkat 4/5 harus masih berlaku: kurang dari 2 tahun pada tanggal acuan evaluasi.',
        en: "A review supporting level 4/5 must still be valid: less than 2 years old on the evaluation's reference date.",
      },
      url: docsUrl('review-too-old'),
      source: 'Pedoman Menteri PANRB 3/2024, Kriteria Bukti Dukung tingkat 4 ("masih berlaku (<2 tahun)")',
    },
    messages: {
      tooOld: {
        id: 'Indikator {{indicator}}: reviu "{{name}}" bertanggal {{date}} sudah 2 tahun atau lebih pada tanggal acuan evaluasi {{year}} ({{reference}}); reviu berlaku bila bertanggal sesudah {{cutoff}}',
        en: 'Indicator {{indicator}}: review "{{name}}" dated {{date}} is 2 years old or more on the {{year}} evaluation\'s reference date ({{reference}}); a review is valid when dated after {{cutoff}}',
      },
      tooOldOnAssumedDate: {
        id: 'Indikator {{indicator}}: reviu "{{name}}" bertanggal {{date}} sudah 2 tahun atau lebih pada {{reference}} (jadwal evaluasi {{year}} tidak diketahui: dipakai 1 Januari, batas paling longgar); reviu berlaku bila bertanggal sesudah {{cutoff}}',
        en: 'Indicator {{indicator}}: review "{{name}}" dated {{date}} is 2 years old or more on {{reference}} (the {{year}} schedule is unknown: 1 January is used, the most lenient date); a review is valid when dated after {{cutoff}}',
      },
      undated: {
        id: 'Indikator {{indicator}}: reviu "{{name}}" tanpa tanggal; masa berlaku (<2 tahun) tidak dapat diperiksa',
        en: 'Indicator {{indicator}}: review "{{name}}" has no date; its validity (<2 years) cannot be checked',
      },
    },
  },
  check(ctx) {
    if (ctx.year < FROM_YEAR) return;
    const reference = referenceDate(ctx.framework, ctx.year);
    const cutoff = lastTooOldDay(reference.date);
    for (const { ind, e, ptr } of ctx.entries) {
      if (typeof e.level !== 'number' || e.level < 4) continue;
      const evidence = e.evidence ?? [];
      let level4Valid: boolean | undefined;
      for (let i = 0; i < evidence.length; i++) {
        const ev = evidence[i]!;
        if (ev.kind !== 'reviu') continue;
        if (ev.levels && !ev.levels.includes(4) && !ev.levels.includes(5)) continue;
        const undated = ev.date === undefined;
        // A review dated within the window (or with a date the schema rejects: NaN) is no finding.
        if (!undated && !(compareIsoDate(ev.date, cutoff) <= 0)) continue;
        if (!undated && onlyLevel5(ev)) {
          level4Valid ??= evidence.some((r) => r.kind === 'reviu' && mayCoverLevel4(r) && validOn(r, cutoff));
          if (level4Valid) continue;
        }
        const evPtr = evidencePointer(ptr, i);
        const name = ev.file ?? ev.title ?? ev.url ?? '';
        if (undated) {
          ctx.report({ pointer: evPtr, messageId: 'undated', data: { indicator: ind.number, name } });
          continue;
        }
        ctx.report({
          pointer: `${evPtr}/date`,
          messageId: reference.known ? 'tooOld' : 'tooOldOnAssumedDate',
          data: { indicator: ind.number, name, date: ev.date!, year: ctx.year, reference: formatIso(reference.date), cutoff: formatIso(cutoff) },
        });
      }
    }
  },
});
