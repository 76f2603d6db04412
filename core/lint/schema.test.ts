// Schema errors placed where VS Code places them (linters-and-extensions.md §2).
import { describe, expect, it } from 'vitest';
import { parseJson } from '../json/parse.ts';
import { schemaDiagnostics } from './schema.ts';

const base = { framework: 'spbe-2020', year: 2025, agency: { name: 'Pemerintah Kota Contoh' }, stage: 'mandiri', indicators: {} };
const check = (doc: unknown) => {
  const text = typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2);
  return schemaDiagnostics(parseJson(text, { jsonc: false })).map((d) => ({
    at: `${d.range.start.line + 1}:${d.range.start.character + 1}`,
    text: text.split('\n')[d.range.start.line]!.slice(d.range.start.character, d.range.end.line === d.range.start.line ? d.range.end.character : undefined),
    rule: d.ruleId, pointer: d.pointer, en: d.message.en,
  }));
};

describe('schemaDiagnostics placement', () => {
  it('accepts a valid assessment', () => {
    expect(check(base)).toEqual([]);
  });
  it('missing property at the root: the first "{"', () => {
    const doc: Record<string, unknown> = { ...base };
    delete doc.stage;
    expect(check(doc)).toEqual([expect.objectContaining({ at: '1:1', text: '{', pointer: '/stage', en: expect.stringContaining('"stage"') })]);
  });
  it('missing property deeper: on the parent property key', () => {
    const [d] = check({ ...base, agency: {} });
    expect(d).toMatchObject({ text: '"agency"', pointer: '/agency/name' });
  });
  it('unexpected property: on its key, naming it', () => {
    const [d] = check({ ...base, indicators: { 1: { level: 2, levle: 3 } } });
    expect(d).toMatchObject({ text: '"levle"', en: expect.stringContaining('"levle"') });
  });
  it('file-or-url: one combined message, not one per anyOf branch', () => {
    const ds = check({ ...base, indicators: { 1: { level: 2, evidence: [{ title: 'x', levels: [1] }] } } });
    expect(ds).toHaveLength(1);
    expect(ds[0]!.en).toBe('Needs one of "file" or "url"');
  });
  it('an indicator the framework lacks is left to the unknown-indicator rule', () => {
    expect(check({ ...base, indicators: { 48: { level: 2 } } })).toEqual([]);
    expect(check({ ...base, framework: 'pemdi-2026', year: 2026, indicators: { 21: {} } })).toEqual([]);
  });
  it('value errors on the value: level out of range, level as a string, invalid date', () => {
    const ds = check({ ...base, indicators: { 1: { level: 7 }, 2: { level: '2' }, 3: { evidence: [{ file: 'a.pdf', levels: [1], date: '2024-02-30' }] } } });
    expect(ds.map((d) => d.text)).toEqual(['7', '"2"', '"2024-02-30"']);
  });
  it('a date written as YYYY-MM-DD that is no day of the calendar says so; one written otherwise asks for the form', () => {
    const ds = check({ ...base, indicators: { 3: { evidence: [{ file: 'a.pdf', levels: [1], date: '2026-02-30' }, { file: 'b.pdf', levels: [1], date: '30-02-2026' }] } } });
    expect(ds.map((d) => d.en)).toEqual(['The date 2026-02-30 does not exist; check its month and day', 'Invalid date; write YYYY-MM-DD (e.g. 2024-05-10)']);
  });
  it('framework-specific fields: levels is not a Pemdi field, item not an SPBE one', () => {
    const [p] = check({ ...base, framework: 'pemdi-2026', year: 2026, indicators: { 1: { evidence: [{ file: 'I1-L1-01.pdf', levels: [1] }] } } });
    expect(p).toMatchObject({ text: '"levels"' });
    const [s] = check({ ...base, indicators: { 1: { evidence: [{ file: 'a.pdf', item: 'I1-L1-01' }] } } });
    expect(s).toMatchObject({ text: '"item"' });
  });
  it('years outside the framework: spbe-2020 ran 2021-2025, pemdi-2026 from 2026', () => {
    expect(check({ ...base, year: 2026 })[0]).toMatchObject({ text: '2026', en: expect.stringContaining('must be at most 2025') });
    expect(check({ ...base, framework: 'pemdi-2026', year: 2025 })[0]).toMatchObject({ text: '2025' });
  });
  it('a spbe-2020 value must be a level (integer)', () => {
    expect(check({ ...base, indicators: { 1: { value: 2.5 } } })[0]).toMatchObject({ text: '2.5' });
  });
  it('reports each problem once', () => {
    const ds = check({ ...base, stage: 'draft', indicators: { 1: { level: 0 } } });
    expect(new Set(ds.map((d) => d.at + d.en)).size).toBe(ds.length);
    expect(ds).toHaveLength(2);
  });
});

describe('schema messages in an evaluator\'s words', () => {
  const messages = (a: unknown) => schemaDiagnostics(parseJson(JSON.stringify(a, null, 2), { jsonc: false })).map((d) => d.message);
  const spbeFile = { framework: 'spbe-2020', year: 2025, agency: { name: 'Kota Contoh' }, stage: 'mandiri' };
  it('"2,5" where a level value is a whole number: one finding, not a second that suggests 2.5', () => {
    const m = messages({ ...spbeFile, indicators: { 1: { value: '2,5' } } });
    expect(m).toHaveLength(1);
    expect(m[0]!.id).toBe('Nilai indikator harus berupa bilangan bulat (mis. 3, tanpa tanda kutip)');
  });
  it('bounds in words, with the decimal comma, and no field names', () => {
    const m = messages({ ...spbeFile, indicators: { 1: { level: 6 } } });
    expect(m.map((x) => x.id)).toEqual(['Tingkat harus paling tinggi 5']);
    expect(m[0]!.en).toBe('The level must be at most 5');
  });
});
