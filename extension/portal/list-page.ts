/**
 * Tauval's Daftar Indikator, read for what it shows of every indicator at
 * once: each indicator's Capaian ("3 - Terdefinisi", or "-" for "Belum
 * diisi"), so one visit gives every level the portal holds. (The Pemdi list
 * shows item counts, not values: extension/portal/types.ts EvalListPage.)
 * Rows are found by header texts and the indicator's number in its own No
 * cell; a row that does not read plainly is left out rather than guessed,
 * and a number seen twice drops the whole list.
 * @module extension/portal/list-page
 */
import type { PortalContext, TauvalListPage, TauvalListRow } from './types.ts';
import { cellAt, column, findTables } from './table.ts';
import { visibleText } from './text.ts';

export const TAUVAL_LIST_COLUMNS = ['No', 'Indikator', 'Capaian'] as const;
const TAUVAL_INDICATORS = 47;

/** "3 - Terdefinisi" / "3" → 3; "-", "–" or empty → null; anything else is not read. */
function levelOf(text: string): number | null | undefined {
  if (/^[-–—]?$/.test(text)) return null;
  const m = /^([1-5])(?:\s*[-–—:.]\s*\S.*)?$/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** Each indicator once, in range; a number seen twice makes the whole list unreliable. */
function unique<T extends { indicator: number }>(rows: T[], max: number): T[] {
  const seen = new Set<number>();
  for (const r of rows) {
    if (r.indicator < 1 || r.indicator > max || seen.has(r.indicator)) return [];
    seen.add(r.indicator);
  }
  return rows;
}

export function readTauvalList(doc: Document, context: PortalContext): TauvalListPage {
  const rows: TauvalListRow[] = [];
  const tables = findTables(doc, TAUVAL_LIST_COLUMNS);
  for (const t of tables) {
    const no = column(t, ['No'])!;
    const capaian = column(t, ['Capaian'])!;
    for (const row of t.body) {
      const n = /^(\d{1,2})$/.exec(visibleText(cellAt(row, no)))?.[1];
      const level = levelOf(visibleText(cellAt(row, capaian)));
      if (!n || level === undefined) continue;
      rows.push({ indicator: Number(n), level });
    }
  }
  return { kind: 'tauval-indicator-list', context, rows: unique(rows, TAUVAL_INDICATORS), anchor: tables[0]?.table ?? null };
}
