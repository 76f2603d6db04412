/**
 * @fileoverview Pemdi indicators fed by a national index (I5 SDI, I6 SJIG,
 * I7 EPSS, I18 SDI interoperability; framework data pemdi.externalIndicators)
 * take their value from that index: the module lists no items ("nilai otomatis
 * sistem nasional, 0 item modul") and the assessor sheet marks them N/A
 * ("Indikator dinilai dari indeks eksternal/nasional"). Evidence attached to
 * them is not scored; the work belongs with the index's own assessment.
 */
import { defineRule, docsUrl, WORKING_STAGES } from '../rule.ts';

export default defineRule({
  meta: {
    id: 'external-index-evidence',
    type: 'suggestion',
    severity: 'warning',
    stages: WORKING_STAGES,
    frameworks: ['pemdi-2026'],
    docs: {
      description: {
        id: 'Bukti dukung pada indikator yang dinilai dari indeks nasional (I5, I6, I7, I18) tidak dinilai.',
        en: 'Evidence on indicators scored from a national index (I5, I6, I7, I18) is not scored.',
      },
      url: docsUrl('external-index-evidence'),
      source: 'PermenPANRB 8/2026; Modul Indikator Pemdi; lembar asesor eval.spbe.go.id 2026',
    },
    messages: {
      notScored: {
        id: 'Indikator {{indicator}} dinilai dari {{index}}; {{count}} bukti dukung yang dilampirkan tidak dinilai',
        en: 'Indicator {{indicator}} is scored from {{index}}; the evidence attached ({{count}}) is not scored',
      },
    },
  },
  check(ctx) {
    const external = ctx.framework.pemdi?.externalIndicators ?? [];
    for (const { ind, e, ptr } of ctx.entries) {
      const count = e.evidence?.length ?? 0;
      if (!external.includes(ind.number) || count === 0) continue;
      ctx.report({
        pointer: `${ptr}/evidence`,
        messageId: 'notScored',
        data: { indicator: ind.number, index: ind.externalIndex?.index ?? '?', count },
      });
    }
  },
});
