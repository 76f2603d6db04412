/**
 * @fileoverview The same document attached twice to one indicator: the same
 * file name (case-insensitive) or the same URL (ignoring a trailing slash).
 * One upload already counts for every level it supports ("levels": [2, 3]),
 * and more than one *different* document is welcome ("Data Pendukung dapat
 * disampaikan lebih dari 1 (satu) jenis dokumen", Pedoman Menteri PANRB
 * 3/2024). pemdi-2026: one upload per module item (eval.spbe.go.id), so two
 * entries answering the same item are a duplicate, while one document
 * uploaded for two different items is not; an item is the same whichever
 * form its code is written in (I4-L1-01 or PG_04_01). An entry marked `revisi`
 * is the superseded upload its replacement answers again: it is not compared.
 */
import { defineRule, docsUrl, WORKING_STAGES } from '../rule.ts';
import type { Evidence } from '../../types.ts';
import { evidencePointer } from './internal/evidence.ts';
import { moduleItemOf } from './internal/item-lookup.ts';

/** The URL without surrounding space and trailing slashes. */
function normalUrl(u: string): string {
  const t = u.trim();
  let end = t.length;
  while (end > 0 && t.charCodeAt(end - 1) === 47 /* / */) end--;
  return t.slice(0, end);
}

// What two entries compare on; null when the entry has no such member. A
// revisi upload is the superseded one its replacement answers again, and is
// never compared. Pemdi takes one upload per item, so a file or link repeats
// only within the same item: one document may answer two items.
const fileKey = (ev: Evidence): string | null => (ev.file ? ev.file.trim().toLowerCase() : null);
const urlKey = (ev: Evidence): string | null => (ev.url ? normalUrl(ev.url) : null);
const scopeOf = (ev: Evidence): string => ev.item ?? '';

export type RepeatKind = 'sameFile' | 'sameUrl' | 'sameItem';
/** Entry i repeats entry `first`, the earliest counted entry with the same key; one call per entry, the first kind in this order. */
export type OnRepeat = (i: number, kind: RepeatKind, first: number) => void;

/**
 * The file and link keys of the list being compared, reused from list to list
 * (entries past the current list's length are stale and never read), so
 * comparing allocates only lower-cased names.
 */
const files: (string | null)[] = [];
const urls: (string | null)[] = [];

/**
 * Repeats found by comparing each entry with the ones before it. For the short
 * lists of nearly every indicator (a realistic corpus has 0-35 entries per
 * indicator) this allocates nothing beyond lower-cased names, where the maps
 * below cost three maps per indicator and a key string per entry.
 */
export function repeatsByPairs(evidence: readonly Evidence[], onRepeat: OnRepeat): void {
  for (let i = 0; i < evidence.length; i++) {
    files[i] = fileKey(evidence[i]!);
    urls[i] = urlKey(evidence[i]!);
  }
  for (let i = 1; i < evidence.length; i++) {
    const a = evidence[i]!;
    if (a.status === 'revisi') continue;
    const file = files[i];
    const url = urls[i];
    let fileAt = -1;
    let urlAt = -1;
    let itemAt = -1;
    for (let j = 0; j < i; j++) {
      const b = evidence[j]!;
      if (b.status === 'revisi') continue;
      if (itemAt < 0 && a.item && b.item === a.item) itemAt = j;
      if ((file === null || fileAt >= 0 || files[j] !== file) && (url === null || urlAt >= 0 || urls[j] !== url)) continue;
      if (scopeOf(a) !== scopeOf(b)) continue;
      if (file !== null && fileAt < 0 && files[j] === file) fileAt = j;
      if (url !== null && urlAt < 0 && urls[j] === url) urlAt = j;
    }
    if (fileAt >= 0) onRepeat(i, 'sameFile', fileAt);
    else if (urlAt >= 0) onRepeat(i, 'sameUrl', urlAt);
    else if (itemAt >= 0) onRepeat(i, 'sameItem', itemAt);
  }
}

/** The same repeats through maps of the first entry per key: linear, for long lists. */
export function repeatsByMaps(evidence: readonly Evidence[], onRepeat: OnRepeat): void {
  // One map per kind, so keys need no prefix; item codes hold no ':' (schema), so scope:key is unambiguous.
  const fileFirst = new Map<string, number>();
  const urlFirst = new Map<string, number>();
  const itemFirst = new Map<string, number>();
  for (let i = 0; i < evidence.length; i++) {
    const ev = evidence[i]!;
    if (ev.status === 'revisi') continue;
    const file = fileKey(ev);
    const url = urlKey(ev);
    const fileScoped = file !== null ? `${scopeOf(ev)}:${file}` : null;
    const urlScoped = url !== null ? `${scopeOf(ev)}:${url}` : null;
    const item = ev.item ? ev.item : null;
    const fileAt = fileScoped !== null ? fileFirst.get(fileScoped) : undefined;
    const urlAt = urlScoped !== null ? urlFirst.get(urlScoped) : undefined;
    const itemAt = item !== null ? itemFirst.get(item) : undefined;
    if (fileAt !== undefined) onRepeat(i, 'sameFile', fileAt);
    else if (urlAt !== undefined) onRepeat(i, 'sameUrl', urlAt);
    else if (itemAt !== undefined) onRepeat(i, 'sameItem', itemAt);
    if (fileScoped !== null && fileAt === undefined) fileFirst.set(fileScoped, i);
    if (urlScoped !== null && urlAt === undefined) urlFirst.set(urlScoped, i);
    if (item !== null && itemAt === undefined) itemFirst.set(item, i);
  }
}

/** Up to this many entries, comparing pairs (at most 496 comparisons) beats building maps. */
export const PAIRS_UP_TO = 32;

export default defineRule({
  meta: {
    id: 'duplicate-evidence',
    type: 'suggestion',
    severity: 'warning',
    stages: WORKING_STAGES,
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
    for (const { ind, e, ptr } of ctx.entries) {
      const written = e.evidence ?? [];
      if (written.length < 2) continue;
      // One slot written in both forms (PG_04_01 and I4-L1-01) is one slot: compare module items.
      const evidence = written.some((ev) => ev.item && !ev.item.startsWith('I'))
        ? written.map((ev) => (ev.item ? { ...ev, item: moduleItemOf(ind, ctx.framework.aspects, ev.item) ?? ev.item } : ev))
        : written;
      // Evidence numbers in messages are 1-based, as a person counts them.
      (evidence.length <= PAIRS_UP_TO ? repeatsByPairs : repeatsByMaps)(evidence, (i, kind, first) => {
        const ev = written[i]!;
        const [member, value] = kind === 'sameFile' ? ['file', ev.file!] : kind === 'sameUrl' ? ['url', ev.url!] : ['item', ev.item!];
        ctx.report({ pointer: `${evidencePointer(ptr, i)}/${member}`, messageId: kind, data: { indicator: ind.number, value, first: first + 1 } });
      });
    }
  },
});
