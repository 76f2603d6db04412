/**
 * Whether two files were given to `spbe compare` in their order: two file
 * names on a command line are easily swapped. The CLI adds this note to the
 * comparison; the content script (60 kB budget) does not carry it.
 * @module core/compare/order-note
 */
import type { Message } from '../lint/diagnostic.ts';

/**
 * A note when "last year" is not older than "this year": the two files given
 * the other way round turn a year's progress into a drop, with no other sign.
 */
export function orderNote(lastYear: number | null, currentYear: number): Message[] {
  if (lastYear === null || lastYear < currentYear) return [];
  return [{
    id: `Berkas tahun lalu (${lastYear}) tidak lebih tua dari berkas tahun ini (${currentYear}); periksa urutannya: hasil tahun lalu dulu, lalu berkas tahun ini`,
    en: `Last year's file (${lastYear}) is not older than this year's (${currentYear}); check the order: last year's result first, then this year's file`,
  }];
}
