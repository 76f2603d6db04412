/**
 * @fileoverview A claimed level needs evidence for every level up to it.
 * spbe-2020: level N is reached only when the criteria of levels 1..N are met
 * ("Kriteria tingkat N-1 telah terpenuhi dan ...", PermenPANRB 59/2020
 * Lampiran I Bagian E; Pedoman Menteri PANRB 3/2024 "Kriteria Bukti Dukung"
 * per level), so each level 1..N needs evidence whose `levels` names it.
 * pemdi-2026: the target level N needs every module item of levels 1..N
 * uploaded (Modul Indikator Pemdi; levels are assessed in order, portal note
 * "Dokumen pendukung/evidence terkait belum tersedia dan belum diunggah.").
 * Indicators fed by a national index (pemdi.externalIndicators) need no upload.
 */
import { defineRule, docsUrl, type RuleContext } from '../rule.ts';
import { itemState, levelItems } from '../../engine/indicator-value.ts';
import type { Evidence, IndicatorDef, IndicatorEntry } from '../../types.ts';
import { capList, supportsLevel } from './internal/evidence.ts';

/** Whether some evidence names `level` among the levels it supports. */
function anySupports(evidence: readonly Evidence[], level: number): boolean {
  for (let i = 0; i < evidence.length; i++) if (supportsLevel(evidence[i]!, level)) return true;
  return false;
}

function checkSpbe(ctx: RuleContext, ind: IndicatorDef, e: IndicatorEntry, ptr: string, level: number) {
  const evidence = e.evidence ?? [];
  if (evidence.length === 0) return ctx.report({ pointer: `${ptr}/level`, messageId: 'noEvidence', data: { indicator: ind.number, level } });
  // Lists are built only for a finding: most claimed levels are covered.
  let covered = true;
  for (let L = 1; L <= level && covered; L++) covered = anySupports(evidence, L);
  if (covered) return;
  const uncovered: number[] = [];
  for (let L = 1; L <= level; L++) if (!anySupports(evidence, L)) uncovered.push(L);
  const untagged = evidence.filter((ev) => !ev.levels).length;
  ctx.report({
    pointer: `${ptr}/level`,
    messageId: untagged > 0 ? 'uncoveredUntagged' : 'uncovered',
    data: { indicator: ind.number, level, levels: uncovered.join(', '), untagged },
  });
}

/** The codes of the level's items with no upload (itemState 'missing'), in module order. */
function missingItems(ind: IndicatorDef, evidence: readonly Evidence[] | undefined, level: number): string[] {
  return levelItems(ind, level).filter((def) => itemState(evidence, def.code) === 'missing').map((def) => def.code);
}

/** Whether every item of the level has an upload; missingItems(...).length === 0 without the lists. */
function levelUploaded(ind: IndicatorDef, evidence: readonly Evidence[] | undefined, level: number): boolean {
  const items = levelItems(ind, level);
  for (let i = 0; i < items.length; i++) if (itemState(evidence, items[i]!.code) === 'missing') return false;
  return true;
}

function checkPemdi(ctx: RuleContext, ind: IndicatorDef, e: IndicatorEntry, ptr: string, level: number) {
  if (ctx.framework.pemdi?.externalIndicators.includes(ind.number)) return;
  // The list is built only for a finding: most claimed levels have every item.
  let complete = true;
  for (let L = 1; L <= level && complete; L++) complete = levelUploaded(ind, e.evidence, L);
  if (complete) return;
  const codes: string[] = [];
  for (let L = 1; L <= level; L++) codes.push(...missingItems(ind, e.evidence, L));
  ctx.report({
    pointer: `${ptr}/level`,
    messageId: 'missingItems',
    data: { indicator: ind.number, level, count: codes.length, items: capList(codes) },
  });
}

export default defineRule({
  meta: {
    id: 'level-needs-evidence',
    type: 'problem',
    severity: 'error',
    docs: {
      description: {
        id: 'Tingkat yang dipilih harus didukung bukti untuk setiap tingkat 1 sampai tingkat itu.',
        en: 'A claimed level needs evidence for every level from 1 up to it.',
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
        id: 'Indikator {{indicator}}: tingkat {{level}} dipilih tetapi tidak ada bukti untuk tingkat {{levels}} ({{untagged}} bukti tanpa "levels": sebutkan tingkat yang didukungnya)',
        en: 'Indicator {{indicator}}: level {{level}} is claimed but no evidence supports level(s) {{levels}} ({{untagged}} evidence without "levels": name the levels each supports)',
      },
      missingItems: {
        id: 'Indikator {{indicator}}: target tingkat {{level}} tetapi {{count}} butir belum diunggah: {{items}}',
        en: 'Indicator {{indicator}}: target level {{level}} but {{count}} item(s) are not uploaded: {{items}}',
      },
    },
  },
  check(ctx) {
    for (const { ind, e, ptr } of ctx.entries) {
      if (typeof e.level !== 'number') continue;
      if (ctx.framework.itemsPerLevel) checkPemdi(ctx, ind, e, ptr, e.level);
      else checkSpbe(ctx, ind, e, ptr, e.level);
    }
  },
});
