/**
 * @fileoverview Pemdi levels are assessed in order: while a lower level has an
 * item missing or marked revisi, the items uploaded at the levels above it are
 * rejected with the portal note "Otomatis ditolak karena tingkat kematangan
 * sebelumnya ditolak." (eval.spbe.go.id, first-stage results 2026; the note is
 * framework data pemdi.gating.autoRejectNote). A level whose module lists no
 * items (I9 L3) does not block.
 */
import { defineRule, docsUrl, entries } from '../rule.ts';
import { itemState, type ItemState } from '../../engine/indicator-value.ts';
import { capList, evidenceOf } from './internal/evidence.ts';

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
    for (const [ind, e, ptr] of entries(ctx)) {
      let blocking: { level: number; items: string[] } | null = null;
      for (let L = 1; L <= 5; L++) {
        const defs = ind.levels[String(L)]?.items ?? [];
        const states = defs.map((d) => ({ code: d.code, state: itemState(e.evidence, d.code) }));
        const uploaded = states.filter((s) => counts(s.state)).map((s) => s.code);
        if (blocking && uploaded.length > 0) {
          const first = evidenceOf(e, ptr).find(({ e: ev }) => ev.item !== undefined && uploaded.includes(ev.item));
          ctx.report({
            pointer: first?.ptr ?? `${ptr}/evidence`,
            messageId: 'gated',
            data: { indicator: ind.number, level: L, count: uploaded.length, blocking: blocking.level, items: capList(blocking.items), note },
          });
        }
        const open = states.filter((s) => !counts(s.state)).map((s) => (s.state === 'revisi' ? `${s.code} (revisi)` : s.code));
        if (!blocking && open.length > 0) blocking = { level: L, items: open };
      }
    }
  },
});
