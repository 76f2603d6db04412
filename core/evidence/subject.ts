/**
 * What a file is evidence for: the indicator, the Pemdi module item, the
 * agency, and what the assessment says of it (kind, date). The CLI makes one
 * per cited file from the assessment; the extension makes one for a file
 * picked in an upload input, from the portal row the input sits in.
 * @module core/evidence/subject
 */
import type { AspectDef, Assessment, Evidence, EvidenceItemDef, Framework, IndicatorDef } from '../types.ts';
import { resolveItemCode } from '../frameworks/item-codes.ts';
import { itemLabel } from '../lint/rules/internal/items.ts';

export interface EvidenceSubject {
  framework: Framework;
  indicator: IndicatorDef;
  /** The module item the file answers (Pemdi), or null (spbe-2020; no item or an unknown code). */
  item: EvidenceItemDef | null;
  /** The item as messages name it, "I9-L1-01" with the portal's code beside it where known. */
  itemLabel: string | null;
  agency: Assessment['agency'];
  kind?: Evidence['kind'];
  date?: string;
  /** The file's name as cited or picked. */
  file: string;
}

/** The module item an item code names under this indicator, with its label; nulls when it names none. */
export function itemOf(ind: IndicatorDef, aspects: readonly AspectDef[], code: string | undefined): Pick<EvidenceSubject, 'item' | 'itemLabel'> {
  if (!code) return { item: null, itemLabel: null };
  const r = resolveItemCode(ind, aspects, code);
  return r.ok ? { item: r.def, itemLabel: itemLabel(ind, aspects, r.level, r.position) } : { item: null, itemLabel: null };
}

/** The subject of one cited evidence entry of an assessment. */
export function subjectOf(a: Assessment, fw: Framework, ind: IndicatorDef, ev: Evidence): EvidenceSubject {
  return { framework: fw, indicator: ind, ...itemOf(ind, fw.aspects, ev.item), agency: a.agency, kind: ev.kind, date: ev.date, file: (ev.file ?? '').trim() };
}
