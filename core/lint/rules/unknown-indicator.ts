/**
 * @fileoverview An indicator number the framework does not have ("48" under
 * spbe-2020, "21" under pemdi-2026): the engine leaves it out of every value,
 * so what the team entered there counts for nothing. The schema's
 * per-framework propertyNames says the same to editors; the linter's schema
 * stage leaves that error to this rule, so its setting (off, warn) holds.
 * Sources: PermenPANRB 59/2020 Lampiran I Tabel 9 (47 indicators),
 * PermenPANRB 8/2026 Lampiran Tabel 1 (20 indicators).
 */
import { defineRule, docsUrl } from '../rule.ts';

export default defineRule({
  meta: {
    id: 'unknown-indicator',
    type: 'problem',
    severity: 'error',
    docs: {
      description: {
        id: 'Nomor indikator harus ada di kerangka berkas (1-47 untuk spbe-2020, 1-20 untuk pemdi-2026).',
        en: "Indicator numbers must exist in the file's framework (1-47 for spbe-2020, 1-20 for pemdi-2026).",
      },
      url: docsUrl('unknown-indicator'),
      source: 'PermenPANRB 59/2020 Lampiran I Tabel 9; PermenPANRB 8/2026 Lampiran Tabel 1',
    },
    messages: {
      unknown: {
        id: 'Indikator "{{key}}" tidak ada di {{framework}} ({{regulation}}: indikator 1-{{max}})',
        en: 'Indicator "{{key}}" does not exist in {{framework}} ({{regulation}}: indicators 1-{{max}})',
      },
    },
  },
  check(ctx) {
    const fw = ctx.framework;
    for (const key of Object.keys(ctx.assessment.indicators)) {
      const n = Number(key);
      // The schema's propertyNames pattern: a number of the framework, written without a sign or leading zero.
      if (String(n) === key && n >= 1 && n <= fw.indicators.length) continue;
      ctx.report({
        pointer: `/indicators/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, messageId: 'unknown', at: 'key',
        data: { key, framework: fw.id, regulation: fw.regulationShort, max: fw.indicators.length },
      });
    }
  },
});
