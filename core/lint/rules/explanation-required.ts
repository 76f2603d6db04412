/**
 * @fileoverview A chosen level needs a written explanation (penjelasan).
 * PermenPANRB 59/2020 Lampiran I Bagian E ends every question with
 * "Jawaban: Pilih tingkat ... / Penjelasan / Data dukung"; Pedoman Menteri
 * PANRB 3/2024 Bab III B: the internal assessor chooses the level, then "melakukan
 * entri pengisian penjelasan dengan menguraikan Fakta dan Hasil Analisis".
 * spbe-2020 only: the Pemdi portal takes a note per uploaded item, not an
 * explanation per indicator, and a Pemdi `level` is only a target.
 */
import { defineRule, docsUrl, WORKING_STAGES } from '../rule.ts';

export default defineRule({
  meta: {
    id: 'explanation-required',
    type: 'problem',
    severity: 'error',
    stages: WORKING_STAGES,
    frameworks: ['spbe-2020'],
    docs: {
      description: {
        id: 'Tingkat yang dipilih harus disertai penjelasan (FAKTA dan ANALISIS).',
        en: 'A chosen level needs an explanation (FAKTA and ANALISIS).',
      },
      url: docsUrl('explanation-required'),
      source: 'PermenPANRB 59/2020 Lampiran I Bagian E; Pedoman Menteri PANRB 3/2024 Bab III B',
    },
    messages: {
      missing: {
        id: 'Indikator {{indicator}}: tingkat {{level}} dipilih tanpa penjelasan (FAKTA dan ANALISIS)',
        en: 'Indicator {{indicator}}: level {{level}} is chosen without an explanation (FAKTA and ANALISIS)',
      },
      empty: {
        id: 'Indikator {{indicator}}: penjelasan kosong; uraikan FAKTA dan ANALISIS untuk tingkat {{level}}',
        en: 'Indicator {{indicator}}: the explanation is empty; describe FAKTA and ANALISIS for level {{level}}',
      },
    },
  },
  check(ctx) {
    for (const { ind, e, ptr } of ctx.entries) {
      if (typeof e.level !== 'number') continue;
      const data = { indicator: ind.number, level: e.level };
      if (e.explanation === undefined) ctx.report({ pointer: `${ptr}/level`, messageId: 'missing', data });
      else if (e.explanation.trim() === '') ctx.report({ pointer: `${ptr}/explanation`, messageId: 'empty', data });
    }
  },
});
