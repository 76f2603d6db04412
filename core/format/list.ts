/**
 * Lists as messages and reports show them, the same in both languages.
 * @module core/format/list
 */

/** At most `max` entries joined with ", ", then "… (+n)": readable in both languages. */
export function capList(values: readonly (string | number)[], max = 6): string {
  const shown = values.slice(0, max).join(', ');
  return values.length > max ? `${shown}, … (+${values.length - max})` : shown;
}

/** Sorted numbers as ranges: [1,2,3,5,7,8] → "1-3, 5, 7-8". */
export function formatRanges(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i]! + 1) i++;
    parts.push(start === sorted[i] ? String(start) : `${start}-${sorted[i]}`);
  }
  return parts.join(', ');
}
