import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github, MAX_ANNOTATIONS } from './github.ts';
import { ctxOf, diag, sample } from './test-data.ts';
import type { FileResult } from './types.ts';

describe('github', () => {
  it('prints one workflow command per problem with relative paths, 1-based positions and the rule as title', () => {
    expect(github(sample, ctxOf('id'))).toBe([
      '::warning file=data/a.json,line=1,endLine=1,col=1,endColumn=2,title=encoding::Berkas disimpan sebagai UTF-16LE; simpan sebagai UTF-8 agar terbaca semua alat',
      '::error file=data/a.json,line=3,endLine=3,col=11,endColumn=17,title=schema::Tahun harus bilangan bulat.',
      '::error file=data/a.json,line=10,endLine=10,col=5,endColumn=9,title=unknown-indicator::Indikator "48" tidak ada di spbe-2020',
      '::notice file=data/a.json,line=15,endLine=17,title=evidence-stale::Bukti dukung berumur lebih dari 2 tahun',
      '::error file=data/b c.json,line=6,endLine=6,col=3,endColumn=9,title=duplicate-key::Kunci "year" ganda (pertama di baris 3); parser JSON diam-diam memakai yang terakhir',
      '::error file=data/b c.json,line=12,endLine=12,col=1,endColumn=2,title=syntax::Diharapkan tanda koma ","',
      '',
    ].join('\n'));
  });

  it('leaves columns out of multi-line ranges, as GitHub takes columns only on one line', () => {
    expect(github(sample, ctxOf('en')).split('\n')[3]).toBe('::notice file=data/a.json,line=15,endLine=17,title=evidence-stale::Evidence is more than 2 years old');
  });

  it('escapes data and properties as @actions/core does', () => {
    expect(escapeData('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab: c, d');
    expect(escapeProperty('C:\\x,y%\n')).toBe('C%3A\\x%2Cy%25%0A');
    const odd: FileResult[] = [{ filePath: '/work/proj/a,b:c.json', diagnostics: [diag('schema', 'error', '', [0, 0], [0, 1], '50%\nlagi')] }];
    expect(github(odd, ctxOf('id'))).toBe('::error file=a%2Cb%3Ac.json,line=1,endLine=1,col=1,endColumn=2,title=schema::50%25%0Alagi\n');
  });

  it('takes paths relative to ctx.cwd with forward slashes, Windows included', () => {
    const win: FileResult[] = [{ filePath: 'C:\\proj\\data\\a.json', diagnostics: [diag('schema', 'error', '', [0, 0], [0, 1], 'x')] }];
    expect(github(win, ctxOf('id', { cwd: 'C:\\proj' }))).toMatch(/^::error file=data\/a\.json,/);
  });

  it(`caps annotations at ${MAX_ANNOTATIONS}, keeping errors, then says how many were left out`, () => {
    const many: FileResult[] = [{
      filePath: 'big.json',
      diagnostics: [
        ...Array.from({ length: MAX_ANNOTATIONS + 3 }, (_, i) => diag('w', 'warning', `/w/${i}`, [i, 0], [i, 1], `w${i}`)),
        diag('e', 'error', '/e', [5000, 0], [5000, 1], 'the error'),
        diag('i', 'info', '/i', [0, 0], [0, 1], 'the info'),
      ],
    }];
    const lines = github(many, ctxOf('id')).trimEnd().split('\n');
    expect(lines).toHaveLength(MAX_ANNOTATIONS + 1);
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(1);
    expect(lines.some((l) => l.includes('the info'))).toBe(false);
    expect(lines.at(-1)).toBe(`::notice::5 masalah lain tidak dijadikan anotasi (batas ${MAX_ANNOTATIONS}); lihat keluaran format stylish atau sarif`);
    expect(github(many, ctxOf('en')).trimEnd().split('\n').at(-1)).toBe(`::notice::5 more problems not annotated (limit ${MAX_ANNOTATIONS}); see the stylish or sarif output`);
  });

  it('prints nothing when there is no problem', () => {
    expect(github([{ filePath: 'clean.json', diagnostics: [] }], ctxOf('id'))).toBe('');
  });
});
