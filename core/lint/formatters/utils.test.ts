import { describe, expect, it } from 'vitest';
import { diag, sample } from './test-data.ts';
import { absolutePath, countOf, countResults, fnv1a64, oneLine, position1, relativePath, sortDiagnostics } from './utils.ts';

describe('counting and plurals', () => {
  it('counts every severity across files', () => {
    expect(countResults(sample)).toEqual({ error: 4, warning: 1, info: 1, total: 6 });
    expect(countResults([])).toEqual({ error: 0, warning: 0, info: 0, total: 0 });
  });

  it.each([
    [1, 'problem', 'id', '1 masalah'], [5, 'problem', 'id', '5 masalah'],
    [1, 'error', 'id', '1 kesalahan'], [0, 'warning', 'id', '0 peringatan'],
    [1, 'problem', 'en', '1 problem'], [2, 'problem', 'en', '2 problems'], [0, 'error', 'en', '0 errors'],
    [1, 'warning', 'en', '1 warning'], [3, 'info', 'en', '3 info'],
  ] as const)('%i %s in %s is "%s"', (n, noun, locale, text) => {
    expect(countOf(n, noun, locale)).toBe(text);
  });
});

describe('sortDiagnostics', () => {
  it('orders by line, column, then severity, rule and pointer, without touching the input', () => {
    const ds = [
      diag('b', 'info', '/x', [3, 1], [3, 2], 'm'),
      diag('a', 'warning', '/y', [3, 1], [3, 2], 'm'),
      diag('a', 'warning', '/a', [3, 1], [3, 2], 'm'),
      diag('z', 'error', '', [0, 9], [0, 10], 'm'),
      diag('c', 'error', '', [3, 0], [3, 1], 'm'),
    ];
    const sorted = sortDiagnostics(ds);
    expect(sorted.map((d) => `${d.ruleId}${d.pointer}`)).toEqual(['z', 'c', 'a/a', 'a/y', 'b/x']);
    expect(ds[0]!.ruleId).toBe('b');
  });
});

describe('positions and text', () => {
  it('converts a 0-based range into 1-based line/column with an exclusive end', () => {
    expect(position1(diag('r', 'error', '', [0, 0], [2, 5], 'm'))).toEqual({ line: 1, column: 1, endLine: 3, endColumn: 6 });
  });
  it('puts a message on one line', () => {
    expect(oneLine(' a\r\nb  c\td ')).toBe('a b c d');
  });
});

describe('paths without node:path', () => {
  it.each([
    ['/work/proj', 'data/a.json', '/work/proj/data/a.json'],
    ['/work/proj/', './data/../a.json', '/work/proj/a.json'],
    ['/work/proj', '/elsewhere/x.json', '/elsewhere/x.json'],
    ['/work/proj', '../../../../x.json', '/x.json'],
    ['C:\\Users\\ani', 'data\\a.json', 'C:/Users/ani/data/a.json'],
    ['c:\\Users\\ani', 'D:\\x.json', 'D:/x.json'],
    ['//server/share', 'a.json', '//server/share/a.json'],
    ['', 'data/a.json', 'data/a.json'],
    ['/work/proj', '<stdin>', '<stdin>'],
  ])('absolutePath(%j, %j) is %j', (cwd, file, abs) => {
    expect(absolutePath(cwd, file)).toBe(abs);
  });

  it.each([
    ['/work/proj', 'data/a.json', 'data/a.json'],
    ['/work/proj', '/work/proj/data/a.json', 'data/a.json'],
    ['/work/proj/', './data//a.json', 'data/a.json'],
    ['/work/proj', '/work/other/a.json', '../other/a.json'],
    ['/work/proj', '/work/project/a.json', '../project/a.json'],
    ['/work/proj/sub', '/work/proj/a.json', '../a.json'],
    ['/', '/a/b.json', 'a/b.json'],
    ['C:\\Work\\Proj', 'c:\\work\\proj\\Data\\a.json', 'Data/a.json'],
    ['C:\\work', 'D:\\x\\a.json', 'D:/x/a.json'],
    ['/Work/Proj', '/work/proj/a.json', '../../work/proj/a.json'],
    ['/work/proj', '/work/proj', '.'],
  ])('relativePath(%j, %j) is %j', (cwd, file, rel) => {
    expect(relativePath(cwd, file)).toBe(rel);
  });
});

describe('fnv1a64', () => {
  // Reference vectors of FNV-1a 64 (Fowler/Noll/Vo test suite).
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('hashes %j to %s', (s, h) => {
    expect(fnv1a64(s)).toBe(h);
  });
  it('hashes the UTF-8 bytes (é is c3 a9), not UTF-16 code units', () => {
    let h = 0xcbf29ce484222325n;
    for (const b of [0xc3, 0xa9]) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
    expect(fnv1a64('é')).toBe(h.toString(16).padStart(16, '0'));
  });
});
