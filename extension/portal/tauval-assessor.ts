/**
 * tauval.spbe.go.id assessor views (portals.md A5): Penilaian Dokumen
 * (Tingkat | Kriteria | EM | Capaian), Interviu and Visitasi (EM | DE | Int |
 * Capaian). EM, DE and Int are read-only radios with the earlier levels; the
 * Capaian radio is the assessor's own. The overlay shows them side by side
 * beside the indicator's title; an assessor view belongs to the assessor's
 * work, so nothing on it is filed under the agency's self-assessment.
 * @module extension/portal/tauval-assessor
 */
import type { Recognition } from './types.ts';
import { findTitle, readContext } from './context.ts';
import { reasons } from './reasons.ts';
import { checkedLevel, CRITERIA_HEADERS, criteriaProblem, findCriteriaTable, isAssessorTable, readLevelRows, TAUVAL_INDICATORS } from './tauval.ts';

/** The assessor views (Penilaian Dokumen / Interviu / Visitasi), with the level each column holds. */
export function readTauvalAssessor(doc: Document): Recognition {
  const table = findCriteriaTable(doc);
  if (!table || !isAssessorTable(table)) return { ok: false, reason: table ? reasons.columnsMissing(CRITERIA_HEADERS, ['EM']) : criteriaProblem(doc) };
  const title = findTitle(doc, 'spbe-2020');
  if (!title) return { ok: false, reason: reasons.titleMissing(TAUVAL_INDICATORS) };
  const rows = readLevelRows(table);
  return {
    ok: true,
    page: {
      kind: 'tauval-assessor', context: readContext(doc, 'spbe-2020'), indicator: title.indicator, anchor: title.element,
      em: checkedLevel(rows, 'em'), de: checkedLevel(rows, 'de'), int: checkedLevel(rows, 'int'), capaian: checkedLevel(rows, 'capaian'),
    },
  };
}

export interface AssessorLevels {
  indicator: number | null;
  em: number | null;
  de: number | null;
  int: number | null;
  capaian: number | null;
}

/** The checked level per column of an assessor view (null where absent or unchecked). */
export function readAssessorLevels(doc: Document): AssessorLevels | null {
  const r = readTauvalAssessor(doc);
  if (!r.ok || r.page.kind !== 'tauval-assessor') return null;
  const { indicator, em, de, int, capaian } = r.page;
  return { indicator, em, de, int, capaian };
}
