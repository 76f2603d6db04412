/**
 * @fileoverview An indicator number the framework does not have ("48" under
 * spbe-2020, "21" under pemdi-2026). The schema's per-framework propertyNames
 * does the check (so editors flag it too); this file owns its id, docs and
 * severity. Sources: PermenPANRB 59/2020 Lampiran I Tabel 9 (47 indicators),
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
      unknownNoFramework: { id: 'Nomor indikator "{{key}}" tidak dikenal', en: 'Unknown indicator number "{{key}}"' },
    },
  },
});
