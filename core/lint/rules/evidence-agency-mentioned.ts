/**
 * @fileoverview A document that never names the agency it is evidence for:
 * often another agency's document taken as a model, or a template not yet
 * filled in. Looked for: the words of the agency's name that tell it from
 * others (core/evidence/content.ts), any one of them, anywhere in the pages
 * read. Only PDFs with a text layer are read; scans are named by
 * evidence-content-skipped.
 */
import { WORKING_STAGES, docsUrl } from '../rule.ts';
import { judgeableText } from '../../evidence/facts.ts';
import { agencyTerms } from '../../evidence/content.ts';
import { quoteTerms, termsIn } from '../../evidence/text.ts';
import { defineFileRule } from './internal/evidence-files.ts';

// Pure: a bundle that never runs the opened-evidence rules (the extension's background) drops this.
export default /* @__PURE__ */ defineFileRule({
  meta: {
    id: 'evidence-agency-mentioned',
    type: 'suggestion',
    severity: 'warning',
    stages: WORKING_STAGES,
    docs: {
      description: {
        id: 'Dokumen bukti dukung menyebut instansinya (nama atau wilayahnya).',
        en: 'An evidence document names its agency (its name or region).',
      },
      url: docsUrl('evidence-agency-mentioned'),
      source: 'Bukti dukung adalah dokumen instansi itu sendiri (PermenPANRB 59/2020 Lampiran I; PermenPANRB 8/2026, Modul Indikator); dokumen resmi ditandatangani pejabat berwenang (docs/reference/pemdi-2026.md)',
    },
    messages: {
      noAgency: {
        id: 'Indikator {{indicator}}: dokumen "{{file}}" tidak menyebut {{agency}} (dicari: {{terms}}); pastikan ini dokumen instansi sendiri, bukan contoh dari instansi lain',
        en: 'Indicator {{indicator}}: document "{{file}}" does not name {{agency}} (looked for {{terms}}); make sure it is the agency\'s own document, not another agency\'s model',
      },
    },
  },
  judge(inspection, subject, report) {
    const text = judgeableText(inspection);
    const terms = agencyTerms(subject.agency);
    if (!text || !terms.length) return;
    if (!termsIn(text, terms, 'loose').length) report('noAgency', { agency: subject.agency.name, terms: quoteTerms(terms) });
  },
});
