/**
 * @fileoverview A claimed level needs evidence for the levels it rests on.
 * spbe-2020: level N is reached only when the criteria of levels 1..N are met
 * ("Kriteria tingkat N-1 telah terpenuhi dan ...", PermenPANRB 59/2020
 * Lampiran I Bagian E), and Pedoman Menteri PANRB 3/2024 asks evidence for
 * each level's criteria. Level 1 is the floor every indicator has ("konsep
 * ... belum atau telah tersedia": met even when nothing exists yet), so it
 * needs no evidence; each level 2..N needs evidence naming it.
 * pemdi-2026: the target level N needs every module item of levels 1..N
 * uploaded (Modul Indikator Pemdi; levels are assessed in order, portal note
 * "Dokumen pendukung/evidence terkait belum tersedia dan belum diunggah.").
 * Indicators fed by a national index (pemdi.externalIndicators) need no upload.
 * Judges working stages only: a final record is not a draft.
 */
import { defineRule, docsUrl, WORKING_STAGES, type Entry, type RuleContext } from '../rule.ts';
import { levelItems } from '../../engine/indicator-value.ts';
import type { Evidence, IndicatorDef, IndicatorEntry } from '../../types.ts';
import { supportsLevel } from './internal/evidence.ts';
import { capList } from '../../format/list.ts';
import { itemLabel } from './internal/items.ts';

/** The level every indicator has without evidence (PermenPANRB 59/2020: "belum atau telah tersedia"). */
const FLOOR_LEVEL = 1;

/** Whether some evidence names `level` among the levels it supports. */
function anySupports(evidence: readonly Evidence[], level: number): boolean {
  for (let i = 0; i < evidence.length; i++) if (supportsLevel(evidence[i]!, level)) return true;
  return false;
}

function checkSpbe(ctx: RuleContext, ind: IndicatorDef, e: IndicatorEntry, ptr: string, level: number) {
  if (level <= FLOOR_LEVEL) return;
  const evidence = e.evidence ?? [];
  if (evidence.length === 0) return ctx.report({ pointer: `${ptr}/level`, messageId: 'noEvidence', data: { indicator: ind.number, level } });
  const uncovered: number[] = [];
  for (let L = FLOOR_LEVEL + 1; L <= level; L++) if (!anySupports(evidence, L)) uncovered.push(L);
  if (uncovered.length === 0) return;
  const untagged = evidence.filter((ev) => !ev.levels).length;
  ctx.report({
    pointer: `${ptr}/level`,
    messageId: untagged > 0 ? 'uncoveredUntagged' : 'uncovered',
    data: { indicator: ind.number, level, levels: uncovered.join(', '), untagged },
  });
}

function checkPemdi(ctx: RuleContext, entry: Entry, level: number) {
  const { ind, ptr } = entry;
  if (ctx.framework.pemdi?.externalIndicators.includes(ind.number)) return;
  const { states } = entry.items;
  const missing: string[] = [];
  for (let L = 1; L <= level; L++) {
    levelItems(ind, L).forEach((def, i) => {
      if (!states.has(def.code)) missing.push(itemLabel(ind, ctx.framework.aspects, L, i + 1));
    });
  }
  if (missing.length === 0) return;
  ctx.report({
    pointer: `${ptr}/level`,
    messageId: 'missingItems',
    data: { indicator: ind.number, level, count: missing.length, items: capList(missing) },
  });
}

export default defineRule({
  meta: {
    id: 'level-needs-evidence',
    type: 'problem',
    severity: 'error',
    stages: WORKING_STAGES,
    docs: {
      description: {
        id: 'Tingkat yang dipilih perlu bukti untuk setiap tingkat di atas tingkat 1 sampai tingkat itu (Pemdi: setiap butir tingkat 1 sampai target).',
        en: 'A claimed level needs evidence for every level above 1 up to it (Pemdi: every item of levels 1 to the target).',
      },
      url: docsUrl('level-needs-evidence'),
      source: 'PermenPANRB 59/2020 Lampiran I Bagian E; Pedoman Menteri PANRB 3/2024; Modul Indikator Pemdi (PermenPANRB 8/2026)',
    },
    messages: {
      noEvidence: {
        id: 'Indikator {{indicator}}: tingkat {{level}} dipilih tetapi tidak ada bukti dukung',
        en: 'Indicator {{indicator}}: level {{level}} is claimed but no evidence is attached',
      },
      uncovered: {
        id: 'Indikator {{indicator}}: tingkat {{level}} dipilih tetapi tidak ada bukti untuk tingkat {{levels}}',
        en: 'Indicator {{indicator}}: level {{level}} is claimed but no evidence supports level(s) {{levels}}',
      },
      uncoveredUntagged: {
        id: 'Indikator {{indicator}}: tingkat {{level}} dipilih tetapi tidak ada bukti untuk tingkat {{levels}} ({{untagged}} bukti belum menyebut tingkat yang didukungnya)',
        en: 'Indicator {{indicator}}: level {{level}} is claimed but no evidence supports level(s) {{levels}} ({{untagged}} evidence do not say which levels they support)',
      },
      missingItems: {
        id: 'Indikator {{indicator}}: target tingkat {{level}} tetapi {{count}} butir belum diunggah: {{items}}',
        en: 'Indicator {{indicator}}: target level {{level}} but {{count}} item(s) are not uploaded: {{items}}',
      },
    },
  },
  check(ctx) {
    for (const entry of ctx.entries) {
      const { ind, e, ptr } = entry;
      if (typeof e.level !== 'number') continue;
      if (ctx.framework.itemsPerLevel) checkPemdi(ctx, entry, e.level);
      else checkSpbe(ctx, ind, e, ptr, e.level);
    }
  },
});
