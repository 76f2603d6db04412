/**
 * JSON / JSONC text to a value, reporting every syntax problem at its exact
 * place instead of throwing. Also reports what JSON.parse hides: duplicate keys
 * (the last one silently wins) and nesting too deep to be an assessment.
 * `__proto__` keys become ordinary own properties, never a prototype.
 *
 * One pass of jsonc-parser's SAX visitor builds the value; the positions and
 * the line table are built only when a diagnostic needs a place, which for a
 * clean file is never (bench/results.md: this was half of lint time).
 * @module core/json/parse
 */
import { parseTree, printParseErrorCode, visit, type Node } from 'jsonc-parser';
import type { Diagnostic, Position } from '../lint/diagnostic.ts';
import { LineIndex, positionsInLfText } from './positions.ts';
import { StrictJsonIndex, type Located, type LocatedType } from './strict-index.ts';
import { keyOf, nodeAt } from './tree.ts';
import { skipSpace, stringEnd } from './strict-scan.ts';

/** Far deeper than any assessment (7 levels), far shallower than the stack. */
export const MAX_DEPTH = 256;

const syntaxMessages: Record<string, [string, string]> = {
  InvalidSymbol: ['Simbol tidak valid', 'Invalid symbol'],
  InvalidNumberFormat: ['Format angka tidak valid', 'Invalid number format'],
  PropertyNameExpected: ['Diharapkan nama properti (dalam tanda kutip ganda)', 'Property name expected (in double quotes)'],
  ValueExpected: ['Diharapkan sebuah nilai', 'Value expected'],
  ColonExpected: ['Diharapkan tanda titik dua ":"', 'Colon expected'],
  CommaExpected: ['Diharapkan tanda koma ","', 'Comma expected'],
  CloseBraceExpected: ['Diharapkan kurung kurawal tutup "}"', 'Closing brace expected'],
  CloseBracketExpected: ['Diharapkan kurung siku tutup "]"', 'Closing bracket expected'],
  EndOfFileExpected: ['Diharapkan akhir berkas', 'End of file expected'],
  InvalidCommentToken: ['Komentar tidak diizinkan di berkas .json (pakai .jsonc)', 'Comments are not allowed in .json files (use .jsonc)'],
  UnexpectedEndOfComment: ['Komentar tidak ditutup', 'Unterminated comment'],
  UnexpectedEndOfString: ['String tidak ditutup', 'Unterminated string'],
  UnexpectedEndOfNumber: ['Angka tidak lengkap', 'Incomplete number'],
  InvalidUnicode: ['Escape unicode tidak valid', 'Invalid unicode escape'],
  InvalidEscapeCharacter: ['Karakter escape tidak valid', 'Invalid escape character'],
  InvalidCharacter: ['Karakter tidak valid dalam string', 'Invalid character in string'],
};

/** The parsed file: its value now, its positions when asked for. */
export class ParsedJson {
  value: unknown = undefined;
  readonly diagnostics: Diagnostic[] = [];
  private lineIndex: LineIndex | null = null;
  private index: StrictJsonIndex | null = null;
  private tree: Node | undefined | null = null;
  /** False when the text is empty or too deep to build a tree for. */
  hasTree = true;
  /** True when JSON.parse read the text (the fast path): its positions need no error recovery. */
  strictJson = false;

  constructor(readonly text: string, readonly jsonc: boolean) {}

  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }

  /**
   * Line and character of many offsets at once (a file's findings, placed
   * together: core/lint/lint.ts). A text whose lines end at \n only, with no
   * line table built yet, is swept once instead: the table holds a number per
   * line, megabytes over a run of hundreds of files.
   */
  positionsAt(offsets: readonly number[]): Position[] {
    if (this.lineIndex || this.text.includes('\r')) return offsets.map((o) => this.lines.positionAt(o));
    return positionsInLfText(this.text, offsets);
  }

  /**
   * The value at these pointer segments and the key holding it. The first call
   * builds the file's position structure, once for all its findings: for strict
   * JSON the index of strict-index.ts, else jsonc-parser's tree, walked by
   * nodeAt and keyOf.
   */
  locate(segments: readonly string[]): Located | undefined {
    if (!this.hasTree) return undefined;
    if (this.strictJson) return (this.index ??= new StrictJsonIndex(this.text)).locate(segments);
    if (this.tree === null) this.tree = parseTree(this.text, [], { allowTrailingComma: this.jsonc, disallowComments: !this.jsonc });
    const node = this.tree && nodeAt(this.tree, segments);
    if (!node) return undefined;
    const key = keyOf(node);
    return { type: node.type as LocatedType, offset: node.offset, length: node.length, ...(key && { key: { offset: key.offset, length: key.length } }) };
  }
}

