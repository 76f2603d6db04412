/**
 * An upload the portal rejected only because a lower level was rejected: its
 * note is the portal's automatic one ("Otomatis ditolak karena tingkat
 * kematangan sebelumnya ditolak.", framework data pemdi.gating.autoRejectNote,
 * eval.spbe.go.id first-stage results 2026). Such an upload needs no fix of
 * its own; the lower level does. The rule item-revisi and `spbe score`'s steps
 * (core/report/returned-item.ts) both tell it apart by this.
 * @module core/engine/auto-rejected
 */
import type { Evidence, Framework } from '../types.ts';

export const autoRejected = (fw: Framework, ev: Evidence): boolean =>
  ev.status === 'revisi' && !!fw.pemdi && !!ev.note?.includes(fw.pemdi.gating.autoRejectNote);
