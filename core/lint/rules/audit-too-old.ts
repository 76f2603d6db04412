/**
 * @fileoverview Only audits carried out within the last two years count:
 * Pedoman Menteri PANRB 6/2023 and 3/2024 state it for the audit indicators
 * 29-31 (Aspek Pelaksanaan Audit TIK, Kriteria Bukti Dukung), from the 2023
 * round on. Nowhere else does a source set an audit period (the Pemdi modules
 * for I9 state none), so the rule stays quiet elsewhere rather than guess.
 * Age is counted by dates against the round's reference date, as
 * review-too-old does (internal/dates.ts referenceDate).
 */
import { defineRule, docsUrl, WORKING_STAGES } from '../rule.ts';
import { compareIsoDate, formatIso, lastTooOldDay, referenceDate } from './internal/dates.ts';
import { evidencePointer } from './internal/evidence.ts';

/** First spbe-2020 evaluation year judged under Pedoman 6/2023. */
const FROM_YEAR = 2023;
/** PermenPANRB 59/2020 Aspek 6 Pelaksanaan Audit TIK: indicators 29-31. */
const AUDIT_ASPECT = 6;

export default defineRule({
  meta: {
    id: 'audit-too-old',
    type: 'problem',
    severity: 'warning',
    frameworks: ['spbe-2020'],
    stages: WORKING_STAGES,
    docs: {
      description: {
        id: 'Audit TIK (indikator 29-31) hanya dihitung bila dilaksanakan kurang dari 2 tahun sebelum tanggal acuan evaluasi.',
        en: "An ICT audit (indicators 29-31) counts only when carried out less than 2 years before the evaluation's reference date.",
      },
      url: docsUrl('audit-too-old'),
      source: 'Pedoman Menteri PANRB 6/2023 dan 3/2024, indikator 29-31 (Kriteria Bukti Dukung)',
    },
    messages: {
      tooOld: {
        id: 'Indikator {{indicator}}: audit "{{name}}" bertanggal {{date}} sudah 2 tahun atau lebih pada tanggal acuan evaluasi {{year}} ({{reference}}); audit dihitung bila bertanggal sesudah {{cutoff}}',
        en: 'Indicator {{indicator}}: audit "{{name}}" dated {{date}} is 2 years old or more on the {{year}} evaluation\'s reference date ({{reference}}); an audit counts when dated after {{cutoff}}',
      },
      tooOldOnAssumedDate: {
        id: 'Indikator {{indicator}}: audit "{{name}}" bertanggal {{date}} sudah 2 tahun atau lebih pada {{reference}} (jadwal evaluasi {{year}} tidak diketahui: dipakai 1 Januari, batas paling longgar); audit dihitung bila bertanggal sesudah {{cutoff}}',
        en: 'Indicator {{indicator}}: audit "{{name}}" dated {{date}} is 2 years old or more on {{reference}} (the {{year}} schedule is unknown: 1 January is used, the most lenient date); an audit counts when dated after {{cutoff}}',
      },
    },
  },
  check(ctx) {
    if (ctx.year < FROM_YEAR) return;
    const auditIndicators = ctx.framework.aspects.find((a) => a.number === AUDIT_ASPECT)?.indicators ?? [];
    const reference = referenceDate(ctx.framework, ctx.year);
    const cutoff = lastTooOldDay(reference.date);
    for (const { ind, e, ptr } of ctx.entries) {
      if (!auditIndicators.includes(ind.number)) continue;
      const evidence = e.evidence ?? [];
      for (let i = 0; i < evidence.length; i++) {
        const ev = evidence[i]!;
        if (ev.kind !== 'audit') continue;
        // False for a date the schema rejects (NaN): that is the schema's finding.
        if (!(compareIsoDate(ev.date, cutoff) <= 0)) continue;
        ctx.report({
          pointer: `${evidencePointer(ptr, i)}/date`,
          messageId: reference.known ? 'tooOld' : 'tooOldOnAssumedDate',
          data: {
            indicator: ind.number, name: ev.file ?? ev.title ?? ev.url ?? '', date: ev.date!, year: ctx.year,
            reference: formatIso(reference.date), cutoff: formatIso(cutoff),
          },
        });
      }
    }
  },
});
