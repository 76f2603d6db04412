/**
 * A read portal page → the core's IndicatorEntry (core/types.ts), so the
 * engine and the linter see the portal's state exactly as a file would show it.
 * @module extension/portal/to-entry
 */
import type { Evidence, IndicatorEntry } from '../../core/types.ts';
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
