import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { json } from './json.ts';
import { stylish } from './stylish.ts';
import { ctxOf, diag, eslintLike, sample } from './test-data.ts';
import type { FileResult } from './types.ts';

// ESLint's own stylish formatter (eslint is a devDependency), reached by file
// path because the package's exports do not list it.
const require = createRequire(import.meta.url);
const eslintStylish = require(join(dirname(require.resolve('eslint')), 'cli-engine/formatters/stylish.js')) as
  (results: unknown[], data?: { color?: boolean }) => string;

/**
 * VS Code's `$eslint-stylish` (src/vs/workbench/contrib/tasks/common/problemMatcher.ts):
 * a file line, then looping problem lines; fileLocation "absolute". The first
 * pair is today's, the second the older one quoted in linters-and-extensions.md.
 */
const MATCHERS = [
  { file: /^((?:[a-zA-Z]:)*[./\\]+.*?)$/, problem: /^\s+(\d+):(\d+)\s+(error|warning|info)\s+(.+?)(?:\s\s+(.*))?$/ },
  { file: /^([^\s].*)$/, problem: /^\s+(\d+):(\d+)\s+(error|warning|info)\s+(.*)\s\s+(.*)$/ },
];

function runMatcher(output: string, m: (typeof MATCHERS)[number]) {
  const found: { file: string; line: number; column: number; severity: string; message: string; code: string }[] = [];
  let file: string | undefined;
  for (const line of output.split('\n')) {
    const p = file !== undefined ? m.problem.exec(line) : null;
    if (p) {
      // The older pattern's greedy message keeps the column padding, as it does on ESLint's output.
      found.push({ file: file!, line: Number(p[1]), column: Number(p[2]), severity: p[3]!, message: p[4]!.trimEnd(), code: p[5] ?? '' });
      continue;
    }
    file = m.file.exec(line)?.[1];
  }
  return found;
}

describe('stylish', () => {
  it('prints files, aligned problem rows, the skipped-rules note and an Indonesian summary', () => {
    expect(stylish(sample, ctxOf('id'))).toBe([
      '',
      '/work/proj/data/a.json',
      '   1:1   warning  Berkas disimpan sebagai UTF-16LE; simpan sebagai UTF-8 agar terbaca semua alat  encoding',
      '   3:11  error    Tahun harus bilangan bulat                                                      schema',
      '  10:5   error    Indikator "48" tidak ada di spbe-2020                                           unknown-indicator',
      '  15:7   info     Bukti dukung berumur lebih dari 2 tahun                                         evidence-stale',
      '',
      '/work/proj/data/b c.json',
      '   6:3  error  Kunci "year" ganda (pertama di baris 3); parser JSON diam-diam memakai yang terakhir  duplicate-key',
      // As ESLint prints a parsing error: no rule id.
      '  12:1  error  Diharapkan tanda koma ","',
      '  aturan evaluasi belum dijalankan: perbaiki kesalahan di atas dulu',
      '',
      '\u2716 6 masalah (4 kesalahan, 1 peringatan, 1 info)',
      '',
    ].join('\n'));
  });

  it('speaks English with ctx.locale "en", with English plurals', () => {
    const out = stylish(sample, ctxOf('en'));
    expect(out).toContain('  evaluation rules not run yet: fix the errors above first\n');
    expect(out.endsWith('\u2716 6 problems (4 errors, 1 warning, 1 info)\n')).toBe(true);
    const one: FileResult[] = [{ filePath: 'x.json', diagnostics: [diag('schema', 'error', '', [0, 0], [0, 1], 'x')] }];
    expect(stylish(one, ctxOf('en')).endsWith('\u2716 1 problem (1 error, 0 warnings)\n')).toBe(true);
    expect(stylish(one, ctxOf('id')).endsWith('\u2716 1 masalah (1 kesalahan, 0 peringatan)\n')).toBe(true);
  });

  it('prints nothing when there is no problem', () => {
    expect(stylish([], ctxOf('id'))).toBe('');
    expect(stylish([{ filePath: 'clean.json', diagnostics: [] }], ctxOf('id'))).toBe('');
  });

  it.each([false, true])('is byte-identical to ESLint\'s own stylish formatter (color: %s)', (color) => {
    // ESLint reads our json formatter's output: the same results, ESLint-shaped.
    const eslintResults = JSON.parse(json(eslintLike, ctxOf('en')));
    expect(stylish(eslintLike, ctxOf('en', { color }))).toBe(eslintStylish(eslintResults, { color }));
  });

  it('uses ANSI colours only when ctx.color is set', () => {
    expect(stylish(sample, ctxOf('id'))).not.toContain('\u001b');
    const coloured = stylish(sample, ctxOf('id', { color: true }));
    expect(coloured).toContain('\u001b[34minfo\u001b[39m');
    expect(stripVTControlCharacters(coloured)).toBe(stylish(sample, ctxOf('id')));
  });

  // The older pattern needs a rule id, so it misses a parsing error's row, on ESLint's output too.
  it.each(MATCHERS.map((m, i) => [i === 0 ? 'current' : 'older', m] as const))(
    'is read by the %s $eslint-stylish problem matcher', (name, m) => {
      expect(runMatcher(stylish(sample, ctxOf('id')), m)).toEqual([
        { file: '/work/proj/data/a.json', line: 1, column: 1, severity: 'warning', message: 'Berkas disimpan sebagai UTF-16LE; simpan sebagai UTF-8 agar terbaca semua alat', code: 'encoding' },
        { file: '/work/proj/data/a.json', line: 3, column: 11, severity: 'error', message: 'Tahun harus bilangan bulat', code: 'schema' },
        { file: '/work/proj/data/a.json', line: 10, column: 5, severity: 'error', message: 'Indikator "48" tidak ada di spbe-2020', code: 'unknown-indicator' },
        { file: '/work/proj/data/a.json', line: 15, column: 7, severity: 'info', message: 'Bukti dukung berumur lebih dari 2 tahun', code: 'evidence-stale' },
        { file: '/work/proj/data/b c.json', line: 6, column: 3, severity: 'error', message: 'Kunci "year" ganda (pertama di baris 3); parser JSON diam-diam memakai yang terakhir', code: 'duplicate-key' },
        ...(name === 'current' ? [{ file: '/work/proj/data/b c.json', line: 12, column: 1, severity: 'error', message: 'Diharapkan tanda koma ","', code: '' }] : []),
      ]);
    });

  it('keeps a message with line breaks or double blanks on one line the matcher splits correctly', () => {
    const odd: FileResult[] = [{ filePath: 'x.json', diagnostics: [diag('schema', 'error', '', [0, 0], [0, 1], 'satu\ndua  tiga.')] }];
    const [problem] = runMatcher(stylish(odd, ctxOf('id', { cwd: 'C:\\proj' })), MATCHERS[0]!);
    expect(problem).toEqual({ file: 'C:/proj/x.json', line: 1, column: 1, severity: 'error', message: 'satu dua tiga', code: 'schema' });
  });
});
