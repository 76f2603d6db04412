// The tree built for strict JSON is jsonc-parser's, node for node.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonText } from './json-text.arbitrary.ts';
import { readFileSync } from 'node:fs';
import { parseTree, type Node } from 'jsonc-parser';
import { strictJsonTree } from './strict-tree.ts';

/** A node without its parent link (which would make the comparison circular), the link checked instead. */
function plain(node: Node, parent?: Node): unknown {
  expect(node.parent).toBe(parent);
  const { children, ...rest } = node;
  delete (rest as { parent?: Node }).parent;
  return { ...rest, ...(children ? { children: children.map((c) => plain(c, node)) } : {}) };
}

const sameTree = (text: string) => {
  const expected = parseTree(text, [], { allowTrailingComma: false, disallowComments: true })!;
  const actual = strictJsonTree(text);
  expect('parent' in actual).toBe('parent' in expected);
  expect(plain(actual)).toEqual(plain(expected));
};

describe('strictJsonTree', () => {
  it.each([
    '{}', '[]', '""', '0', '-0', 'true', 'false', 'null', ' \r\n\t{ "a" :\t[ 1 , -2.5e+3 , 1E-7 ] } \n',
    '{"a\\"b": "c\\\\", "\\u00e9\\ud83d\\ude00": ["\\/\\b\\f\\n\\r\\t", "\\\\\\""]}', '[[[]], {"": {}}, 12345678901234567890, 1e999]',
  ])('matches parseTree on %s', (text) => sameTree(text));

  it('matches parseTree on real assessments', () => {
    for (const f of ['examples/kota-contoh-spbe-2025.json', 'examples/kota-contoh-pemdi-2026.json']) sameTree(readFileSync(f, 'utf8'));
  });

  it('matches parseTree on generated JSON with any spacing, escapes and numbers', () => {
    const str = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 6 }).map((s) => JSON.stringify(s)),
      fc.constantFrom('"\\u0041"', '"\\"\\\\"', '"a\\\\"', '"\\ud800"', '"\\/"'),
    );
    const num = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => JSON.stringify(d)), fc.constantFrom('-0', '0.5E+10', '1e-7', '1e999', '-12'));
    const json = jsonText(str, num);
    fc.assert(fc.property(json, (text) => {
      JSON.parse(text);
      sameTree(text);
    }), { numRuns: 3000 });
  });
});
