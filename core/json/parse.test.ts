// Hostile and broken input: a diagnostic at the exact place, never a throw.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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
  it('a doubled comma is one finding where a name was expected, not also a trailing comma', () => {
    const d = parseJson('{"a": { "level": 3,, }\n}', { jsonc: false }).diagnostics;
    expect(d.map((x) => x.message.en)).toEqual(['Property name expected (in double quotes)']);
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
  // The fast path counts colons; these are the texts where a count could go wrong.
  const duplicates: [string, string, string[]][] = [
    ['values holding colons', '{"a": "x:y", "b": "http://z", "a": "p:q:r"}', ['/a']],
    ['a colon written as \\u003a (one colon fewer in the text)', '{"a": 1, "b": "x", "a": "\\u003a"}', ['/a']],
    ['\\u003A in a key beside a colon in a key', '{"a\\u003A": 1, "a:": 2}', ['/a:']],
    ['an escaped backslash before u003a (no escape)', '{"a": "\\\\u003a", "a": 1}', ['/a']],
    ['keys holding escaped quotes', '{"a\\"b": 1, "c": "\\":", "a\\"b": 2}', ['/a"b']],
    ['keys holding colons', '{"k:": {"x": 1}, "k:": 2}', ['/k:']],
    ['"__proto__" twice', '{"__proto__": 1, "__proto__": {"a": ":"}}', ['/__proto__']],
    ['a duplicate losing a subtree full of colons', '{"a": {"u": "a:b:c:d", "v:": [":", ":"]}, "a": 1, "b": {"c": "::", "c": "::"}}', ['/a', '/b/c']],
    ['whitespace between key and colon', '{"a" \n :\t1, "a"\r\n: 2}', ['/a']],
  ];
  it.each(duplicates)('finds every duplicate key: %s', (_, text, pointers) => {
    expect(JSON.parse(text)).toBeTruthy();
    const d = parseJson(text, { jsonc: false }).diagnostics;
    expect(d.map((x) => x.ruleId)).toEqual(pointers.map(() => 'duplicate-key'));
    expect(d.map((x) => x.pointer)).toEqual(pointers);
  });
  const clean = ['"a:b"', '[":", {"x:": "\\u003a"}]', '{"a": "\\u003a:", "b": "\\":\\""}', '{"a:b": {"c": "d:e"}, "c": "a:b"}', '{"__proto__": ":"}'];
  it.each(clean)('finds no duplicate where there is none: %s', (text) => {
    const p = parseJson(text, { jsonc: false });
    expect(p.diagnostics).toEqual([]);
    expect(p.value).toEqual(JSON.parse(text));
  });
  it('the fast path agrees with the exact path on generated texts with colons, quotes and escapes', () => {
    const str = fc.stringMatching(/^(?:[a-c:"\\ ]|\\u003[aA])*$/, { maxLength: 8 }).map((s) => JSON.stringify(s));
    const escaped = fc.constantFrom('"\\u003a"', '"\\u003A"', '"x\\u003ay"', '"\\\\u003a"');
    const key = fc.oneof(str, escaped, fc.constantFrom('"a"', '"a:"', '"__proto__"'));
    const { json } = fc.letrec<{ json: string; obj: string; arr: string }>((tie) => ({
      json: fc.oneof({ depthSize: 'small' }, str, escaped, fc.constantFrom('1', 'null', 'true'), tie('obj'), tie('arr')),
      // Keys drawn from a small set, so members repeat often.
      obj: fc.array(fc.tuple(key, tie('json')), { maxLength: 4 }).map((ms) => `{${ms.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
      arr: fc.array(tie('json'), { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`),
    }));
    fc.assert(fc.property(json, (text) => {
      // The .jsonc path never takes the fast path, and reads strict JSON alike.
      const exact = parseJson(text, { jsonc: true });
      const fast = parseJson(text, { jsonc: false });
      expect(fast.diagnostics).toEqual(exact.diagnostics);
      expect(fast.value).toEqual(exact.value);
    }), { numRuns: 2000 });
  });
  it('stays exact when a script made a member of Object.prototype enumerable', () => {
    // One inherited key per object: counted, it would make up for the key written twice.
    Object.defineProperty(Object.prototype, 'added', { value: 1, enumerable: true, configurable: true, writable: true });
    try {
      expect(parseJson('{"a": 1, "a": 2}', { jsonc: false }).diagnostics.map((d) => d.pointer)).toEqual(['/a']);
      const clean = parseJson('{"a": 1, "b": {"c": ":"}}', { jsonc: false });
      expect(clean.diagnostics).toEqual([]);
      expect(clean.value).toEqual({ a: 1, b: { c: ':' } });
    } finally {
      delete (Object.prototype as Record<string, unknown>).added;
    }
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
