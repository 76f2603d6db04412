/**
 * @fileoverview Only audits carried out within the last two years count:
 * Pedoman Menteri PANRB 6/2023 and 3/2024, audit indicators 29-31
 * (Pelaksanaan Audit TIK, Kriteria Bukti Dukung); checked on
 * every evidence of kind "audit" from the 2023 round on. pemdi-2026: applied
 * alike to audit evidence (I9 Audit Keamanan dan Teknologi Pemdi); the Pemdi
 * modules state no period, so this carries the 2023/2024 rule over (low
 * confidence). Window: see validFrom in internal/dates.ts.
 */
import { defineRule, docsUrl } from '../rule.ts';
import { compareIsoDate, formatIso, validFrom } from './internal/dates.ts';
import { evidencePointer } from './internal/evidence.ts';

/** First spbe-2020 evaluation year judged under Pedoman 6/2023. */
const SPBE_FROM_YEAR = 2023;

export default defineRule({
  meta: {
    id: 'audit-too-old',
    type: 'problem',
    severity: 'warning',
    docs: {
      description: {
        id: 'Audit hanya dihitung bila dilaksanakan dalam 2 tahun terakhir terhadap tahun evaluasi.',
        en: 'An audit counts only when carried out within the last 2 years of the evaluation year.',
      },
      url: docsUrl('audit-too-old'),
      source: 'Pedoman Menteri PANRB 6/2023 dan 3/2024, indikator 29-31',
    },
    messages: {
      tooOld: {
        id: 'Indikator {{indicator}}: audit "{{name}}" bertanggal {{date}}, lebih dari 2 tahun sebelum evaluasi {{year}} (dihitung sejak {{from}})',
        en: 'Indicator {{indicator}}: audit "{{name}}" is dated {{date}}, more than 2 years before the {{year}} evaluation (counted from {{from}})',
      },
    },
  },
  check(ctx) {
    if (ctx.framework.id === 'spbe-2020' && ctx.year < SPBE_FROM_YEAR) return;
    const from = validFrom(ctx.year);
    for (const { ind, e, ptr } of ctx.entries) {
      const evidence = e.evidence ?? [];
      for (let i = 0; i < evidence.length; i++) {
        const ev = evidence[i]!;
        if (ev.kind !== 'audit') continue;
        // False for a date the schema rejects (NaN): that is the schema's finding.
        if (!(compareIsoDate(ev.date, from) < 0)) continue;
        ctx.report({
          pointer: `${evidencePointer(ptr, i)}/date`,
          messageId: 'tooOld',
          data: { indicator: ind.number, name: ev.file ?? ev.title ?? ev.url ?? '', date: ev.date!, year: ctx.year, from: formatIso(from) },
        });
      }
    }
  },
});
