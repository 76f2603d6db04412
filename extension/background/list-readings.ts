/**
 * The Daftar Indikator page's levels as saved readings. The list shows the
 * level the portal holds for every indicator, so it is as much the portal's
 * saved state as the indicator page itself: a level that differs from the
 * stored one replaces it. What the list does not show is kept: the evidence
 * files (listed per indicator, not per level, portals.md A4) always, the
 * explanation only while the level is the one it was written for (it
 * belongs to that level's row).
 * @module extension/background/list-readings
 */
import type { IndicatorEntry } from '../../core/types.ts';
import type { ListLevel } from '../live/protocol.ts';
import type { Reading } from '../store/writer.ts';

export function listReadings(levels: readonly ListLevel[], stored: Record<string, IndicatorEntry>, at: number): Reading[] {
  const out: Reading[] = [];
  for (const { indicator, level } of levels) {
    const cur = stored[String(indicator)];
    if ((cur?.level ?? null) === level && cur?.value === undefined) continue;
    const entry: IndicatorEntry = {};
    if (level !== null) entry.level = level;
    if (cur?.explanation && cur.level === level) entry.explanation = cur.explanation;
    if (cur?.evidence?.length) entry.evidence = cur.evidence;
    if (!cur && level === null) continue; // nothing known, nothing filled: no record to make
    out.push({ indicator, entry, at, source: 'list' });
  }
  return out;
}
