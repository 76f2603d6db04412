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
import { numberEnd, skipSpace as skipSpaceAt, stringEnd } from './strict-scan.ts';

interface Building {
  type: NodeType;
  offset: number;
  length: number;
  parent?: Building;
  children?: Building[];
  value?: unknown;
  colonOffset?: number;
}

/** Only for text JSON.parse accepted: anything else gives a wrong tree, not an error. */
export function strictJsonTree(text: string): Node {
  let pos = 0;
  const skipSpace = () => { pos = skipSpaceAt(text, pos); };
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
          pos = stringEnd(text, keyStart);
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
      pos = stringEnd(text, start);
      return { type: 'string', offset: start, length: pos - start, parent, value: stringValue(start, pos) };
    }
    if (c === 116 /* t */) { pos += 4; return { type: 'boolean', offset: start, length: 4, parent, value: true }; }
    if (c === 102 /* f */) { pos += 5; return { type: 'boolean', offset: start, length: 5, parent, value: false }; }
    if (c === 110 /* n */) { pos += 4; return { type: 'null', offset: start, length: 4, parent, value: null }; }
    pos = numberEnd(text, start);
    return { type: 'number', offset: start, length: pos - start, parent, value: Number(text.slice(start, pos)) };
  }

  const root = value(undefined);
  // parseTree's root has no parent member at all.
  delete root.parent;
  return root as Node;
}
