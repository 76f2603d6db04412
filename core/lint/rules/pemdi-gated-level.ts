/**
 * @fileoverview Pemdi levels are assessed in order: while a lower level has an
 * item missing or marked revisi, the items uploaded at the levels above it are
 * rejected with the portal note "Otomatis ditolak karena tingkat kematangan
 * sebelumnya ditolak." (eval.spbe.go.id, first-stage results 2026; the note is
 * framework data pemdi.gating.autoRejectNote). A level whose module lists no
 * items (I9 L3) does not block.
 */
import { defineRule, docsUrl, WORKING_STAGES } from '../rule.ts';
import { levelItems } from '../../engine/indicator-value.ts';
import { moduleItemOf } from './internal/item-lookup.ts';
import { evidencePointer } from './internal/evidence.ts';
import { capList } from '../../format/list.ts';
import { itemLabel } from './internal/items.ts';

export default defineRule({
  meta: {
    id: 'pemdi-gated-level',
    type: 'problem',
    severity: 'warning',
    stages: WORKING_STAGES,
    frameworks: ['pemdi-2026'],
    docs: {
      description: {
        id: 'Butir di suatu tingkat otomatis ditolak bila tingkat di bawahnya belum lengkap atau direvisi.',
        en: 'Items at a level are auto-rejected while a lower level is incomplete or under revision.',
      },
      url: docsUrl('pemdi-gated-level'),
      source: 'eval.spbe.go.id, catatan hasil penilaian tahap 1 (2026); PermenPANRB 8/2026',
    },
    messages: {
      gated: {
        id: 'Indikator {{indicator}}: {{count}} butir tingkat {{level}} akan otomatis ditolak karena tingkat {{blocking}} belum terpenuhi (butir belum diunggah atau revisi: {{items}}). Catatan portal: "{{note}}"',
        en: 'Indicator {{indicator}}: {{count}} level-{{level}} item(s) will be auto-rejected because level {{blocking}} is not met (items missing or under revision: {{items}}). Portal note: "{{note}}"',
      },
    },
  },
  check(ctx) {
    const note = ctx.framework.pemdi?.gating.autoRejectNote ?? '';
    const { aspects } = ctx.framework;
    for (const entry of ctx.entries) {
      const { ind, e, ptr } = entry;
      const { states } = entry.items;
      // Missing or revisi blocks; an upload awaiting its result may still be accepted.
      const counts = (code: string) => { const s = states.get(code); return s === 'diterima' || s === 'pending'; };
      // The lowest level with an item that does not count: it blocks the levels above.
      let blocking = 0;
      for (let L = 1; L <= 5; L++) {
        const items = levelItems(ind, L);
        if (blocking === 0) {
          if (!items.every((d) => counts(d.code))) blocking = L;
          continue;
        }
        const uploaded = items.filter((d) => counts(d.code)).map((d) => d.code);
        if (uploaded.length === 0) continue;
        const open = levelItems(ind, blocking).flatMap((d, i) => {
          if (counts(d.code)) return [];
          const label = itemLabel(ind, aspects, blocking, i + 1);
          return [states.get(d.code) === 'revisi' ? `${label} (revisi)` : label];
        });
        const first = (e.evidence ?? []).findIndex((ev) => !!ev.item && uploaded.includes(moduleItemOf(ind, aspects, ev.item) ?? ''));
        ctx.report({
          pointer: first >= 0 ? evidencePointer(ptr, first) : `${ptr}/evidence`,
          messageId: 'gated',
          data: { indicator: ind.number, level: L, count: uploaded.length, blocking, items: capList(open), note },
        });
      }
    }
  },
});
