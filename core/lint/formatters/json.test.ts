import { describe, expect, it } from 'vitest';
import { json } from './json.ts';
import { ctxOf, sample } from './test-data.ts';

describe('json', () => {
  const out = json(sample, ctxOf('id'));
  const parsed = JSON.parse(out);

  it('is one line of JSON ending with a newline, one entry per file (clean ones too)', () => {
    expect(out.endsWith(']\n')).toBe(true);
    expect(out.trimEnd()).not.toContain('\n');
    expect(parsed.map((r: { filePath: string }) => r.filePath)).toEqual(['/work/proj/data/a.json', '/work/proj/clean.json', '/work/proj/data/b c.json']);
  });

  it('has ESLint\'s LintResult fields and counts; info counts as a warning (severity 1)', () => {
    expect(parsed[0]).toMatchObject({
      errorCount: 2, warningCount: 2, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0,
      suppressedMessages: [], usedDeprecatedRules: [],
    });
    expect(parsed[1]).toEqual({
      filePath: '/work/proj/clean.json', messages: [], suppressedMessages: [], errorCount: 0, fatalErrorCount: 0,
      warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [],
    });
    expect(parsed[0].rulesSkipped).toBeUndefined();
    expect(parsed[2].rulesSkipped).toBe(true);
  });

  it('gives each message ESLint\'s fields (1-based, exclusive end) plus pointer and level, in position order', () => {
    expect(parsed[0].messages).toEqual([
      { ruleId: 'encoding', severity: 1, message: 'Berkas disimpan sebagai UTF-16LE; simpan sebagai UTF-8 agar terbaca semua alat', line: 1, column: 1, endLine: 1, endColumn: 2, pointer: '', level: 'warning' },
      { ruleId: 'schema', severity: 2, message: 'Tahun harus bilangan bulat.', line: 3, column: 11, endLine: 3, endColumn: 17, pointer: '/year', level: 'error' },
      { ruleId: 'unknown-indicator', severity: 2, message: 'Indikator "48" tidak ada di spbe-2020', line: 10, column: 5, endLine: 10, endColumn: 9, pointer: '/indicators/48', level: 'error' },
      { ruleId: 'evidence-stale', severity: 1, message: 'Bukti dukung berumur lebih dari 2 tahun', line: 15, column: 7, endLine: 17, endColumn: 8, pointer: '/indicators/3/evidence/0', level: 'info' },
    ]);
  });

  it('writes messages in ctx.locale', () => {
    expect(JSON.parse(json(sample, ctxOf('en')))[2].messages[1].message).toBe('Comma expected');
  });

  it('prints an empty array for no files', () => {
    expect(json([], ctxOf('en'))).toBe('[]\n');
  });
});
