/**
 * @fileoverview The explanation follows the guideline's template: a FAKTA part,
 * an ANALISIS part, and the file name of the evidence it relies on ("...
 * disampaikan pada data dukung <<Nama File>>"). Source: Pedoman Menteri PANRB
 * 3/2024 Bab III B.1-B.4 (the same template is in Pedoman 6/2023). spbe-2020
 * only: the Pemdi portal has no per-indicator explanation.
 */
import { defineRule, docsUrl, entries } from '../rule.ts';
import { baseNameOf } from './internal/evidence.ts';

const FAKTA = /(?<![a-z])fakta(?![a-z])/i;
const ANALISIS = /(?<![a-z])analisis(?![a-z])/i;

/** Whether the text names the file, or its base name when that is distinctive (3+ characters). */
function namesFile(text: string, file: string): boolean {
  const base = baseNameOf(file).trim().toLowerCase();
  return text.includes(file.toLowerCase()) || (base.length >= 3 && text.includes(base));
}

export default defineRule({
  meta: {
    id: 'explanation-template',
    type: 'suggestion',
    severity: 'warning',
    frameworks: ['spbe-2020'],
    docs: {
      description: {
        id: 'Penjelasan memuat FAKTA, ANALISIS, dan nama berkas bukti dukung yang dirujuk.',
        en: 'An explanation carries FAKTA, ANALISIS and the file name of the evidence it relies on.',
      },
      url: docsUrl('explanation-template'),
      source: 'Pedoman Menteri PANRB 3/2024 Bab III B.1-B.4',
    },
    messages: {
      noFakta: {
        id: 'Indikator {{indicator}}: penjelasan tanpa bagian FAKTA (apa yang ada dan di dokumen mana)',
        en: 'Indicator {{indicator}}: the explanation has no FAKTA part (what exists and in which document)',
      },
      noAnalisis: {
        id: 'Indikator {{indicator}}: penjelasan tanpa bagian ANALISIS (mengapa kriteria tingkat terpenuhi)',
        en: 'Indicator {{indicator}}: the explanation has no ANALISIS part (why the level criterion is met)',
      },
      noFileName: {
        id: 'Indikator {{indicator}}: penjelasan tidak menyebut nama berkas bukti dukung, mis. "{{example}}"',
        en: 'Indicator {{indicator}}: the explanation names no evidence file, e.g. "{{example}}"',
      },
    },
  },
  check(ctx) {
    for (const [ind, e, ptr] of entries(ctx)) {
      const text = e.explanation?.trim().toLowerCase();
      // An absent or blank explanation is explanation-required's finding.
      if (!text) continue;
      const pointer = `${ptr}/explanation`;
      const data = { indicator: ind.number };
      if (!FAKTA.test(text)) ctx.report({ pointer, messageId: 'noFakta', data });
      if (!ANALISIS.test(text)) ctx.report({ pointer, messageId: 'noAnalisis', data });
      const files = (e.evidence ?? []).flatMap((ev) => (ev.file ? [ev.file] : []));
      if (files.length > 0 && !files.some((f) => namesFile(text, f))) {
        ctx.report({ pointer, messageId: 'noFileName', data: { ...data, example: files[0]! } });
      }
    }
  },
});
