/**
 * @fileoverview A cited evidence file that is not there to upload or to open:
 * not in the evidence folder, a folder instead of a file, unreadable, or
 * outside the evidence folder. A path that leaves the folder (`../`, an
 * absolute path, a symbolic link pointing out of it) is not opened at all:
 * the assessment names files of the evidence folder, and a lint run reads
 * nothing else. The portal's note for an item without its file: "Dokumen
 * pendukung/evidence terkait belum tersedia dan belum diunggah".
 */
import { WORKING_STAGES, docsUrl } from '../rule.ts';
import { defineFileRule } from './internal/evidence-files.ts';

// Pure: a bundle that never runs the opened-evidence rules (the extension's background) drops this.
export default /* @__PURE__ */ defineFileRule({
  meta: {
    id: 'evidence-file-missing',
    type: 'problem',
    severity: 'error',
    stages: WORKING_STAGES,
    docs: {
      description: {
        id: 'Setiap berkas bukti dukung yang disebut ada di folder bukti, sebagai berkas yang dapat dibaca.',
        en: 'Every cited evidence file is in the evidence folder, as a readable file.',
      },
      url: docsUrl('evidence-file-missing'),
      source: 'eval.spbe.go.id, catatan "belum tersedia dan belum diunggah" (docs/reference/portals.md); PermenPANRB 59/2020 Lampiran I (bukti dukung per tingkat)',
    },
    messages: {
      missing: {
        id: 'Indikator {{indicator}}: berkas "{{file}}" tidak ada di folder bukti {{folder}}',
        en: 'Indicator {{indicator}}: file "{{file}}" is not in the evidence folder {{folder}}',
      },
      notAFile: {
        id: 'Indikator {{indicator}}: "{{file}}" di folder bukti adalah folder, bukan berkas',
        en: 'Indicator {{indicator}}: "{{file}}" in the evidence folder is a folder, not a file',
      },
      unreadable: {
        id: 'Indikator {{indicator}}: berkas "{{file}}" tidak dapat dibaca ({{reason}})',
        en: 'Indicator {{indicator}}: file "{{file}}" cannot be read ({{reason}})',
      },
      outsideParent: {
        id: 'Indikator {{indicator}}: "{{file}}" menunjuk ke luar folder bukti {{folder}} (lewat ../); berkas tidak dibuka. Simpan berkasnya di dalam folder bukti',
        en: 'Indicator {{indicator}}: "{{file}}" points outside the evidence folder {{folder}} (through ../); it was not opened. Keep the file inside the evidence folder',
      },
      outsideAbsolute: {
        id: 'Indikator {{indicator}}: "{{file}}" adalah jalur absolut; berkas tidak dibuka. Sebut berkas relatif terhadap folder bukti {{folder}}',
        en: 'Indicator {{indicator}}: "{{file}}" is an absolute path; it was not opened. Name the file relative to the evidence folder {{folder}}',
      },
      outsideSymlink: {
        id: 'Indikator {{indicator}}: "{{file}}" adalah tautan simbolik ke luar folder bukti {{folder}}; berkas tidak dibuka. Salin berkasnya ke dalam folder bukti',
        en: 'Indicator {{indicator}}: "{{file}}" is a symbolic link out of the evidence folder {{folder}}; it was not opened. Copy the file into the evidence folder',
      },
    },
  },
  judge(inspection, _subject, report) {
    switch (inspection.found) {
      case 'missing': report('missing'); break;
      case 'notAFile': report('notAFile'); break;
      case 'unreadable': report('unreadable', { reason: inspection.reason }); break;
      case 'outside': report(inspection.via === 'parent' ? 'outsideParent' : inspection.via === 'absolute' ? 'outsideAbsolute' : 'outsideSymlink'); break;
      default: break;
    }
  },
});
