/**
 * @fileoverview A PDF an assessor cannot open: protected by a password
 * needed to open it, or damaged beyond what a PDF reader repairs. A PDF with
 * only an owner password (printing or editing restricted) opens without one
 * and is not a finding. Judged by pdf.js, the reader Firefox uses.
 */
import { WORKING_STAGES, docsUrl } from '../rule.ts';
import { defineFileRule } from './internal/evidence-files.ts';

// Pure: a bundle that never runs the opened-evidence rules (the extension's background) drops this.
export default /* @__PURE__ */ defineFileRule({
  meta: {
    id: 'evidence-pdf-unreadable',
    type: 'problem',
    severity: 'error',
    stages: WORKING_STAGES,
    docs: {
      description: {
        id: 'PDF bukti dukung dapat dibuka tanpa kata sandi dan tidak rusak.',
        en: 'An evidence PDF opens without a password and is not damaged.',
      },
      url: docsUrl('evidence-pdf-unreadable'),
      source: 'Asesor menilai isi dokumen yang diunggah (PermenPANRB 8/2026, Penilaian Dokumen; PermenPANRB 59/2020 Lampiran I); PDF 32000-1 7.6 (enkripsi)',
    },
    messages: {
      passwordProtected: {
        id: 'Indikator {{indicator}}: PDF "{{file}}" dilindungi kata sandi; asesor tidak dapat membukanya. Unggah salinan tanpa kata sandi',
        en: 'Indicator {{indicator}}: PDF "{{file}}" is password-protected; an assessor cannot open it. Upload a copy without a password',
      },
      corrupt: {
        id: 'Indikator {{indicator}}: PDF "{{file}}" rusak dan tidak dapat dibuka; ekspor atau pindai ulang dokumennya',
        en: 'Indicator {{indicator}}: PDF "{{file}}" is damaged and cannot be opened; export or scan the document again',
      },
    },
  },
  judge(inspection, _subject, report) {
    if (inspection.found !== 'file' || inspection.size === 0 || !inspection.pdf) return;
    if (inspection.pdf.status === 'encrypted') report('passwordProtected');
    else if (inspection.pdf.status === 'corrupt') report('corrupt');
  },
});
