/**
 * @fileoverview Indicators not filled yet, as one summary. An absent
 * indicator is not filled (it is not level 1, and not 0: docs
 * assessment-format.md); the index needs all of them (PermenPANRB 59/2020
 * Lampiran I B.4: 47 indicators; PermenPANRB 8/2026: 20). "Filled" is what the
 * score counts (core/engine/score.ts countsAsFilled): spbe-2020 needs a level
 * or a value; any pemdi-2026 entry has at least the estimate or the floor, and
 * a final record counts its absent external-index indicators at the floor. So
 * this summary and `spbe score`'s "filled x of y" always agree.
 */
import { defineRule, docsUrl } from '../rule.ts';
import { countsAsFilled } from '../../engine/score.ts';
import { formatRanges } from '../../format/list.ts';

export default defineRule({
  meta: {
    id: 'incomplete-assessment',
    type: 'suggestion',
    severity: 'info',
    docs: {
      description: {
        id: 'Ringkasan indikator yang belum diisi.',
        en: 'A summary of the indicators not filled yet.',
      },
      url: docsUrl('incomplete-assessment'),
      source: 'PermenPANRB 59/2020 Lampiran I B.4; PermenPANRB 8/2026 Lampiran Bagian B',
    },
    messages: {
      missing: {
        id: '{{missing}} dari {{total}} indikator belum diisi: {{numbers}}',
        en: '{{missing}} of {{total}} indicators are not filled yet: {{numbers}}',
      },
    },
  },
  check(ctx) {
    const fw = ctx.framework;
    const missing = fw.indicators.filter((ind) => !countsAsFilled(fw, ctx.assessment, ind)).map((ind) => ind.number);
    if (missing.length === 0) return;
    ctx.report({
      pointer: '/indicators',
      messageId: 'missing',
      data: { missing: missing.length, total: fw.indicators.length, numbers: formatRanges(missing) },
    });
  },
});
