/**
 * @fileoverview An item the assessor returned (`revisi`) and no other upload
 * answers again: the portal counts it as not met, and, levels being assessed
 * in order, every level above it is rejected with it (eval.spbe.go.id,
 * first-stage results 2026: "Otomatis ditolak karena tingkat kematangan
 * sebelumnya ditolak."; pemdi-gated-level reports those levels). The finding
 * stands on the returned upload and quotes the assessor's note, so the team
 * knows what to fix, where the page would otherwise say nothing is wrong.
 * Which items those are is core/engine/returned-items.ts's answer: another upload of the same item (diterima, or awaiting its result; before
 * or after it in the list, which keeps no upload order) is its replacement:
 * then nothing is reported, as the estimate counts that one (the items'
 * states, Entry.items). An item returned twice is reported once, on its last
 * returned upload. An upload rejected with the portal's automatic note (a
 * lower level failed, framework data pemdi.gating.autoRejectNote) is not one
 * to fix and upload again: it is not reported.
 */
import { defineRule, docsUrl, WORKING_STAGES } from '../rule.ts';
import { evidencePointer } from './internal/evidence.ts';
import { moduleItemOf } from './internal/item-lookup.ts';
import { returnedUploads } from '../../engine/returned-items.ts';

/** The assessor's note quoted up to this many characters. */
const NOTE_CHARS = 160;

export default defineRule({
  meta: {
    id: 'item-revisi',
    type: 'problem',
    severity: 'warning',
    frameworks: ['pemdi-2026'],
    stages: WORKING_STAGES,
    docs: {
      description: {
        id: 'Butir yang dikembalikan asesor (revisi) dan belum diunggah ulang.',
        en: 'An item the assessor returned (revisi) that has not been uploaded again.',
      },
      url: docsUrl('item-revisi'),
      source: 'eval.spbe.go.id, hasil penilaian tahap 1 (2026): status revisi dan penolakan otomatis tingkat di atasnya; PermenPANRB 8/2026',
    },
    messages: {
      // {{note}}: the assessor's note as `: "…"`, or nothing when there is none.
      returned: {
        id: 'Indikator {{indicator}}: butir {{item}} dikembalikan asesor (revisi){{note}}; perbaiki lalu unggah ulang: selama belum diterima, butir ini dan tingkat di atasnya tidak dihitung',
        en: 'Indicator {{indicator}}: item {{item}} was returned by the assessor (revisi){{note}}; fix it and upload it again: until it is accepted, it and the levels above it do not count',
      },
    },
  },
  check(ctx) {
    for (const entry of ctx.entries) {
      const { ind, e, ptr } = entry;
      const evidence = e.evidence ?? [];
      const returned = returnedUploads(ctx.framework, ind, evidence, entry.items.states, moduleItemOf);
      for (const i of [...returned.values()].sort((a, b) => a - b)) {
        const ev = evidence[i]!;
        const note = ev.note?.trim().replace(/\s+/g, ' ');
        const quoted = !note ? '' : `: "${note.length > NOTE_CHARS ? `${note.slice(0, NOTE_CHARS - 1)}…` : note}"`;
        ctx.report({ pointer: evidencePointer(ptr, i), messageId: 'returned', data: { indicator: ind.number, item: ev.item!, note: quoted } });
      }
    }
  },
});
