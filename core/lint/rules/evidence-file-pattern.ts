/**
 * @fileoverview Suggestions on evidence file names, never a reason to reject:
 * - spbe-2020: Pedoman Menteri PANRB 3/2024 names its example files
 *   "<no>.<letter>.<short name>.<ext>" (1.a.Pergub-1-2020.pdf; the letter may
 *   be absent, as in its 35.screenshot LPSE.jpg) or "[Indikator <no><letter>]
 *   <title>.<ext>". Examples, not a rule of the regulation, so the names of one
 *   indicator that follow neither are listed once, as information.
 * - both frameworks: an extension outside those of the guideline's examples
 *   (pdf, jpg, png, xlsx, mp4, flv) and common office and archive kinds; the
 *   portals publish no list of accepted types (docs/reference/portals.md).
 * eval.spbe.go.id imposes no file name (one upload per item slot), so Pemdi
 * names are not judged by a pattern.
 */
import { defineRule, docsUrl, WORKING_STAGES } from '../rule.ts';
import { evidencePointer, extensionOf } from './internal/evidence.ts';
import { capList } from '../../format/list.ts';

const USUAL_EXTENSIONS = new Set(['pdf', 'jpg', 'jpeg', 'png', 'xlsx', 'xls', 'docx', 'doc', 'mp4', 'flv', 'pptx', 'zip']);
/** The guideline's two example forms (see above). */
const SPBE_EXAMPLE_FORM = /^(?:\d{1,2}\.\s*[a-z]|\[indikator\s*\d{1,2}[a-z]?\]\s*\S)/i;

export default defineRule({
  meta: {
    id: 'evidence-file-pattern',
    type: 'suggestion',
    severity: 'info',
    stages: WORKING_STAGES,
    docs: {
      description: {
        id: 'Saran nama berkas: pola contoh Pedoman 3/2024 untuk SPBE (12.a.nama.pdf) dan ekstensi yang lazim.',
        en: "File-name suggestions: the example pattern of Pedoman 3/2024 for SPBE (12.a.name.pdf) and usual extensions.",
      },
      url: docsUrl('evidence-file-pattern'),
      source: 'Pedoman Menteri PANRB 3/2024, contoh nama berkas bukti dukung',
    },
    messages: {
      spbePattern: {
        id: 'Indikator {{indicator}}: {{count}} nama berkas tidak mengikuti pola contoh Pedoman 3/2024 "{{indicator}}.a.nama-singkat.pdf" atau "[Indikator {{indicator}}a] judul.pdf" (saran, bukan syarat): {{files}}',
        en: 'Indicator {{indicator}}: {{count}} file name(s) do not follow the Pedoman 3/2024 example pattern "{{indicator}}.a.short-name.pdf" or "[Indikator {{indicator}}a] title.pdf" (a suggestion, not a requirement): {{files}}',
      },
      unusualExtension: {
        id: 'Indikator {{indicator}}: ekstensi ".{{ext}}" pada "{{file}}" tidak lazim untuk bukti dukung; yang lazim: {{usual}}',
        en: 'Indicator {{indicator}}: extension ".{{ext}}" of "{{file}}" is unusual for evidence; usual ones: {{usual}}',
      },
    },
  },
  check(ctx) {
    const spbe = !ctx.framework.itemsPerLevel;
    for (const { ind, e, ptr } of ctx.entries) {
      const evidence = e.evidence ?? [];
      const unlike: string[] = [];
      for (let i = 0; i < evidence.length; i++) {
        const file = evidence[i]!.file?.trim();
        if (!file) continue;
        const ext = extensionOf(file);
        if (ext !== '' && !USUAL_EXTENSIONS.has(ext)) {
          ctx.report({ pointer: `${evidencePointer(ptr, i)}/file`, messageId: 'unusualExtension', data: { indicator: ind.number, file, ext, usual: [...USUAL_EXTENSIONS].join(', ') } });
        }
        if (spbe && !SPBE_EXAMPLE_FORM.test(file)) unlike.push(file);
      }
      if (unlike.length > 0) {
        ctx.report({ pointer: `${ptr}/evidence`, messageId: 'spbePattern', data: { indicator: ind.number, count: unlike.length, files: capList(unlike, 3) } });
      }
    }
  },
});
