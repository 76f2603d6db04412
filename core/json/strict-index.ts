/**
 * Where the values of a text already known to be strict JSON (JSON.parse read
 * it) are, for placing its findings: one pass records, for each object and
 * array, where it ends and where the records of the objects and arrays inside
 * it end, two numbers each in one flat array. A finding is then placed by
 * walking from the root through the members on its way, jumping over the
 * objects and arrays between. ESLint and VS Code's JSON language service
 * place findings the same way on one parse tree per file; here a tree of
 * node objects cost twice this one pass, and a record per value added 100 MB
 * to linting a 50 MB file. The answers are what nodeAt and keyOf
 * (tree.ts) give on jsonc-parser's tree; strict-index.test.ts compares both.
 * @module core/json/strict-index
 */
import { isJsonSpace, numberEnd, skipSpace, stringEnd } from './strict-scan.ts';

export type LocatedType = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

/** Where a value is: its type and span, and the key token holding it (none for the root and array elements). */
export interface Located {
  type: LocatedType;
  offset: number;
  length: number;
  key?: { offset: number; length: number };
}

// The two numbers of an object or array, at its slot: where it ends, and the slot after those of its members.
const END = 0;
const NEXT = 1;
const SLOT = 2;

const isContainer = (c: number) => c === 123 /* { */ || c === 91; /* [ */

function typeAt(text: string, pos: number): LocatedType {
  const c = text.charCodeAt(pos);
  if (c === 123 /* { */) return 'object';
  if (c === 91 /* [ */) return 'array';
  if (c === 34 /* " */) return 'string';
  if (c === 116 /* t */ || c === 102 /* f */) return 'boolean';
  if (c === 110 /* n */) return 'null';
  return 'number';
}

/** The offset after the string, number, true, false or null at `pos`. */
function leafEnd(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (c === 34 /* " */) return stringEnd(text, pos);
  if (c === 116 /* t */ || c === 110 /* n */) return pos + 4;
  if (c === 102 /* f */) return pos + 5;
  return numberEnd(text, pos);
}

/** Whether the key token text[start..end) decodes to `key`. */
function keyIs(text: string, start: number, end: number, key: string): boolean {
  for (let i = start + 1; i < end - 1; i++) {
    // An escape: compare what the key decodes to (rare in assessments).
    if (text.charCodeAt(i) === 92 /* \ */) return JSON.parse(text.slice(start, end)) === key;
  }
  return end - start - 2 === key.length && text.startsWith(key, start + 1);
}

/** Records the object or array at `pos` and those inside it in `slots`; returns the offset after it. */
function record(text: string, slots: number[], pos: number): number {
  const slot = slots.length;
  slots.push(0, 0);
  const c = text.charCodeAt(pos);
  let p = skipSpace(text, pos + 1);
  if (text.charCodeAt(p) !== c + 2 /* } or ] */) {
    for (;;) {
      // Past an object member's key and colon to its value.
      if (c === 123) p = skipSpace(text, skipSpace(text, stringEnd(text, p)) + 1);
      p = skipSpace(text, isContainer(text.charCodeAt(p)) ? record(text, slots, p) : leafEnd(text, p));
      if (text.charCodeAt(p) !== 44 /* , */) break;
      p = skipSpace(text, p + 1);
    }
  }
  slots[slot + END] = p + 1;
  slots[slot + NEXT] = slots.length;
  return p + 1;
}

/**
 * Members a container is walked through before it gets a table (MemberTable):
 * a file's findings fall in a few of its 47 indicators again and again, and
 * walking past a dozen members per finding cost more than one table per file.
 */
const LARGE = 16;

/** A member found: where its key is (objects), where its value starts, and its slot if the value is an object or array. */
interface Member {
  keyStart: number;
  keyEnd: number;
  value: number;
  slot: number;
}

/** Every member of one large object or array: four numbers each, and an object's keys as it decodes them. */
class MemberTable {
  private readonly members: number[] = [];
  private readonly byKey: Map<string, number> | null;

  constructor(text: string, slots: readonly number[], offset: number, slot: number) {
    const c = text.charCodeAt(offset);
    this.byKey = c === 123 ? new Map() : null;
    let p = skipSpace(text, offset + 1);
    if (text.charCodeAt(p) === c + 2) return;
    let inner = slot + SLOT;
    for (let n = 0; ; n++) {
      const keyStart = p;
      let keyEnd = -1;
      if (c === 123) {
        keyEnd = stringEnd(text, keyStart);
        p = skipSpace(text, skipSpace(text, keyEnd) + 1);
        const raw = text.slice(keyStart + 1, keyEnd - 1);
        // The first of a key written twice, as keyIs's walk finds it (strict JSON on the fast path has none).
        const key = raw.includes('\\') ? (JSON.parse(text.slice(keyStart, keyEnd)) as string) : raw;
        if (!this.byKey!.has(key)) this.byKey!.set(key, n);
      }
      this.members.push(keyStart, keyEnd, p, inner);
      if (isContainer(text.charCodeAt(p))) {
        p = slots[inner + END]!;
        inner = slots[inner + NEXT]!;
      } else p = leafEnd(text, p);
      p = skipSpace(text, p);
      if (text.charCodeAt(p) !== 44 /* , */) return;
      p = skipSpace(text, p + 1);
    }
  }

