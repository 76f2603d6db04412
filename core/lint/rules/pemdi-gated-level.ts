/**
 * @fileoverview Pemdi levels are assessed in order: while a lower level has an
 * item missing or marked revisi, the items uploaded at the levels above it are
 * rejected with the portal note "Otomatis ditolak karena tingkat kematangan
 * sebelumnya ditolak." (eval.spbe.go.id, first-stage results 2026; the note is
 * framework data pemdi.gating.autoRejectNote). A level whose module lists no
 * items (I9 L3) does not block.
 */
import { defineRule, docsUrl } from '../rule.ts';
import { itemStates, type ItemState } from '../../engine/indicator-value.ts';
import { capList, evidencePointer } from './internal/evidence.ts';

const counts = (s: ItemState) => s === 'diterima' || s === 'pending';

export default defineRule({
  meta: {
    id: 'pemdi-gated-level',
    type: 'problem',
    severity: 'warning',
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
    for (const { ind, e, ptr } of ctx.entries) {
      const stateOf = itemStates(e.evidence);
      let blocking: { level: number; items: string[] } | null = null;
      for (let L = 1; L <= 5; L++) {
        // The level's items that count, and those that do not (missing or revisi), in module order.
        const uploaded: string[] = [];
        const open: string[] = [];
        for (const { code } of ind.levels[String(L)]?.items ?? []) {
          const state = stateOf(code);
          if (counts(state)) uploaded.push(code);
          else open.push(state === 'revisi' ? `${code} (revisi)` : code);
        }
        if (blocking && uploaded.length > 0) {
          const first = (e.evidence ?? []).findIndex((ev) => ev.item !== undefined && uploaded.includes(ev.item));
          ctx.report({
            pointer: first >= 0 ? evidencePointer(ptr, first) : `${ptr}/evidence`,
            messageId: 'gated',
            data: { indicator: ind.number, level: L, count: uploaded.length, blocking: blocking.level, items: capList(blocking.items), note },
          });
        }
        if (!blocking && open.length > 0) blocking = { level: L, items: open };
      }
    }
  },
});
