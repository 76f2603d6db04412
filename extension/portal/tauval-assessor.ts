/**
 * tauval.spbe.go.id assessor views (portals.md A5): Penilaian Dokumen
 * (Tingkat | Kriteria | EM | Capaian), Interviu and Visitasi (EM | DE | Int |
 * Capaian). EM, DE and Int are read-only radios with the earlier levels.
 * @module extension/portal/tauval-assessor
 */
import type { Recognition } from './types.ts';
import { findTitle, readContext } from './context.ts';
import { reasons } from './reasons.ts';
import { checkedLevel, CRITERIA_HEADERS, criteriaProblem, findCriteriaTable, isAssessorTable, readLevelRows, TAUVAL_INDICATORS } from './tauval.ts';

/** The assessor views (Penilaian Dokumen / Interviu / Visitasi): recognised with their context. */
export function readTauvalAssessor(doc: Document): Recognition {
  const table = findCriteriaTable(doc);
  if (!table || !isAssessorTable(table)) return { ok: false, reason: table ? reasons.columnsMissing(CRITERIA_HEADERS, ['EM']) : criteriaProblem(doc) };
  if (!findTitle(doc, 'spbe-2020')) return { ok: false, reason: reasons.titleMissing(TAUVAL_INDICATORS) };
  return { ok: true, page: { kind: 'tauval-assessor', context: readContext(doc, 'spbe-2020') } };
}

export interface AssessorLevels {
  indicator: number | null;
  /** Self-assessment (EM), document (DE) and interview (Int) levels, and the assessor's Capaian. */
  em: number | null;
  de: number | null;
  int: number | null;
  capaian: number | null;
}

/** The checked level per column of an assessor view (null where absent or unchecked). */
export function readAssessorLevels(doc: Document): AssessorLevels | null {
  const table = findCriteriaTable(doc);
  if (!table || !isAssessorTable(table)) return null;
  const rows = readLevelRows(table);
  return {
    indicator: findTitle(doc, 'spbe-2020')?.indicator ?? null,
    em: checkedLevel(rows, 'em'),
    de: checkedLevel(rows, 'de'),
    int: checkedLevel(rows, 'int'),
    capaian: checkedLevel(rows, 'capaian'),
  };
}
