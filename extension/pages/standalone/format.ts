/**
 * Small display helpers of the standalone page.
 * @module extension/pages/standalone/format
 */
import type { Locale } from '../../../core/types.ts';
import { formatDecimal } from '../../../core/format/number.ts';

/** A weight in percent without trailing zeros: "1,3 %", "2,75 %", "15 %". */
export function formatWeight(w: number, locale: Locale): string {
  const s = formatDecimal(w, locale, 2).replace(/[.,]?0+$/, '');
  return `${s} %`;
}
