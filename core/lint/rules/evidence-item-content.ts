/**
 * @fileoverview A document that does not fit the Pemdi item it is uploaded
 * for. The framework data says, for the items where it is known, what the
 * item's document carries (its terms) and which look-alike documents
 * assessors rejected for it (docs/reference/pemdi-2026.md, "Evidence
 * content"): "SK Tim Asesor Internal Evaluasi Kinerja Pemdi" was returned
 * where I9's item asks for "SK Tim Auditor Internal Pemerintah Digital". A
 * document with none of the item's terms that carries a look-alike's is
 * named as that look-alike; one with none of the item's terms at all is
 * named as not fitting. Items without such data are not judged. Warnings
 * only: the terms are a guide, the assessor decides.
 */
import { WORKING_STAGES, docsUrl } from '../rule.ts';
import { judgeableText } from '../../evidence/facts.ts';
import { itemFinding } from '../../evidence/content.ts';
import { quoteTerms } from '../../evidence/text.ts';
import { defineFileRule } from './internal/evidence-files.ts';

// Pure: a bundle that never runs the opened-evidence rules (the extension's background) drops this.
export default /* @__PURE__ */ defineFileRule({
  meta: {
    id: 'evidence-item-content',
    type: 'problem',
    severity: 'warning',
    frameworks: ['pemdi-2026'],
    stages: WORKING_STAGES,
    docs: {
      description: {
        id: 'Dokumen yang diunggah pada butir data dukung memuat apa yang diminta butir itu, dan bukan dokumen mirip yang pernah ditolak asesor.',
        en: 'A document uploaded for an evidence item carries what the item asks for, and is not a look-alike assessors rejected.',
      },
      url: docsUrl('evidence-item-content'),
      source: 'Modul Indikator Pemdi (butir data dukung); catatan asesor Penilaian Tahap 1 2026 ("tidak tepat"): docs/reference/pemdi-2026.md',
    },
    messages: {
      lookAlike: {
        id: 'Indikator {{indicator}}, butir {{item}}: "{{file}}" tampaknya {{lookAlike}} (memuat {{found}}), sedangkan butir ini meminta {{asks}} (dicari: {{expected}}); asesor pernah menolak dokumen seperti ini',
        en: 'Indicator {{indicator}}, item {{item}}: "{{file}}" looks like {{lookAlike}} (it contains {{found}}), but this item asks for {{asks}} (looked for {{expected}}); assessors have rejected such documents',
      },
      noItemTerms: {
        id: 'Indikator {{indicator}}, butir {{item}}: "{{file}}" tidak memuat istilah {{asks}} (dicari: {{expected}}); periksa apakah dokumennya tepat untuk butir ini',
        en: 'Indicator {{indicator}}, item {{item}}: "{{file}}" carries none of the terms of {{asks}} (looked for {{expected}}); check that it is the right document for this item',
      },
    },
  },
  judge(inspection, subject, report) {
    const content = subject.item?.content;
    const text = content && judgeableText(inspection);
    if (!content || !text) return;
    const finding = itemFinding(text, content);
    const data = { item: subject.itemLabel ?? subject.item!.code, asks: content.asks, expected: quoteTerms(content.expects) };
    if (finding.kind === 'lookAlike') report('lookAlike', { ...data, lookAlike: finding.name, found: quoteTerms(finding.found) });
    else if (finding.kind === 'noItemTerms') report('noItemTerms', data);
  },
});