class TooDeep {
  constructor(readonly offset: number) {}
}

interface Frame {
  value: Record<string, unknown> | unknown[];
  /** Object frames: first offset and length of each key, for duplicate reports. */
  keys?: Map<string, number>;
  key?: string;
  pointer: string;
}

const seg = (s: string | number) => String(s).replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The keys in a valid JSON text, token by token: exact for any text, and
 * slower than the count below. A scan, not a regular expression: matching a
 * string token with one overflowed the stack on a long string.
 */
function keysByToken(text: string): number {
  let n = 0;
  for (let q = text.indexOf('"'); q >= 0; q = text.indexOf('"', q)) {
    q = skipSpace(text, stringEnd(text, q));
    if (text.charCodeAt(q) === 58 /* : */) n++;
  }
  return n;
}

function colonsIn(s: string): number {
  let n = 0;
  for (let i = s.indexOf(':'); i >= 0; i = s.indexOf(':', i + 1)) n++;
  return n;
}

/** The totals of one tally() walk; module-level so that the walk allocates nothing. */
let valueKeys = 0;
let valueColons = 0;

/**
 * Adds up the keys of a parsed value and the colons in all its strings (keys
 * and values). False when it nests deeper than MAX_DEPTH: the recursion stops
 * there, so even JSON.parse's deepest output cannot overflow the stack.
 */
function tally(v: object, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (typeof x === 'string') valueColons += colonsIn(x);
      else if (typeof x === 'object' && x !== null && !tally(x, depth + 1)) return false;
    }
    return true;
  }
  // Own keys only: fastParse checked that Object.prototype adds no enumerable ones.
  for (const k in v) {
    valueKeys++;
    valueColons += colonsIn(k);
    const x: unknown = (v as Record<string, unknown>)[k];
    if (typeof x === 'string') valueColons += colonsIn(x);
    else if (typeof x === 'object' && x !== null && !tally(x, depth + 1)) return false;
  }
  return true;
}

/**
 * How many keys a valid JSON text writes, given the colons in the strings of
 * JSON.parse's value of it: exactly that when no key is written twice, and
 * more than the value has when one is.
 *
 * Why counting colons is exact: outside strings a colon appears only after a
 * key, so colons(text) = keys(text) + colons written inside string tokens.
 * Each string of the value comes from its own token of the text and decodes
 * to as many colons as the token holds, unless the token writes one as
 * \u003a; texts with that escape anywhere are counted token by token instead.
 * So colons(text) - colons(value's strings) >= keys(text) >= keys(value), both
 * equal exactly when no key is written twice: a key written twice loses its
 * first token, and the tokens of the value it held, from the value.
 */
function keysWritten(text: string, stringColons: number): number {
  if (text.includes('\\u003a') || text.includes('\\u003A')) return keysByToken(text);
  return colonsIn(text) - stringColons;
}

/**
 * The fast path for strict JSON: the engine's own JSON.parse (which keeps
 * "__proto__" as an own property), then a check that nothing was hidden: the
 * number of keys in the text equals the number in the value (else a key was
 * duplicated) and the nesting is shallow. Anything unusual returns null and
 * the exact path below reports it with positions.
 */
function fastParse(text: string): { value: unknown } | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  // JSON.parse's objects inherit from Object.prototype only; tally's `for in` (no
  // key arrays to allocate, unlike Object.keys) would count what a script added there.
  if (Object.keys(Object.prototype).length > 0) return null;
  valueKeys = 0;
  valueColons = 0;
  if (typeof value === 'string') valueColons = colonsIn(value);
  else if (typeof value === 'object' && value !== null && !tally(value, 1)) return null;
  return keysWritten(text, valueColons) === valueKeys ? { value } : null;
}

