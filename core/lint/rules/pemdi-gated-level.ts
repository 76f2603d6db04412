/**
 * @fileoverview Pemdi levels are assessed in order: while a lower level has an
 * item missing or marked revisi, the items uploaded at the levels above it are
 * rejected with the portal note "Otomatis ditolak karena tingkat kematangan
 * sebelumnya ditolak." (eval.spbe.go.id, first-stage results 2026; the note is
 * framework data pemdi.gating.autoRejectNote). A level whose module lists no
 * items (I9 L3) does not block.
 */
import { defineRule, docsUrl } from '../rule.ts';
import { itemState, levelItems, type ItemState } from '../../engine/indicator-value.ts';
import type { Evidence, IndicatorDef } from '../../types.ts';
import { capList, evidencePointer } from './internal/evidence.ts';

const counts = (s: ItemState) => s === 'diterima' || s === 'pending';

/** How many of the level's items count (uploaded, not revisi); no lists, as most levels need none. */
function countingItems(ind: IndicatorDef, evidence: readonly Evidence[] | undefined, level: number): number {
  let n = 0;
  for (const { code } of levelItems(ind, level)) if (counts(itemState(evidence, code))) n++;
  return n;
}

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
      // The lowest level with an item that does not count (missing or revisi): it blocks the levels above.
      let blocking = 0;
      for (let L = 1; L <= 5; L++) {
        if (blocking === 0) {
          if (countingItems(ind, e.evidence, L) < levelItems(ind, L).length) blocking = L;
          continue;
        }
        if (countingItems(ind, e.evidence, L) === 0) continue;
        // A finding: now the lists for its message.
        const uploaded = levelItems(ind, L).map((d) => d.code).filter((code) => counts(itemState(e.evidence, code)));
        const open = levelItems(ind, blocking).flatMap(({ code }) => {
          const state = itemState(e.evidence, code);
          return counts(state) ? [] : [state === 'revisi' ? `${code} (revisi)` : code];
        });
        const first = (e.evidence ?? []).findIndex((ev) => ev.item !== undefined && uploaded.includes(ev.item));
        ctx.report({
          pointer: first >= 0 ? evidencePointer(ptr, first) : `${ptr}/evidence`,
          messageId: 'gated',
          data: { indicator: ind.number, level: L, count: uploaded.length, blocking, items: capList(open), note },
        });
      }
    }
  },
});
