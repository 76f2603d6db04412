/**
 * @fileoverview An evidence file that is not what its name says: a `.pdf`
 * whose bytes are a web page (a download that returned the site's login or
 * error page), a Word file or an image renamed; a `.jpg` that is a PNG; or an
 * image cut short, which viewers show grey or not at all. Only extensions
 * whose format has a certain signature are judged (.pdf, .png, .jpg, .jpeg:
 * core/evidence/sniff.ts); an Office file saved in the other Office format
 * still opens and is left alone.
 */
import { WORKING_STAGES, docsUrl } from '../rule.ts';
import type { FileKind } from '../../evidence/inspection.ts';
import { claimedKind } from '../../evidence/sniff.ts';
import { defineFileRule } from './internal/evidence-files.ts';
import { extensionOf } from './internal/evidence.ts';

/** What a kind of bytes is, in words, both languages. */
const KIND_WORDS: Record<FileKind, [string, string]> = {
  pdf: ['PDF', 'a PDF'],
  png: ['gambar PNG', 'a PNG image'],
  jpeg: ['gambar JPEG', 'a JPEG image'],
  gif: ['gambar GIF', 'a GIF image'],
  webp: ['gambar WebP', 'a WebP image'],
  zip: ['arsip ZIP atau dokumen Office (docx/xlsx/pptx)', 'a ZIP archive or an Office document (docx/xlsx/pptx)'],
  ole: ['dokumen Office lama (doc/xls/ppt)', 'an old-style Office document (doc/xls/ppt)'],
  html: ['halaman web (HTML), mungkin unduhan yang gagal', 'a web page (HTML), perhaps a failed download'],
  text: ['teks biasa', 'plain text'],
  unknown: ['berkas jenis lain', 'another kind of file'],
};

// Pure: a bundle that never runs the opened-evidence rules (the extension's background) drops this.
export default /* @__PURE__ */ defineFileRule({
  meta: {
    id: 'evidence-file-type',
    type: 'problem',
    severity: 'error',
    stages: WORKING_STAGES,
    docs: {
      description: {
        id: 'Isi berkas bukti dukung sesuai ekstensinya (.pdf, .png, .jpg), dan gambar tidak terpotong.',
        en: 'An evidence file\'s bytes are what its extension claims (.pdf, .png, .jpg), and images are whole.',
      },
      url: docsUrl('evidence-file-type'),
      source: 'Tanda awal format: PDF 32000-1 7.5.2, PNG (ISO/IEC 15948) 5.2, JPEG (ITU T.81) B.1; eval.spbe.go.id menerima PDF (docs/reference/portals.md)',
    },
    messages: {
      wrongKind: {
        id: 'Indikator {{indicator}}: berkas "{{file}}" berekstensi .{{extension}} tetapi isinya {{actualId}}; asesor tidak akan dapat membukanya sebagai .{{extension}}',
        en: 'Indicator {{indicator}}: file "{{file}}" has the extension .{{extension}} but holds {{actualEn}}; an assessor will not open it as .{{extension}}',
      },
      brokenImage: {
        id: 'Indikator {{indicator}}: gambar "{{file}}" terpotong atau rusak; tidak akan tampil utuh',
        en: 'Indicator {{indicator}}: image "{{file}}" is cut short or damaged; it will not show whole',
      },
    },
  },
  judge(inspection, subject, report) {
    if (inspection.found !== 'file' || inspection.size === 0) return;
    const extension = extensionOf(subject.file);
    const claimed = claimedKind(extension);
    if (claimed && inspection.kind !== claimed) {
      const [actualId, actualEn] = KIND_WORDS[inspection.kind];
      report('wrongKind', { extension, actualId, actualEn });
      return;
    }
    if (inspection.imageIntact === false) report('brokenImage');
  },
});
