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
import { defineRule, docsUrl, entries } from '../rule.ts';
import { evidenceOf } from './internal/evidence.ts';

const normalUrl = (u: string) => u.trim().replace(/\/+$/, '');

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
    for (const [ind, e, ptr] of entries(ctx)) {
      const seen = new Map<string, number>();
      for (const { e: ev, i, ptr: evPtr } of evidenceOf(e, ptr)) {
        // A revisi upload is the superseded one its replacement answers again.
        if (ev.status === 'revisi') continue;
        // Pemdi takes one upload per item: one document may answer two items.
        const scope = ev.item ?? '';
        const keys = [
          ev.file && { key: `file:${scope}:${ev.file.trim().toLowerCase()}`, pointer: `${evPtr}/file`, messageId: 'sameFile', value: ev.file },
          ev.url && { key: `url:${scope}:${normalUrl(ev.url)}`, pointer: `${evPtr}/url`, messageId: 'sameUrl', value: ev.url },
          ev.item && { key: `item:${ev.item}`, pointer: `${evPtr}/item`, messageId: 'sameItem', value: ev.item },
        ].filter((k) => !!k);
        // One finding per entry: the first thing it repeats.
        const dup = keys.find((k) => seen.has(k.key));
        if (dup) {
          // Evidence numbers in messages are 1-based, as a person counts them.
          const first = seen.get(dup.key)! + 1;
          ctx.report({ pointer: dup.pointer, messageId: dup.messageId, data: { indicator: ind.number, value: dup.value, first } });
        }
        for (const k of keys) if (!seen.has(k.key)) seen.set(k.key, i);
      }
    }
  },
});
