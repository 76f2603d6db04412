/**
 * Sample lint results shared by the formatter tests (not shipped: only the
 * *.test.ts files import it). Diagnostics are deliberately out of order.
 * @module core/lint/formatters/test-data
 */
import type { Locale } from '../../types.ts';
import type { Diagnostic, Severity } from '../diagnostic.ts';
import unknownIndicator from '../rules/unknown-indicator.ts';
import type { FileResult, FormatContext } from './types.ts';

/** A diagnostic from 0-based [line, character] pairs. */
export function diag(
  ruleId: string, severity: Severity, pointer: string, start: [number, number], end: [number, number], id: string, en = id,
): Diagnostic {
  return {
    ruleId, severity, pointer, message: { id, en },
    range: { start: { line: start[0], character: start[1] }, end: { line: end[0], character: end[1] } },
  };
}

export const ctxOf = (locale: Locale, extra: Partial<FormatContext> = {}): FormatContext => ({
  locale, cwd: '/work/proj', rules: { 'unknown-indicator': unknownIndicator.meta }, version: '1.2.3', ...extra,
});

export const sample: FileResult[] = [
  {
    filePath: 'data/a.json',
    diagnostics: [
      diag('unknown-indicator', 'error', '/indicators/48', [9, 4], [9, 8], 'Indikator "48" tidak ada di spbe-2020', 'Indicator "48" does not exist in spbe-2020'),
      diag('schema', 'error', '/year', [2, 10], [2, 16], 'Tahun harus bilangan bulat.', 'Year must be an integer.'),
      diag('evidence-stale', 'info', '/indicators/3/evidence/0', [14, 6], [16, 7], 'Bukti dukung berumur lebih dari 2 tahun', 'Evidence is more than 2 years old'),
      diag('encoding', 'warning', '', [0, 0], [0, 1],
        'Berkas disimpan sebagai UTF-16LE; simpan sebagai UTF-8 agar terbaca semua alat',
        'The file is saved as UTF-16LE; save it as UTF-8 so every tool reads it'),
    ],
  },
  { filePath: 'clean.json', diagnostics: [] },
  {
    filePath: 'data/b c.json',
    rulesSkipped: true,
    diagnostics: [
      diag('duplicate-key', 'error', '/year', [5, 2], [5, 8],
        'Kunci "year" ganda (pertama di baris 3); parser JSON diam-diam memakai yang terakhir',
        'Duplicate key "year" (first on line 3); JSON parsers silently keep the last one'),
      diag('syntax', 'error', '', [11, 0], [11, 1], 'Diharapkan tanda koma ","', 'Comma expected'),
    ],
  },
];

/** Only errors and warnings, no skipped rules: what ESLint's own formatters can show too. */
export const eslintLike: FileResult[] = sample.map((r) => ({
  filePath: r.filePath, diagnostics: r.diagnostics.filter((d) => d.severity !== 'info'),
}));
