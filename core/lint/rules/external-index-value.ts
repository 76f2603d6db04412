/**
 * @fileoverview An external-index indicator whose score the sources cannot
 * convert needs its value entered. I5 and I18 convert from an SDI score (an
 * estimate from two worked examples of Modul Indikator I5); for I6 (SJIG, BIG)
 * and I7 (IPS, BPS) no conversion is established (framework data
 * pemdi.externalSources, docs/reference/pemdi-2026.md), so a score alone
 * leaves the indicator at the floor 1.00 until the value the portal shows is
 * entered. Working stages only: a final record's missing value is said by
 * `spbe score` (the indicators counted at the floor).
 */
import { defineRule, docsUrl, WORKING_STAGES } from '../rule.ts';
import { externalSourceOf } from '../../engine/external.ts';

export default defineRule({
  meta: {
    id: 'external-index-value',
    type: 'problem',
    severity: 'warning',
    frameworks: ['pemdi-2026'],
    stages: WORKING_STAGES,
    docs: {
      description: {
        id: 'Indikator dari indeks nasional yang skornya tidak dapat dikonversi (SJIG, IPS) perlu nilai yang diisikan.',
        en: 'An indicator fed by a national index whose score cannot be converted (SJIG, IPS) needs its value entered.',
      },
      url: docsUrl('external-index-value'),
      source: 'Modul Indikator Pemdi I6, I7 (PermenPANRB 8/2026); lembar asesor 2026 ("Asumsi nilai dari indikator yang menggunakan indeks lain = 1")',
    },
    messages: {
      valueNeeded: {
        id: 'Indikator {{indicator}} dinilai dari {{index}}: konversi skor {{score}} ke nilai indikator belum ditetapkan sumber mana pun; isikan nilai yang ditampilkan portal (sementara dihitung 1,00)',
        en: 'Indicator {{indicator}} is scored from {{index}}: no source establishes how its score {{score}} converts to a value; enter the value the portal shows (counted as 1.00 until then)',
      },
    },
  },
  check(ctx) {
    for (const { ind, e, ptr } of ctx.entries) {
      if (!e.external || typeof e.value === 'number') continue;
      const source = externalSourceOf(ctx.framework, ind)?.[1];
      if (!source || source.conversion) continue;
      ctx.report({ pointer: `${ptr}/external`, messageId: 'valueNeeded', data: { indicator: ind.number, index: source.name, score: e.external.score } });
    }
  },
});
