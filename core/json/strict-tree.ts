/**
 * The position tree of a text already known to be strict JSON (JSON.parse
 * read it): the same nodes jsonc-parser's parseTree builds, in one pass
 * without its scanner, visitor and error recovery, which a valid text never
 * needs. Files with diagnostics need the tree for their positions; with
 * parseTree that took about as long as linting the file itself.
 * core/json/strict-tree.test.ts compares both on generated texts.
 * @module core/json/strict-tree
 */
import type { Node, NodeType } from 'jsonc-parser';

interface Building {
  type: NodeType;
  offset: number;
  length: number;
  parent?: Building;
  children?: Building[];
  value?: unknown;
  colonOffset?: number;
}

const isJsonSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
/** Characters a JSON number is written with: digits . e E + - */
const isNumberChar = (c: number) => (c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45;

/** Only for text JSON.parse accepted: anything else gives a wrong tree, not an error. */
export function strictJsonTree(text: string): Node {
  let pos = 0;
  const skipSpace = () => { while (isJsonSpace(text.charCodeAt(pos))) pos++; };
  /** The offset after the string token starting at `start` (its opening quote). */
  const stringEnd = (start: number): number => {
    for (let q = text.indexOf('"', start + 1); ; q = text.indexOf('"', q + 1)) {
      // A quote preceded by an odd number of backslashes is escaped.
      let b = q - 1;
      while (text.charCodeAt(b) === 92 /* \ */) b--;
      if ((q - 1 - b) % 2 === 0) return q + 1;
    }
  };
  const stringValue = (start: number, end: number): string => {
    const raw = text.slice(start + 1, end - 1);
    return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
  };

  function value(parent: Building | undefined): Building {
    skipSpace();
    const start = pos;
    const c = text.charCodeAt(pos);
    if (c === 123 /* { */) {
      const node: Building = { type: 'object', offset: start, length: -1, parent, children: [] };
      pos++;
      skipSpace();
      if (text.charCodeAt(pos) !== 125 /* } */) {
        for (;;) {
          skipSpace();
          const keyStart = pos;
          pos = stringEnd(keyStart);
          const property: Building = { type: 'property', offset: keyStart, length: -1, parent: node, children: [] };
          node.children!.push(property);
          property.children!.push({ type: 'string', value: stringValue(keyStart, pos), offset: keyStart, length: pos - keyStart, parent: property });
          skipSpace();
          property.colonOffset = pos;
          pos++;
          const v = value(property);
          property.children!.push(v);
          property.length = v.offset + v.length - keyStart;
          skipSpace();
          if (text.charCodeAt(pos) !== 44 /* , */) break;
          pos++;
        }
      }
      pos++;
      node.length = pos - start;
      return node;
    }
    if (c === 91 /* [ */) {
      const node: Building = { type: 'array', offset: start, length: -1, parent, children: [] };
      pos++;
      skipSpace();
      if (text.charCodeAt(pos) !== 93 /* ] */) {
        for (;;) {
          node.children!.push(value(node));
          skipSpace();
          if (text.charCodeAt(pos) !== 44) break;
          pos++;
        }
      }
      pos++;
      node.length = pos - start;
      return node;
    }
    if (c === 34 /* " */) {
      pos = stringEnd(start);
      return { type: 'string', offset: start, length: pos - start, parent, value: stringValue(start, pos) };
    }
    if (c === 116 /* t */) { pos += 4; return { type: 'boolean', offset: start, length: 4, parent, value: true }; }
    if (c === 102 /* f */) { pos += 5; return { type: 'boolean', offset: start, length: 5, parent, value: false }; }
    if (c === 110 /* n */) { pos += 4; return { type: 'null', offset: start, length: 4, parent, value: null }; }
    while (isNumberChar(text.charCodeAt(pos))) pos++;
    return { type: 'number', offset: start, length: pos - start, parent, value: Number(text.slice(start, pos)) };
  }

  const root = value(undefined);
  // parseTree's root has no parent member at all.
  delete root.parent;
  return root as Node;
}
