import { describe, expect, it } from 'vitest';
import { compact } from './compact.ts';
import { ctxOf, diag, sample } from './test-data.ts';
import type { FileResult } from './types.ts';

/**
 * VS Code's `$eslint-compact` pattern (src/vs/workbench/contrib/tasks/common/problemMatcher.ts),
 * also the one in actions/setup-node's eslint-compact.json; fileLocation "absolute".
 */
const ESLINT_COMPACT = /^(.+):\sline\s(\d+),\scol\s(\d+),\s(Error|Warning|Info)\s-\s(.+)\s\((.+)\)$/;

function match(output: string) {
  return output.split('\n').flatMap((line) => {
    const m = ESLINT_COMPACT.exec(line);
    return m ? [{ file: m[1], line: Number(m[2]), column: Number(m[3]), severity: m[4], message: m[5], code: m[6] }] : [];
  });
}

describe('compact', () => {
  it('prints one ESLint-compact line per problem, then the count', () => {
    expect(compact(sample, ctxOf('id'))).toBe([
      '/work/proj/data/a.json: line 1, col 1, Warning - Berkas disimpan sebagai UTF-16LE; simpan sebagai UTF-8 agar terbaca semua alat (encoding)',
      '/work/proj/data/a.json: line 3, col 11, Error - Tahun harus bilangan bulat. (schema)',
      '/work/proj/data/a.json: line 10, col 5, Error - Indikator "48" tidak ada di spbe-2020 (unknown-indicator)',
      '/work/proj/data/a.json: line 15, col 7, Info - Bukti dukung berumur lebih dari 2 tahun (evidence-stale)',
      '/work/proj/data/b c.json: line 6, col 3, Error - Kunci "year" ganda (pertama di baris 3); parser JSON diam-diam memakai yang terakhir (duplicate-key)',
      '/work/proj/data/b c.json: line 12, col 1, Error - Diharapkan tanda koma "," (syntax)',
      '',
      '6 masalah',
      '',
    ].join('\n'));
  });

  it('is parsed by the $eslint-compact problem matcher into file, line, column, severity, message and code', () => {
    expect(match(compact(sample, ctxOf('en')))).toEqual([
      { file: '/work/proj/data/a.json', line: 1, column: 1, severity: 'Warning', message: 'The file is saved as UTF-16LE; save it as UTF-8 so every tool reads it', code: 'encoding' },
      { file: '/work/proj/data/a.json', line: 3, column: 11, severity: 'Error', message: 'Year must be an integer.', code: 'schema' },
      { file: '/work/proj/data/a.json', line: 10, column: 5, severity: 'Error', message: 'Indicator "48" does not exist in spbe-2020', code: 'unknown-indicator' },
      { file: '/work/proj/data/a.json', line: 15, column: 7, severity: 'Info', message: 'Evidence is more than 2 years old', code: 'evidence-stale' },
      { file: '/work/proj/data/b c.json', line: 6, column: 3, severity: 'Error', message: 'Duplicate key "year" (first on line 3); JSON parsers silently keep the last one', code: 'duplicate-key' },
      { file: '/work/proj/data/b c.json', line: 12, column: 1, severity: 'Error', message: 'Comma expected', code: 'syntax' },
    ]);
  });

  it('keeps messages with line breaks and parentheses on one parseable line', () => {
    const odd: FileResult[] = [{ filePath: 'x.json', diagnostics: [diag('schema', 'error', '', [1, 2], [1, 3], 'nilai (a)\nsalah (b)')] }];
    expect(match(compact(odd, ctxOf('id')))).toEqual([
      { file: '/work/proj/x.json', line: 2, column: 3, severity: 'Error', message: 'nilai (a) salah (b)', code: 'schema' },
    ]);
  });

  it('ends with "N problems" in English, singular for one', () => {
    expect(compact(sample, ctxOf('en')).endsWith('\n\n6 problems\n')).toBe(true);
    const one: FileResult[] = [{ filePath: 'x.json', diagnostics: [diag('schema', 'warning', '', [0, 0], [0, 1], 'x')] }];
    expect(compact(one, ctxOf('en')).endsWith('\n\n1 problem\n')).toBe(true);
  });

  it('prints nothing when there is no problem', () => {
    expect(compact([{ filePath: 'clean.json', diagnostics: [] }], ctxOf('en'))).toBe('');
  });
});
