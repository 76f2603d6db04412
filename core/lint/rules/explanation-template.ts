/**
 * @fileoverview The explanation follows the guideline's template: a FAKTA part,
 * an ANALISIS part, and the file name of the evidence it relies on ("...
 * disampaikan pada data dukung <<Nama File>>"). Source: Pedoman Menteri PANRB
 * 3/2024 Bab III B.1-B.4 (the same template is in Pedoman 6/2023). spbe-2020
 * only: the Pemdi portal has no per-indicator explanation.
 */
import { defineRule, docsUrl, WORKING_STAGES } from '../rule.ts';
import { baseNameOf } from './internal/evidence.ts';

const isLowerAsciiLetter = (c: number): boolean => c >= 97 && c <= 122;

/**
 * Whether lower-cased text holds the word (not inside a longer a-z word): what
 * /(?<![a-z])word(?![a-z])/i finds there, without a regex scan per explanation.
 */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    // Lower-cased text has no A-Z, so a-z is every letter the pattern's /i looks for.
    // (Ends checked first: reading outside the string would de-optimize this loop.)
    const letterBefore = at > 0 && isLowerAsciiLetter(text.charCodeAt(at - 1));
    const letterAfter = end < text.length && isLowerAsciiLetter(text.charCodeAt(end));
    if (!letterBefore && !letterAfter) return true;
  }
  return false;
}

/** The words as /i patterns: on ASCII text they find what hasWord finds in its lower-cased form. */
const FAKTA = /(?<![a-z])fakta(?![a-z])/i;
const ANALISIS = /(?<![a-z])analisis(?![a-z])/i;
const NON_ASCII = /[\u0080-\uffff]/;

/** Whether the text names the file, or its base name when that is distinctive (3+ characters). */
function namesFile(text: string, file: string): boolean {
  if (text.includes(file.toLowerCase())) return true;
  const base = baseNameOf(file).trim().toLowerCase();
  return base.length >= 3 && text.includes(base);
}

export default defineRule({
  meta: {
    id: 'explanation-template',
    type: 'suggestion',
    severity: 'warning',
    stages: WORKING_STAGES,
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
    for (const { ind, e, ptr } of ctx.entries) {
      const raw = e.explanation?.trim();
      // An absent or blank explanation is explanation-required's finding.
      if (!raw) continue;
      // ASCII text (nearly every explanation) is searched as it is, case-blind, and
      // lower-cased only when a file name is not in it as written: a lower-cased
      // copy of every explanation was most of this rule's cost. Lower-casing ASCII
      // changes A-Z only, so the answers are the same.
      const ascii = !NON_ASCII.test(raw);
      let lower = ascii ? undefined : raw.toLowerCase();
      const pointer = `${ptr}/explanation`;
      const data = { indicator: ind.number };
      if (!(lower === undefined ? FAKTA.test(raw) : hasWord(lower, 'fakta'))) ctx.report({ pointer, messageId: 'noFakta', data });
      if (!(lower === undefined ? ANALISIS.test(raw) : hasWord(lower, 'analisis'))) ctx.report({ pointer, messageId: 'noAnalisis', data });
      // The first attached file is the example; any attached file named will do.
      let example: string | undefined;
      let named = false;
      for (const ev of e.evidence ?? []) {
        if (!ev.file) continue;
        example ??= ev.file;
        if ((ascii && raw.includes(ev.file)) || namesFile(lower ??= raw.toLowerCase(), ev.file)) { named = true; break; }
      }
      if (example !== undefined && !named) ctx.report({ pointer, messageId: 'noFileName', data: { ...data, example } });
    }
  },
});
