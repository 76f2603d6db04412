/**
 * What is typed by hand for a Pemdi external-index indicator (I5, I6, I7,
 * I18): its value, "3", "3,25" or "3.25" (two decimals at most) within 1–5,
 * or its national index's raw score within that index's scale. Each returns
 * the number, null for an empty field, or 'invalid'. Read by the background for the portal page
 * and by the preview page.
 * @module extension/ui/parse-value
 */
import type { ExternalSourceId, Framework, IndicatorEntry } from '../../core/types.ts';
import { externalSourceOf } from '../../core/engine/external.ts';
export function parseValue(text: string): number | null | 'invalid' {
  const s = text.trim();
  if (s === '') return null;
  if (!/^\d(?:[.,]\d{1,2})?$/.test(s)) return 'invalid';
  const v = Number(s.replace(',', '.'));
  return v >= 1 && v <= 5 ? v : 'invalid';
}

/** A national index's raw score typed by hand: up to two decimals, comma or point, within the index's scale. */
export function parseScore(text: string, [min, max]: readonly [number, number]): number | null | 'invalid' {
  const s = text.trim();
  if (s === '') return null;
  if (!/^\d{1,3}(?:[.,]\d{1,2})?$/.test(s)) return 'invalid';
  const v = Number(s.replace(',', '.'));
  return v >= min && v <= max ? v : 'invalid';
}

/**
 * The entry an external-index indicator gets from what was typed for it: the
 * national index's score where core converts it (SDI: `external`, an
 * estimate: core/engine/external.ts), else the value the portal shows
 * (`value`); an empty field clears it. 'invalid' when the text is neither.
 */
export function externalEntry(fw: Framework, indicator: number, entry: IndicatorEntry | undefined, text: string, at: number): IndicatorEntry | 'invalid' {
  const [id, source] = externalSourceOf(fw, fw.indicators[indicator - 1]!) ?? [];
  const byScore = !!source?.conversion;
  const v = byScore ? parseScore(text, source!.scale) : parseValue(text);
  if (v === 'invalid') return 'invalid';
  const next: IndicatorEntry = { ...entry };
  if (byScore) delete next.external; else delete next.value;
  if (v !== null && byScore) next.external = { source: id as ExternalSourceId, score: v, date: new Date(at).toISOString().slice(0, 10) };
  if (v !== null && !byScore) next.value = v;
  return next;
}