export function parseJson(text: string, { jsonc }: { jsonc: boolean }): ParsedJson {
  const p = new ParsedJson(text, jsonc);
  if (!jsonc) {
    const fast = fastParse(text);
    if (fast) { p.value = fast.value; p.strictJson = true; return p; }
  }
  const syntax = (offset: number, length: number, id: string, en: string) => p.diagnostics.push({
    ruleId: 'syntax', severity: 'error', message: { id, en }, pointer: '', range: p.lines.range(offset, Math.max(length, 1)),
  });
  if (text.trim() === '') {
    p.hasTree = false;
    syntax(0, 0, 'Berkas kosong: diharapkan objek penilaian JSON', 'The file is empty: a JSON assessment object was expected');
    return p;
  }
  const stack: Frame[] = [];
  const errors: { offset: number; length: number; code: string }[] = [];
  let root: unknown;
  let rootSet = false;
  const attach = (v: unknown) => {
    const top = stack[stack.length - 1];
    if (!top) { if (!rootSet) { root = v; rootSet = true; } return; }
    if (Array.isArray(top.value)) top.value.push(v);
    // Assignment would set the prototype for "__proto__"; define it as data instead.
    else if (top.key === '__proto__') Object.defineProperty(top.value, top.key, { value: v, enumerable: true, writable: true, configurable: true });
    else if (top.key !== undefined) (top.value as Record<string, unknown>)[top.key] = v;
  };
  const childPointer = (top: Frame | undefined) => {
    if (!top) return '';
    return Array.isArray(top.value) ? `${top.pointer}/${top.value.length}` : `${top.pointer}/${seg(top.key ?? '')}`;
  };
  const open = (value: Frame['value'], offset: number, isObject: boolean) => {
    if (stack.length >= MAX_DEPTH) throw new TooDeep(offset);
    const pointer = childPointer(stack[stack.length - 1]);
    attach(value);
    stack.push({ value, pointer, ...(isObject ? { keys: new Map() } : {}) });
  };
  try {
    visit(text, {
      onObjectBegin: (offset) => open({}, offset, true),
      onObjectProperty: (property, offset, length) => {
        const top = stack[stack.length - 1]!;
        const first = top.keys!.get(property);
        top.key = property;
        if (first !== undefined) {
          const at = p.lines.positionAt(first);
          p.diagnostics.push({
            ruleId: 'duplicate-key', severity: 'error', pointer: `${top.pointer}/${seg(property)}`, range: p.lines.range(offset, length),
            message: {
              id: `Kunci "${property}" ganda (pertama di baris ${at.line + 1}); parser JSON diam-diam memakai yang terakhir`,
              en: `Duplicate key "${property}" (first on line ${at.line + 1}); JSON parsers silently keep the last one`,
            },
          });
        } else top.keys!.set(property, offset);
      },
      onObjectEnd: () => { stack.pop(); },
      onArrayBegin: (offset) => open([], offset, false),
      onArrayEnd: () => { stack.pop(); },
      onLiteralValue: (value) => attach(value),
      onError: (error, offset, length) => { errors.push({ offset, length, code: printParseErrorCode(error) }); },
    }, { allowTrailingComma: jsonc, disallowComments: !jsonc });
  } catch (e) {
    if (!(e instanceof TooDeep)) throw e;
    p.hasTree = false;
    p.diagnostics.length = 0;
    syntax(e.offset, 1, `Struktur bersarang lebih dari ${MAX_DEPTH} tingkat; berkas penilaian tidak sedalam ini`,
      `Nesting deeper than ${MAX_DEPTH} levels; an assessment file is never this deep`);
    return p;
  }
  const seen = new Set<number>();
  for (const e of errors) {
    if (seen.has(e.offset)) continue; // jsonc-parser reports some errors twice at one offset
    seen.add(e.offset);
    const comma = trailingCommaBefore(text, e.offset);
    // A comma already reported (the second of ",," is where a name was expected) is not also a trailing comma.
    if (comma >= 0) { if (!seen.has(comma)) syntax(comma, 1, 'Koma di akhir daftar tidak diizinkan di .json (pakai .jsonc)', 'Trailing comma is not allowed in .json (use .jsonc)'); } else {
      const [id, en] = syntaxMessages[e.code] ?? ['Kesalahan sintaks JSON', 'JSON syntax error'];
      syntax(e.offset, e.length, id, en);
    }
  }
  p.diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  p.value = root;
  return p;
}

/** The offset of a comma that directly precedes a closing bracket at `offset`, or -1. */
function trailingCommaBefore(text: string, offset: number): number {
  const c = text[offset];
  if (c !== '}' && c !== ']') return -1;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return text[i] === ',' ? i : -1;
}
