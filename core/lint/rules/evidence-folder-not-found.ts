/**
 * @fileoverview An assessment cites evidence files and none of them is in the
 * folder taken by default (the assessment's own): the evidence most likely
 * lives elsewhere, so this is one note saying where to point spbe, not an
 * error per file. The folder is said in words ("where this assessment file
 * is"), not as "./", which a user linting from another folder reads as theirs.
 * With a folder named (--evidence-dir, evidenceDir in
 * spbe.config.json) every missing file is a finding of evidence-file-missing.
 */
import { defineRule, docsUrl, WORKING_STAGES } from '../rule.ts';

// Pure: a bundle that never runs the opened-evidence rules (the extension's background) drops this.
export default /* @__PURE__ */ defineRule({
  meta: {
    id: 'evidence-folder-not-found',
    type: 'suggestion',
    severity: 'info',
    stages: WORKING_STAGES,
    docs: {
      description: {
        id: 'Berkas bukti dukung yang disebut berkas penilaian dicari di folder bukti; bila tidak satu pun ada di folder bawaan, satu catatan menyebut cara menunjuk foldernya.',
        en: 'Cited evidence files are looked for in the evidence folder; when none is in the default folder, one note says how to name the folder.',
      },
      url: docsUrl('evidence-folder-not-found'),
      source: 'Kebiasaan tim evaluasi: bukti dukung disimpan di folder tersendiri (docs/rules/evidence-folder-not-found.md)',
    },
    messages: {
      notFound: {
        id: 'Tidak satu pun dari {{count}} berkas bukti dukung yang disebut ada di folder tempat berkas penilaian ini berada; berkasnya tidak diperiksa. Tunjuk folder bukti dengan --evidence-dir FOLDER atau evidenceDir di spbe.config.json',
        en: 'None of the {{count}} cited evidence files is in the folder this assessment file is in; they were not checked. Name the evidence folder with --evidence-dir DIR or evidenceDir in spbe.config.json',
      },
    },
  },
  check(ctx) {
    const missing = ctx.evidence?.folderNotFound;
    if (missing) ctx.report({ pointer: '', messageId: 'notFound', data: { count: missing.count } });
  },
});
