/**
 * @fileoverview An evidence file of zero bytes: an export or a copy that
 * failed. Nothing opens it, and the portal would take it as an upload.
 */
import { WORKING_STAGES, docsUrl } from '../rule.ts';
import { defineFileRule } from './internal/evidence-files.ts';

// Pure: a bundle that never runs the opened-evidence rules (the extension's background) drops this.
export default /* @__PURE__ */ defineFileRule({
  meta: {
    id: 'evidence-file-empty',
    type: 'problem',
    severity: 'error',
    stages: WORKING_STAGES,
    docs: {
      description: { id: 'Berkas bukti dukung tidak kosong.', en: 'An evidence file is not empty.' },
      url: docsUrl('evidence-file-empty'),
      source: 'Asesor menilai isi dokumen yang diunggah (PermenPANRB 8/2026, Penilaian Dokumen; PermenPANRB 59/2020 Lampiran I)',
    },
    messages: {
      empty: {
        id: 'Indikator {{indicator}}: berkas "{{file}}" kosong (0 bita); asesor tidak akan melihat apa pun',
        en: 'Indicator {{indicator}}: file "{{file}}" is empty (0 bytes); an assessor would see nothing',
      },
    },
  },
  judge(inspection, _subject, report) {
    if (inspection.found === 'file' && inspection.size === 0) report('empty');
  },
});
