/**
 * A read portal page → the core's IndicatorEntry (core/types.ts), so the
 * engine and the linter see the portal's state exactly as a file would show it.
 * @module extension/portal/to-entry
 */
import type { Evidence, Framework, IndicatorEntry } from '../../core/types.ts';
import { isExternal } from '../../core/engine/indicator-value.ts';
import type { EvalIndicatorPage, TauvalIndicatorPage } from './types.ts';

/**
 * SPBE (PermenPANRB 59/2020): the chosen level, its row's catatan as the
 * explanation, the listed files and links. Empty parts are left out (no level
 * chosen → no `level`), as an unfilled file would leave them out.
 */
export function tauvalEntry(page: TauvalIndicatorPage): IndicatorEntry {
  const entry: IndicatorEntry = {};
  if (page.level !== null) entry.level = page.level;
  if (page.explanation) entry.explanation = page.explanation;
  if (page.evidence.length) entry.evidence = page.evidence.map((e) => ({ ...e }));
  return entry;
}

/**
 * Pemdi (PermenPANRB 8/2026): one evidence per uploaded item,
 * `{ item, file, status?, note? }`. Items without a file are left out (the
 * core counts them as missing); `revisi` stays `revisi`. The note is the
 * assessor's when there is one (it says why), else the agency's upload note.
 */
export function evalEntry(page: EvalIndicatorPage): IndicatorEntry {
  const evidence: Evidence[] = [];
  for (const it of page.items) {
    if (!it.file) continue;
    const e: Evidence = { item: it.code, file: it.file };
    if (it.status) e.status = it.status;
    const note = it.assessorNote || it.note;
    if (note) e.note = note;
    evidence.push(e);
  }
  return evidence.length ? { evidence } : {};
}

export function toEntry(page: TauvalIndicatorPage | EvalIndicatorPage): IndicatorEntry {
  return page.kind === 'tauval-indicator' ? tauvalEntry(page) : evalEntry(page);
}

/**
 * A page's reading of an indicator over what is stored for it: the reading,
 * plus, for a Pemdi external-index indicator (I5, I6, I7, I18), the figure the
 * user typed for it (`value`, or the national index's `external` score:
 * extension/ui/parse-value.ts). The portal page never shows that figure, so
 * reading the page again must not erase it.
 */
export function overStored(fw: Framework, indicator: number, reading: IndicatorEntry, stored: IndicatorEntry | undefined): IndicatorEntry {
  const ind = fw.indicators[indicator - 1];
  if (!stored || !ind || !isExternal(ind)) return reading;
  const { value, external } = stored;
  return { ...reading, ...(value !== undefined && { value }), ...(external && { external }) };
}
