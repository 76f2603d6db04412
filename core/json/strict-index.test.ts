// The strict-JSON index finds, for every pointer, what walking jsonc-parser's tree finds.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonText } from './json-text.arbitrary.ts';
import { readFileSync } from 'node:fs';
import { parseTree, type Node } from 'jsonc-parser';
import { StrictJsonIndex } from './strict-index.ts';
import { keyOf, nodeAt } from './tree.ts';

/** What nodeAt and keyOf give on parseTree's tree, in the index's shape. */
function byTree(tree: Node, segments: string[]) {
  const node = nodeAt(tree, segments);
  if (!node) return undefined;
  const key = keyOf(node);
  return { type: node.type, offset: node.offset, length: node.length, ...(key && { key: { offset: key.offset, length: key.length } }) };
}

/** Every pointer into the value, and some that lead nowhere or read oddly as array indices. */
function pointersOf(value: unknown, prefix: string[] = []): string[][] {
  const out = [prefix, [...prefix, 'missing'], [...prefix, '0'], [...prefix, '01'], [...prefix, ''], [...prefix, '-0'], [...prefix, '1.5'], [...prefix, ' 1']];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pointersOf(v, [...prefix, String(i)])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pointersOf(v, [...prefix, k]));
  return out;
}

const sameAnswers = (text: string) => {
  const tree = parseTree(text, [], { allowTrailingComma: false, disallowComments: true })!;
  const index = new StrictJsonIndex(text);
  for (const p of pointersOf(JSON.parse(text))) expect(index.locate(p), `${text} at /${p.join('/')}`).toEqual(byTree(tree, p));
};

describe('StrictJsonIndex', () => {
  it.each([
    '{}', '[]', '""', '0', '-0', 'true', 'false', 'null', ' \r\n\t{ "a" :\t[ 1 , -2.5e+3 , {"b": [[], {}]} ] } \n',
    '{"a\\"b": "c\\\\", "\\u0061": {"x": "\\"}"}, "a": [1], "k]": "[{"}',
    '{"a\\"b": "c\\\\", "\\u00e9\\ud83d\\ude00": ["\\/\\b\\f\\n\\r\\t", "\\\\\\""]}',
    '[[[]], {"": {"": 1}}, 12345678901234567890, 1e999, false]',
  ])('answers as the tree on %s', (text) => sameAnswers(text));

  it('answers as the tree on containers large enough to get a member table (arrays and objects, escaped keys, nesting)', () => {
    const big = [...Array(300)].map((_, i) => (i % 3 === 0 ? { [`k${i}`]: [i, { x: 'a"b' }] } : i % 3 === 1 ? [i, [i]] : `s${i}`));
    const keys = Object.fromEntries([...Array(200)].map((_, i) => [i % 7 === 0 ? `é\u0000"${i}` : `key${i}`, i % 2 ? { v: [i] } : i]));
    sameAnswers(JSON.stringify({ a: big, o: keys, tail: [1] }));
    sameAnswers(JSON.stringify({ a: big, o: keys }, null, 2).replace(/"key1"/, '"\\u006bey1"'));
    // Asked out of order and again: the table answers what the walk would.
    const text = JSON.stringify(big);
    const index = new StrictJsonIndex(text);
    const tree = parseTree(text)!;
    for (const i of [299, 0, 150, 63, 64, 65, 299, 300, 1000]) expect(index.locate([String(i)])).toEqual(byTree(tree, [String(i)]));
  });

  it('answers as the tree on real assessments, at every pointer', () => {
    for (const f of ['examples/kota-contoh-spbe-2025.json', 'examples/kota-contoh-pemdi-2026.json']) {
      const text = readFileSync(f, 'utf8');
      const tree = parseTree(text)!;
      const index = new StrictJsonIndex(text);
      for (const p of pointersOf(JSON.parse(text))) expect(index.locate(p)).toEqual(byTree(tree, p));
    }
  });

  it('answers as the tree on generated JSON with any spacing, escapes, numbers and brackets in strings', () => {
    const str = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'b', '"', '\\', '{', '}', '[', ']', ',', ':', 'é'), maxLength: 4 }).map((s) => JSON.stringify(s)),
      fc.string({ unit: 'binary', maxLength: 6 }).map((s) => JSON.stringify(s)),
      fc.constantFrom('"\\u0061"', '"\\"\\\\"', '"a\\\\"', '"\\ud800"', '"\\/"', '"0"', '"1"'),
    );
    const num = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => JSON.stringify(d)), fc.constantFrom('0', '-0', '1.5', '-12', '1e999', '1e-7', '0.5E+10'));
    fc.assert(fc.property(jsonText(str, num), (text) => {
      JSON.parse(text);
      sameAnswers(text);
    }), { numRuns: 2000 });
  });
});