  find(wanted: string | number): Member | undefined {
    const n = this.byKey ? this.byKey.get(wanted as string) : (wanted as number);
    if (n === undefined || n * 4 >= this.members.length) return undefined;
    const m = this.members;
    return { keyStart: m[n * 4]!, keyEnd: m[n * 4 + 1]!, value: m[n * 4 + 2]!, slot: m[n * 4 + 3]! };
  }
}

/** Only for text JSON.parse accepted (at most MAX_DEPTH deep): anything else gives wrong answers, not errors. */
export class StrictJsonIndex {
  private slots: number[] | null = null;
  /** Member tables of the large containers walked, by their offset. */
  private readonly tables = new Map<number, MemberTable>();
  private readonly root: number;

  constructor(private readonly text: string) {
    this.root = skipSpace(text, 0);
  }

  /**
   * The root needs no records: strict JSON holds only white space after it.
   * A finding on the whole file (the evidence folder holds none of its files,
   * on every file of a run) costs no pass over the text.
   */
  private locateRoot(): Located {
    const { text, root } = this;
    let end = text.length;
    while (end > root && isJsonSpace(text.charCodeAt(end - 1))) end--;
    return { type: typeAt(text, root), offset: root, length: end - root };
  }

  /**
   * The member of the object or array at `offset` (recorded at `slot`) named by
   * a key or an index, walking the members before it. A container whose walk
   * passes LARGE members gets a table of them instead, once, so that placing
   * every member of a 40,000-element array (one schema finding each) is not
   * a walk each.
   */
  private walk(offset: number, slot: number, wanted: string | number): Member | undefined {
    const { text } = this;
    const slots = this.slots!;
    const c = text.charCodeAt(offset);
    let p = skipSpace(text, offset + 1);
    if (text.charCodeAt(p) === c + 2) return undefined;
    // The slot of the next object or array among the members.
    let inner = slot + SLOT;
    for (let n = 0; ; n++) {
      if (n === LARGE) return this.tableOf(offset, slot).find(wanted);
      const keyStart = p;
      let keyEnd = -1;
      if (c === 123) {
        keyEnd = stringEnd(text, keyStart);
        p = skipSpace(text, skipSpace(text, keyEnd) + 1);
      }
      // Its slot, if it is an object or array (a leaf's is never read).
      if (c === 123 ? keyIs(text, keyStart, keyEnd, wanted as string) : n === wanted) return { keyStart, keyEnd, value: p, slot: inner };
      if (isContainer(text.charCodeAt(p))) {
        p = slots[inner + END]!;
        inner = slots[inner + NEXT]!;
      } else p = leafEnd(text, p);
      p = skipSpace(text, p);
      if (text.charCodeAt(p) !== 44 /* , */) return undefined;
      p = skipSpace(text, p + 1);
    }
  }

  private tableOf(offset: number, slot: number): MemberTable {
    let table = this.tables.get(offset);
    if (!table) this.tables.set(offset, (table = new MemberTable(this.text, this.slots!, offset, slot)));
    return table;
  }

  /** The value at these pointer segments, or undefined; an array takes a segment as Number(segment), as nodeAt does. */
  locate(segments: readonly string[]): Located | undefined {
    if (segments.length === 0) return this.locateRoot();
    const { text } = this;
    if (!this.slots) {
      this.slots = [];
      if (isContainer(text.charCodeAt(this.root))) record(text, this.slots, this.root);
    }
    const slots = this.slots;
    let offset = this.root;
    let slot = 0;
    let key: Located['key'];
    for (const segment of segments) {
      // Through the members of the object or array at `offset` (recorded at `slot`) to the one the segment names.
      const c = text.charCodeAt(offset);
      if (!isContainer(c)) return undefined;
      const index = c === 91 ? Number(segment) : 0;
      if (!Number.isInteger(index) || index < 0) return undefined;
      const table = this.tables.get(offset);
      const m = table ? table.find(c === 123 ? segment : index) : this.walk(offset, slot, c === 123 ? segment : index);
      if (!m) return undefined;
      offset = m.value;
      key = c === 123 ? { offset: m.keyStart, length: m.keyEnd - m.keyStart } : undefined;
      slot = m.slot;
    }
    const end = isContainer(text.charCodeAt(offset)) ? slots[slot + END]! : leafEnd(text, offset);
    const located: Located = { type: typeAt(text, offset), offset, length: end - offset };
    if (key) located.key = key;
    return located;
  }
}
