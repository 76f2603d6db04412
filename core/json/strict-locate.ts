/**
 * Where the value at a JSON Pointer is in a text already known to be strict
 * JSON (JSON.parse read it), found by scanning the text: no tree, nothing
 * allocated but the answer. A file with a finding or two needs the place of
 * each; building the whole position tree for that cost about as much as
 * linting the file (strict-tree.ts). The answer is what nodeAt and keyOf
 * (tree.ts) give on the tree; core/json/strict-locate.test.ts compares both.
 * @module core/json/strict-locate
 */
import { numberEnd, skipSpace, stringEnd } from './strict-scan.ts';

export type LocatedType = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

export interface Located {
  type: LocatedType;
  offset: number;
  length: number;
  /** The key token of the property holding the value; none for the root and array elements. */
  key?: { offset: number; length: number };
}

/** The offset after the value starting at `pos`. */
function valueEnd(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (c === 34 /* " */) return stringEnd(text, pos);
  if (c === 123 /* { */ || c === 91 /* [ */) {
    let depth = 0;
    for (let i = pos; ; i++) {
      const d = text.charCodeAt(i);
      if (d === 34) i = stringEnd(text, i) - 1;
      else if (d === 123 || d === 91) depth++;
      else if ((d === 125 /* } */ || d === 93 /* ] */) && --depth === 0) return i + 1;
    }
  }
  if (c === 116 /* t */ || c === 110 /* n */) return pos + 4;
  if (c === 102 /* f */) return pos + 5;
  return numberEnd(text, pos);
}

function typeAt(text: string, pos: number): LocatedType {
  const c = text.charCodeAt(pos);
  if (c === 123) return 'object';
  if (c === 91) return 'array';
  if (c === 34) return 'string';
  if (c === 116 || c === 102) return 'boolean';
  if (c === 110) return 'null';
  return 'number';
}

/** Whether the key token text[start..end) decodes to `key`. */
function keyIs(text: string, start: number, end: number, key: string): boolean {
  for (let i = start + 1; i < end - 1; i++) {
    // An escape: compare what the key decodes to (rare in assessments).
    if (text.charCodeAt(i) === 92 /* \ */) return JSON.parse(text.slice(start, end)) === key;
  }
  return end - start - 2 === key.length && text.startsWith(key, start + 1);
}

/**
 * The value at the pointer segments, or undefined when there is none. An array
 * takes the segment as Number(segment), as nodeAt does. Only for text
 * JSON.parse accepted: anything else gives a wrong answer, not an error.
 */
export function locateStrict(text: string, segments: readonly string[]): Located | undefined {
  let pos = skipSpace(text, 0);
  let key: Located['key'];
  for (const segment of segments) {
    const c = text.charCodeAt(pos);
    if (c === 123 /* { */) {
      pos = skipSpace(text, pos + 1);
      if (text.charCodeAt(pos) === 125 /* } */) return undefined;
      for (;;) {
        const keyStart = pos;
        const keyEnd = stringEnd(text, keyStart);
        // Past the colon to the value.
        pos = skipSpace(text, skipSpace(text, keyEnd) + 1);
        if (keyIs(text, keyStart, keyEnd, segment)) {
          key = { offset: keyStart, length: keyEnd - keyStart };
          break;
        }
        pos = skipSpace(text, valueEnd(text, pos));
        if (text.charCodeAt(pos) !== 44 /* , */) return undefined;
        pos = skipSpace(text, pos + 1);
      }
    } else if (c === 91 /* [ */) {
      const index = Number(segment);
      if (!Number.isInteger(index) || index < 0) return undefined;
      pos = skipSpace(text, pos + 1);
      if (text.charCodeAt(pos) === 93 /* ] */) return undefined;
      for (let i = 0; i < index; i++) {
        pos = skipSpace(text, valueEnd(text, pos));
        if (text.charCodeAt(pos) !== 44 /* , */) return undefined;
        pos = skipSpace(text, pos + 1);
      }
      key = undefined;
    } else return undefined;
  }
  return { type: typeAt(text, pos), offset: pos, length: valueEnd(text, pos) - pos, ...(key && { key }) };
}
