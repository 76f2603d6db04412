/**
 * A value typed by hand for a Pemdi external-index indicator (I5, I6, I7,
 * I18): "3", "3,25" or "3.25" (two decimals at most) within 1–5. Returns the
 * number, null for an empty field, or 'invalid'. Used on the portal page and
 * on the preview page alike.
 * @module extension/ui/parse-value
 */
export function parseValue(text: string): number | null | 'invalid' {
  const s = text.trim();
  if (s === '') return null;
  if (!/^\d(?:[.,]\d{1,2})?$/.test(s)) return 'invalid';
  const v = Number(s.replace(',', '.'));
  return v >= 1 && v <= 5 ? v : 'invalid';
}
