/**
 * @fileoverview A Pemdi final record (`akhir`) keeps the values the portal
 * gave. In a pemdi-2026 file `level` is only the level the agency aimed for
 * (docs/assessment-format.md), and an indicator's value comes from `value`,
 * from its assessed items, or from its national index; an entry with a level
 * and none of those is counted at the floor 1,00 (PermenPANRB 8/2026: an
 * indicator without fulfilled items stays at level 1), which makes last year
 * read lower than it was in `spbe compare`. Said once per indicator, so the
 * team copies the value from the result report.
 */
import { defineRule, docsUrl } from '../rule.ts';

export default defineRule({
  meta: {
    id: 'final-value-missing',
    type: 'problem',
    severity: 'warning',
    frameworks: ['pemdi-2026'],
    stages: ['akhir'],
    docs: {
      description: {
        id: 'Catatan hasil akhir Pemdi: indikator dengan target tingkat tetapi tanpa nilai (dihitung 1,00).',
        en: 'A Pemdi final record: an indicator with a target level but no value (counted as 1.00).',
      },
      url: docsUrl('final-value-missing'),
      source: 'PermenPANRB 8/2026 (nilai indikator dari butir yang dipenuhi); docs/assessment-format.md',
    },
    messages: {
      levelOnly: {
        id: 'Indikator {{indicator}}: hasil akhir mencatat target tingkat {{level}} tanpa nilai indikator; indeks menghitungnya 1,00. Salin nilai indikator dari laporan hasil evaluasi',
        en: 'Indicator {{indicator}}: the final record has target level {{level}} but no indicator value; the index counts it as 1.00. Copy the indicator value from the evaluation result report',
      },
    },
  },
  check(ctx) {
    for (const { ind, e, ptr } of ctx.entries) {
      if (typeof e.level !== 'number' || e.value !== undefined || e.external || (e.evidence ?? []).some((ev) => ev.item)) continue;
      ctx.report({ pointer: `${ptr}/level`, messageId: 'levelOnly', data: { indicator: ind.number, level: e.level } });
    }
  },
});
