// Hostile and broken input: a diagnostic at the exact place, never a throw.
import { describe, expect, it } from 'vitest';
import { parseJson, MAX_DEPTH } from './parse.ts';
import { decodeBytes } from './decode.ts';
import { LineIndex } from './positions.ts';

const first = (text: string, jsonc = false) => {
  const d = parseJson(text, { jsonc }).diagnostics[0]!;
  return { line: d.range.start.line + 1, col: d.range.start.character + 1, rule: d.ruleId, en: d.message.en };
};

describe('parseJson', () => {
  it('reports a missing comma at its exact line and column', () => {
    expect(first('{\n  "a": 1\n  "b": 2\n}')).toMatchObject({ line: 3, col: 3, rule: 'syntax', en: 'Comma expected' });
  });
  it('reports an empty file', () => {
    expect(first('')).toMatchObject({ line: 1, col: 1, en: expect.stringContaining('empty') });
    expect(first('  \n ')).toMatchObject({ rule: 'syntax' });
  });
  it('rejects comments and trailing commas in .json, accepts them in .jsonc', () => {
    expect(first('{"a": 1 // x\n}')).toMatchObject({ line: 1, col: 9, en: expect.stringContaining('Comments') });
    expect(first('{"a": [1, 2,]\n}')).toMatchObject({ line: 1, col: 12, en: expect.stringContaining('Trailing comma') });
    expect(parseJson('{"a": [1, 2,], // ok\n}', { jsonc: true }).diagnostics).toEqual([]);
  });
  it('reports duplicate keys on the second key, naming the first line', () => {
    const d = parseJson('{\n "a": 1,\n "a": 2\n}', { jsonc: false }).diagnostics;
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ ruleId: 'duplicate-key', pointer: '/a', range: { start: { line: 2, character: 1 } } });
    expect(d[0]!.message.en).toContain('line 2');
  });
  it('the fast path for .json misses no duplicate, even with key-like text inside strings', () => {
    const tricky = '{"a": "he said \\"b\\": yes", "b": {"c": 1, "c": 2}}';
    const d = parseJson(tricky, { jsonc: false }).diagnostics;
    expect(d.map((x) => x.pointer)).toEqual(['/b/c']);
    const clean = parseJson('{"a": "x\\": 1", "b": ["\\"k\\":"]}', { jsonc: false });
    expect(clean.diagnostics).toEqual([]);
    expect(clean.value).toEqual({ a: 'x": 1', b: ['"k":'] });
  });
  it('keeps __proto__ as an own property, never a prototype', () => {
    const p = parseJson('{"__proto__": {"polluted": true}, "a": 1}', { jsonc: false });
    const v = p.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('reads 1e999 as Infinity for the schema to reject, without throwing', () => {
    expect(parseJson('{"v": 1e999}', { jsonc: false }).value).toEqual({ v: Infinity });
  });
  it(`stops at nesting deeper than ${MAX_DEPTH} (100 000 deep) without overflowing the stack`, () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    const d = parseJson(text, { jsonc: false }).diagnostics;
    expect(d).toHaveLength(1);
    expect(d[0]!.range.start.character).toBe(MAX_DEPTH);
  });
});

describe('decodeBytes', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it('strips a UTF-8 BOM', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('{}')]))).toEqual({ ok: true, text: '{}', encoding: 'utf-8-bom' });
  });
  it('decodes UTF-16 with a BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]);
    expect(decodeBytes(le)).toEqual({ ok: true, text: '{}', encoding: 'utf-16le' });
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x7b, 0x00, 0x7d]);
    expect(decodeBytes(be)).toEqual({ ok: true, text: '{}', encoding: 'utf-16be' });
  });
  it('calls invalid UTF-8 and NUL bytes binary', () => {
    expect(decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])).ok).toBe(false);
    expect(decodeBytes(new Uint8Array([0x7b, 0x00, 0x7d])).ok).toBe(false);
  });
});

describe('LineIndex', () => {
  it('counts \\n, \\r\\n and \\r line ends and UTF-16 columns', () => {
    const li = new LineIndex('a\r\nb\rc\n😀x');
    expect(li.positionAt(3)).toEqual({ line: 1, character: 0 });
    expect(li.positionAt(5)).toEqual({ line: 2, character: 0 });
    expect(li.positionAt(9)).toEqual({ line: 3, character: 2 });
  });
});
