/**
 * Where the values of a text already known to be strict JSON (JSON.parse read
 * it) are: one pass records each value's span, the key token before it and
 * where its members end, four numbers per value in one flat array. A file's
 * findings are then placed by walking members, as ESLint and VS Code's JSON
 * language service place theirs on one parse tree per file, without the
 * tree's objects: building jsonc-parser's tree cost more than linting the file
 * (bench/results.md). The answers are what nodeAt and keyOf (tree.ts) give on
 * jsonc-parser's tree; strict-index.test.ts compares both.
 * @module core/json/strict-index
 */
import { numberEnd, skipSpace, stringEnd } from './strict-scan.ts';

export type LocatedType = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

/** Where a value is: its type and span, and the key token holding it (none for the root and array elements). */
export interface Located {
  type: LocatedType;
  offset: number;
  length: number;
  key?: { offset: number; length: number };
}

// The four numbers of a value, at its slot: where it starts and ends, its key token (-1: none), the slot after its members.
const START = 0;
const END = 1;
const KEY = 2;
const NEXT = 3;
const SLOT = 4;

function typeAt(text: string, pos: number): LocatedType {
  const c = text.charCodeAt(pos);
  if (c === 123 /* { */) return 'object';
  if (c === 91 /* [ */) return 'array';
  if (c === 34 /* " */) return 'string';
  if (c === 116 /* t */ || c === 102 /* f */) return 'boolean';
  if (c === 110 /* n */) return 'null';
  return 'number';
}

/** Whether the key token starting at `start` decodes to `key`. */
function keyIs(text: string, start: number, key: string): boolean {
  const end = stringEnd(text, start);
  for (let i = start + 1; i < end - 1; i++) {
    // An escape: compare what the key decodes to (rare in assessments).
    if (text.charCodeAt(i) === 92 /* \ */) return JSON.parse(text.slice(start, end)) === key;
  }
  return end - start - 2 === key.length && text.startsWith(key, start + 1);
}

/** Records the value at `pos` (and its members) in `slots`; returns the offset after it. */
function record(text: string, slots: number[], pos: number, key: number): number {
  const slot = slots.length;
  slots.push(pos, 0, key, 0);
  const c = text.charCodeAt(pos);
  let end: number;
  if (c === 123 /* { */ || c === 91 /* [ */) {
    const close = c + 2; // } and ]
    let p = skipSpace(text, pos + 1);
    if (text.charCodeAt(p) !== close) {
      for (;;) {
        let k = -1;
        if (c === 123) {
          k = p;
          // Past the key and its colon to the value.
          p = skipSpace(text, skipSpace(text, stringEnd(text, k)) + 1);
        }
        p = skipSpace(text, record(text, slots, p, k));
        if (text.charCodeAt(p) !== 44 /* , */) break;
        p = skipSpace(text, p + 1);
      }
    }
    end = p + 1;
  } else if (c === 34) end = stringEnd(text, pos);
  else if (c === 116 || c === 110) end = pos + 4;
  else if (c === 102) end = pos + 5;
  else end = numberEnd(text, pos);
  slots[slot + END] = end;
  slots[slot + NEXT] = slots.length;
  return end;
}

/** Only for text JSON.parse accepted (at most MAX_DEPTH deep): anything else gives wrong answers, not errors. */
export class StrictJsonIndex {
  private readonly slots: number[] = [];

  constructor(private readonly text: string) {
    record(text, this.slots, skipSpace(text, 0), -1);
  }

  /** The value at these pointer segments, or undefined; an array takes a segment as Number(segment), as nodeAt does. */
  locate(segments: readonly string[]): Located | undefined {
    const { slots, text } = this;
    let slot = 0;
    for (const segment of segments) {
      const c = text.charCodeAt(slots[slot + START]!);
      const last = slots[slot + NEXT]!;
      let member = slot + SLOT;
      if (c === 123 /* { */) {
        while (member < last && !keyIs(text, slots[member + KEY]!, segment)) member = slots[member + NEXT]!;
      } else if (c === 91 /* [ */) {
        const index = Number(segment);
        if (!Number.isInteger(index) || index < 0) return undefined;
        for (let i = 0; i < index && member < last; i++) member = slots[member + NEXT]!;
      } else return undefined;
      if (member >= last) return undefined;
      slot = member;
    }
    const offset = slots[slot + START]!;
    const key = slots[slot + KEY]!;
    return {
      type: typeAt(text, offset), offset, length: slots[slot + END]! - offset,
      ...(key >= 0 && { key: { offset: key, length: stringEnd(text, key) - key } }),
    };
  }
}
