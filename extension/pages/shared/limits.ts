/**
 * What the pages say about sizes and refused writes: a file too large to read
 * is refused before it is read; a write the store refuses leaves everything
 * as it was, and the message says why with the sizes; long lists of problems
 * are cut to a readable few with the count of the rest.
 * @module extension/pages/shared/limits
 */
import type { Locale } from '../../../core/types.ts';
import { formatDecimal } from '../../../core/format/number.ts';
import { StoreError } from '../../store/rpc.ts';
import { MAX_SCOPE_BYTES } from '../../store/limits.ts';
import { t } from '../../i18n.ts';

/** The largest assessment file the Options page reads (a scope is stored in one item of at most this size). */
export const MAX_IMPORT_BYTES = MAX_SCOPE_BYTES;
/** The largest file or pasted text read as last year's result: a report or an API answer is a few hundred kB. */
export const MAX_LAST_BYTES = 2 * 1024 * 1024;
/** How many problem lines a page shows before "and N more". */
export const MAX_LINES = 20;

/** "20,0 MB" / "20.0 MB" */
export function formatBytes(n: number, locale: Locale): string {
  return n >= 1e6 ? `${formatDecimal(n / 1e6, locale, 1)} MB` : `${formatDecimal(n / 1e3, locale, 1)} kB`;
}

/** The first MAX_LINES lines, then one line saying how many more there are. */
export function capLines(lines: readonly string[], locale: Locale, max = MAX_LINES): string[] {
  return lines.length <= max ? [...lines] : [...lines.slice(0, max), t(locale, 'moreLines', { n: lines.length - max })];
}

/** Why a store write failed, in words, ending with "nothing changed". */
export function storeErrorText(e: unknown, locale: Locale): string {
  if (e instanceof StoreError) {
    return e.code === 'tooLarge'
      ? t(locale, 'storeTooLarge', { size: formatBytes(e.bytes, locale), limit: formatBytes(e.limit ?? 0, locale) })
      : e.limit === null
        ? t(locale, 'storeQuotaFull', { size: formatBytes(e.bytes, locale) })
        : t(locale, 'storeQuota', { size: formatBytes(e.bytes, locale), limit: formatBytes(Math.max(0, e.limit), locale) });
  }
  return t(locale, 'storeFailed', { reason: String((e as Error)?.message ?? e) });
}
