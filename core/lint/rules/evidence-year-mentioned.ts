/**
 * @fileoverview A decree or policy whose text never mentions the year of the
 * date the assessment gives it: the date, or the document, is probably the
 * wrong one (an older decree uploaded, or the date of another version).
 * Indonesian regulations carry their year in their number ("Nomor 12 Tahun
 * 2026", UU 12/2011 Lampiran II) and often in words in the closing
 * ("dua ribu dua puluh enam"); either passes. Only evidence of kind `sk` or
 * `kebijakan` with a date, and only PDFs with a text layer.
 */
import { WORKING_STAGES, docsUrl } from '../rule.ts';
import { judgeableText } from '../../evidence/facts.ts';
import { yearTerms } from '../../evidence/content.ts';
import { quoteTerms, termsIn } from '../../evidence/text.ts';
import { defineFileRule } from './internal/evidence-files.ts';

// Pure: a bundle that never runs the opened-evidence rules (the extension's background) drops this.
export default /* @__PURE__ */ defineFileRule({
  meta: {
    id: 'evidence-year-mentioned',
    type: 'suggestion',
    severity: 'warning',
    stages: WORKING_STAGES,
    docs: {
      description: {
        id: 'SK atau kebijakan bukti dukung menyebut tahun tanggalnya.',
        en: 'A decree or policy used as evidence mentions the year of its date.',
      },
      url: docsUrl('evidence-year-mentioned'),
      source: 'UU 12/2011 Lampiran II (penomoran peraturan: Nomor … Tahun …); tanggal bukti dukung dinilai asesor (PermenPANRB 59/2020 Lampiran I)',
    },
    messages: {
      noYear: {
        id: 'Indikator {{indicator}}: dokumen "{{file}}" bertanggal {{date}} tetapi tidak menyebut tahun {{year}} (dicari: {{terms}}); periksa tanggal atau dokumennya',
        en: 'Indicator {{indicator}}: document "{{file}}" is dated {{date}} but does not mention the year {{year}} (looked for {{terms}}); check the date or the document',
      },
    },
  },
  judge(inspection, subject, report) {
    if ((subject.kind !== 'sk' && subject.kind !== 'kebijakan') || !subject.date) return;
    const text = judgeableText(inspection);
    const year = Number(subject.date.slice(0, 4));
    if (!text || !Number.isInteger(year)) return;
    const terms = yearTerms(year);
    if (!termsIn(text, terms, 'loose').length) report('noYear', { date: subject.date, year: String(year), terms: quoteTerms(terms) });
  },
});
