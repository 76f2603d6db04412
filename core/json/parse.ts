/**
 * JSON / JSONC text to a value plus a position tree, reporting every syntax
 * problem at its exact place instead of throwing. Also reports what JSON.parse
 * hides: duplicate keys (the last one silently wins) and nesting too deep to be
 * an assessment (guarding the recursive parser against a stack overflow).
 * `__proto__` keys become ordinary own properties, never a prototype.
 * @module core/json/parse
 */
import { createScanner, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Diagnostic } from '../lint/diagnostic.ts';
import { LineIndex } from './positions.ts';

// jsonc-parser's SyntaxKind is an ambient const enum, which verbatimModuleSyntax
// cannot read; these are its values (jsonc-parser 3.3 lib/umd/main.d.ts).
const OPEN_BRACE = 1, CLOSE_BRACE = 2, OPEN_BRACKET = 3, CLOSE_BRACKET = 4, EOF = 17;

/** Far deeper than any assessment (7 levels), far shallower than the stack. */
export const MAX_DEPTH = 256;

export interface ParsedJson {
  text: string;
  lines: LineIndex;
  root: Node | undefined;
  value: unknown;
  diagnostics: Diagnostic[];
}

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

function syntax(lines: LineIndex, offset: number, length: number, id: string, en: string): Diagnostic {
  return { ruleId: 'syntax', severity: 'error', message: { id, en }, pointer: '', range: lines.range(offset, Math.max(length, 1)) };
}

/** The first offset where nesting exceeds MAX_DEPTH, by an iterative scan. */
function tooDeepAt(text: string): number {
  const scanner = createScanner(text, false);
  let depth = 0;
  for (let k: number = scanner.scan(); k !== EOF; k = scanner.scan()) {
    if (k === OPEN_BRACE || k === OPEN_BRACKET) {
      if (++depth > MAX_DEPTH) return scanner.getTokenOffset();
    } else if (k === CLOSE_BRACE || k === CLOSE_BRACKET) depth--;
  }
  return -1;
}

export function parseJson(text: string, { jsonc }: { jsonc: boolean }): ParsedJson {
  const lines = new LineIndex(text);
  const diagnostics: Diagnostic[] = [];
  if (text.trim() === '') {
    diagnostics.push(syntax(lines, 0, 0, 'Berkas kosong: diharapkan objek penilaian JSON', 'The file is empty: a JSON assessment object was expected'));
    return { text, lines, root: undefined, value: undefined, diagnostics };
  }
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    diagnostics.push(syntax(lines, deep, 1,
      `Struktur bersarang lebih dari ${MAX_DEPTH} tingkat; berkas penilaian tidak sedalam ini`,
      `Nesting deeper than ${MAX_DEPTH} levels; an assessment file is never this deep`));
    return { text, lines, root: undefined, value: undefined, diagnostics };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: jsonc, disallowComments: !jsonc, allowEmptyContent: false });
  const seenOffsets = new Set<number>();
  for (const e of errors) {
    if (seenOffsets.has(e.offset)) continue; // jsonc-parser reports some errors twice at one offset
    seenOffsets.add(e.offset);
    const comma = trailingCommaBefore(text, e.offset);
    if (comma >= 0) {
      diagnostics.push(syntax(lines, comma, 1, 'Koma di akhir daftar tidak diizinkan di .json (pakai .jsonc)', 'Trailing comma is not allowed in .json (use .jsonc)'));
      continue;
    }
    const code = printParseErrorCode(e.error);
    const [id, en] = syntaxMessages[code] ?? ['Kesalahan sintaks JSON', 'JSON syntax error'];
    diagnostics.push(syntax(lines, e.offset, e.length, id, en));
  }
  const value = root ? toValue(root, lines, diagnostics) : undefined;
  return { text, lines, root, value, diagnostics };
}

/** The offset of a comma that directly precedes a closing bracket at `offset`, or -1. */
function trailingCommaBefore(text: string, offset: number): number {
  const c = text[offset];
  if (c !== '}' && c !== ']') return -1;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return text[i] === ',' ? i : -1;
}

/** Build the value from the tree: own properties only, duplicates reported. */
function toValue(node: Node, lines: LineIndex, diagnostics: Diagnostic[], path = ''): unknown {
  switch (node.type) {
    case 'object': {
      const obj: Record<string, unknown> = {};
      const seen = new Map<string, Node>();
      for (const prop of node.children ?? []) {
        const [keyNode, valueNode] = prop.children ?? [];
        if (!keyNode || typeof keyNode.value !== 'string') continue;
        const key = keyNode.value;
        const childPath = `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        const first = seen.get(key);
        if (first) {
          const at = lines.positionAt(first.offset);
          diagnostics.push({
            ruleId: 'duplicate-key', severity: 'error', pointer: childPath,
            range: lines.range(keyNode.offset, keyNode.length),
            message: {
              id: `Kunci "${key}" ganda (pertama di baris ${at.line + 1}); parser JSON diam-diam memakai yang terakhir`,
              en: `Duplicate key "${key}" (first on line ${at.line + 1}); JSON parsers silently keep the last one`,
            },
          });
        }
        seen.set(key, keyNode);
        const v = valueNode ? toValue(valueNode, lines, diagnostics, childPath) : undefined;
        Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
      }
      return obj;
    }
    case 'array':
      return (node.children ?? []).map((c, i) => toValue(c, lines, diagnostics, `${path}/${i}`));
    default:
      return node.value;
  }
}
