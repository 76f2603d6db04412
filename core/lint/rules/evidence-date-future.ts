/**
 * @fileoverview Evidence dated after the evaluation year cannot have existed
 * when it was uploaded. Not a clause of either regulation but a consistency
 * check on their timeline: evidence is uploaded during the evaluation of the
 * year it names (self-assessment then verification, Pedoman Menteri PANRB
 * 3/2024 Bab III; eval.spbe.go.id 2026 uploads closed in August 2026). The
 * bound is 31 December of the file's `year`, never today's date, so a file
 * lints the same every day. A typing slip (2052 for 2025) is the usual cause.
 */
import { defineRule, docsUrl } from '../rule.ts';
import { compareIsoDate, endOfYear, formatIso } from './internal/dates.ts';
import { evidencePointer } from './internal/evidence.ts';

export default defineRule({
  meta: {
    id: 'evidence-date-future',
    type: 'problem',
    severity: 'error',
    docs: {
      description: {
        id: 'Tanggal bukti dukung tidak boleh sesudah akhir tahun evaluasi.',
        en: 'An evidence date must not be after the end of the evaluation year.',
      },
      url: docsUrl('evidence-date-future'),
      source: 'Pemeriksaan konsistensi terhadap tahun evaluasi (Pedoman Menteri PANRB 3/2024 Bab III; jadwal eval.spbe.go.id 2026)',
    },
    messages: {
      future: {
        id: 'Indikator {{indicator}}: bukti "{{name}}" bertanggal {{date}}, sesudah akhir tahun evaluasi ({{end}})',
        en: 'Indicator {{indicator}}: evidence "{{name}}" is dated {{date}}, after the end of the evaluation year ({{end}})',
      },
    },
  },
  check(ctx) {
    const end = endOfYear(ctx.year);
    for (const { ind, e, ptr } of ctx.entries) {
      const evidence = e.evidence ?? [];
      for (let i = 0; i < evidence.length; i++) {
        const ev = evidence[i]!;
        // False for a date the schema rejects (NaN): that is the schema's finding.
        if (!(compareIsoDate(ev.date, end) > 0)) continue;
        ctx.report({
          pointer: `${evidencePointer(ptr, i)}/date`,
          messageId: 'future',
          data: { indicator: ind.number, name: ev.file ?? ev.title ?? ev.url ?? '', date: ev.date!, end: formatIso(end) },
        });
      }
    }
  },
});
