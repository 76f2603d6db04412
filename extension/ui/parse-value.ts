/**
 * What is typed by hand for a Pemdi external-index indicator (I5, I6, I7,
 * I18): its value, "3", "3,25" or "3.25" (two decimals at most) within 1–5,
 * or its national index's raw score within that index's scale. Each returns
 * the number, null for an empty field, or 'invalid'. Used on the portal page
 * and on the preview page alike.
 * @module extension/ui/parse-value
 */
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
