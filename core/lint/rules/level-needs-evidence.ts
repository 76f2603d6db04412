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
import { itemStates } from '../../engine/indicator-value.ts';
import type { IndicatorDef, IndicatorEntry } from '../../types.ts';
import { capList, supportsLevel } from './internal/evidence.ts';

function checkSpbe(ctx: RuleContext, ind: IndicatorDef, e: IndicatorEntry, ptr: string, level: number) {
  const evidence = e.evidence ?? [];
  const data = { indicator: ind.number, level };
  if (evidence.length === 0) return ctx.report({ pointer: `${ptr}/level`, messageId: 'noEvidence', data });
  const uncovered: number[] = [];
  for (let L = 1; L <= level; L++) if (!evidence.some((ev) => supportsLevel(ev, L))) uncovered.push(L);
  if (uncovered.length === 0) return;
  const untagged = evidence.filter((ev) => !ev.levels).length;
  ctx.report({
    pointer: `${ptr}/level`,
    messageId: untagged > 0 ? 'uncoveredUntagged' : 'uncovered',
    data: { ...data, levels: uncovered.join(', '), untagged },
  });
}

function checkPemdi(ctx: RuleContext, ind: IndicatorDef, e: IndicatorEntry, ptr: string, level: number) {
  if (ctx.framework.pemdi?.externalIndicators.includes(ind.number)) return;
  const missing: string[] = [];
  const stateOf = itemStates(e.evidence);
  for (let L = 1; L <= level; L++) {
    for (const def of ind.levels[String(L)]?.items ?? []) {
      if (stateOf(def.code) === 'missing') missing.push(def.code);
    }
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
