/**
 * @fileoverview The same document attached twice to one indicator: the same
 * file name (case-insensitive) or the same URL (ignoring a trailing slash).
 * One upload already counts for every level it supports ("levels": [2, 3]),
 * and more than one *different* document is welcome ("Data Pendukung dapat
 * disampaikan lebih dari 1 (satu) jenis dokumen", Pedoman Menteri PANRB
 * 3/2024). pemdi-2026: one upload per module item (eval.spbe.go.id), so two
 * entries answering the same item are a duplicate, while one document
 * uploaded for two different items is not. An entry marked `revisi`
 * is the superseded upload its replacement answers again: it is not compared.
 */
import { defineRule, docsUrl } from '../rule.ts';
import { evidencePointer } from './internal/evidence.ts';

/** The URL without surrounding space and trailing slashes. */
function normalUrl(u: string): string {
  const t = u.trim();
  let end = t.length;
  while (end > 0 && t.charCodeAt(end - 1) === 47 /* / */) end--;
  return t.slice(0, end);
}

export default defineRule({
  meta: {
    id: 'duplicate-evidence',
    type: 'suggestion',
    severity: 'warning',
    docs: {
      description: {
        id: 'Berkas, tautan, atau butir yang sama dilampirkan dua kali pada satu indikator.',
        en: 'The same file, link or item attached twice to one indicator.',
      },
      url: docsUrl('duplicate-evidence'),
      source: 'Pedoman Menteri PANRB 3/2024; eval.spbe.go.id (satu unggahan per butir)',
    },
    messages: {
      sameFile: {
        id: 'Indikator {{indicator}}: berkas "{{value}}" sudah dilampirkan pada bukti #{{first}}',
        en: 'Indicator {{indicator}}: file "{{value}}" is already attached as evidence #{{first}}',
      },
      sameUrl: {
        id: 'Indikator {{indicator}}: tautan "{{value}}" sudah dilampirkan pada bukti #{{first}}',
        en: 'Indicator {{indicator}}: link "{{value}}" is already attached as evidence #{{first}}',
      },
      sameItem: {
        id: 'Indikator {{indicator}}: butir {{value}} sudah dijawab oleh bukti #{{first}}; satu unggahan per butir',
        en: 'Indicator {{indicator}}: item {{value}} is already answered by evidence #{{first}}; one upload per item',
      },
    },
  },
  check(ctx) {
    // Evidence numbers in messages are 1-based, as a person counts them.
    const report = (pointer: string, messageId: string, indicator: number, value: string, firstIndex: number) =>
      ctx.report({ pointer, messageId, data: { indicator, value, first: firstIndex + 1 } });
    for (const { ind, e, ptr } of ctx.entries) {
      const evidence = e.evidence ?? [];
      // The first entry holding each file, link and item; one map per kind, so keys need no prefix.
      const files = new Map<string, number>();
      const urls = new Map<string, number>();
      const items = new Map<string, number>();
      for (let i = 0; i < evidence.length; i++) {
        const ev = evidence[i]!;
        // A revisi upload is the superseded one its replacement answers again.
        if (ev.status === 'revisi') continue;
        // Pemdi takes one upload per item: one document may answer two items.
        const scope = ev.item ?? '';
        // null when the entry has no such member.
        const fileKey = ev.file ? `${scope}:${ev.file.trim().toLowerCase()}` : null;
        const urlKey = ev.url ? `${scope}:${normalUrl(ev.url)}` : null;
        const itemKey = ev.item ? `${ev.item}` : null;
        // The earlier entries holding the same file, link or item.
        const fileAt = fileKey !== null ? files.get(fileKey) : undefined;
        const urlAt = urlKey !== null ? urls.get(urlKey) : undefined;
        const itemAt = itemKey !== null ? items.get(itemKey) : undefined;
        // One finding per entry: the first thing it repeats, in this order.
        if (fileAt !== undefined) report(`${evidencePointer(ptr, i)}/file`, 'sameFile', ind.number, ev.file!, fileAt);
        else if (urlAt !== undefined) report(`${evidencePointer(ptr, i)}/url`, 'sameUrl', ind.number, ev.url!, urlAt);
        else if (itemAt !== undefined) report(`${evidencePointer(ptr, i)}/item`, 'sameItem', ind.number, ev.item!, itemAt);
        // The first entry holding a key counts as the original.
        if (fileKey !== null && fileAt === undefined) files.set(fileKey, i);
        if (urlKey !== null && urlAt === undefined) urls.set(urlKey, i);
        if (itemKey !== null && itemAt === undefined) items.set(itemKey, i);
      }
    }
  },
});
