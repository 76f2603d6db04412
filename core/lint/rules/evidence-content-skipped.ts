/**
 * @fileoverview A PDF whose content the content checks could not read, said
 * so that silence is not taken for a pass: a scan without a text layer (or
 * one whose only text is an e-signature footer: core/evidence/facts.ts), or a
 * file above the size the text extractor takes (it holds the whole file in
 * memory). Assessors read scans fine; the note is about what spbe checked.
 */
import { WORKING_STAGES, docsUrl } from '../rule.ts';
import { judgeableText } from '../../evidence/facts.ts';
import { defineFileRule } from './internal/evidence-files.ts';

// Pure: a bundle that never runs the opened-evidence rules (the extension's background) drops this.
export default /* @__PURE__ */ defineFileRule({
  meta: {
    id: 'evidence-content-skipped',
    type: 'suggestion',
    severity: 'info',
    stages: WORKING_STAGES,
    docs: {
      description: {
        id: 'Menyebut PDF yang isinya tidak dapat diperiksa: hasil pindai tanpa teks, atau terlalu besar.',
        en: 'Names the PDFs whose content could not be checked: scans without text, or too large.',
      },
      url: docsUrl('evidence-content-skipped'),
      source: 'Batas pemeriksaan isi spbe (docs/rules/evidence-content-skipped.md); pdf.js (ekstraksi teks)',
    },
    messages: {
      noText: {
        id: 'Indikator {{indicator}}: PDF "{{file}}" (hampir) tanpa teks, kemungkinan hasil pindai; isinya tidak diperiksa',
        en: 'Indicator {{indicator}}: PDF "{{file}}" has (almost) no text, probably a scan; its content was not checked',
      },
      tooLarge: {
        id: 'Indikator {{indicator}}: PDF "{{file}}" lebih dari {{limit}} MB; isinya tidak diperiksa',
        en: 'Indicator {{indicator}}: PDF "{{file}}" is larger than {{limit}} MB; its content was not checked',
      },
    },
  },
  judge(inspection, _subject, report) {
    if (inspection.found !== 'file' || !inspection.pdf) return;
    if (inspection.pdf.status === 'tooLarge') report('tooLarge', { limit: Math.round(inspection.pdf.limitBytes / (1024 * 1024)) });
    else if (inspection.pdf.status === 'read' && !judgeableText(inspection)) report('noText');
  },
});
