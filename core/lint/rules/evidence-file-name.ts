/**
 * @fileoverview Evidence file names follow the portal's conventions, so
 * assessors find the file an explanation cites and see which indicator it is
 * for. spbe-2020 (Pedoman Menteri PANRB 3/2024, examples): "<no>.<letter>.<short
 * name>.<ext>" (12.a.Perwal-12-2022.pdf; the guideline's own 35.screenshot
 * LPSE.jpg omits the letter, so it is optional) or "[Indikator <no><letter>]
 * <title>.<ext>". pemdi-2026 (one upload per module item, eval.spbe.go.id):
 * "I{n}-L{lv}-{NN}.<ext>" matching the evidence's `item`, optionally followed
 * by a separator and a description (I1-L2-01_Renstra.pdf). Extensions: those
 * of the official examples (pdf, jpg, png, xlsx, mp4, flv) plus common office
 * and archive kinds (jpeg, xls, docx, doc, pptx, zip); the portals publish no
 * list. Only `file` is checked, never `url`.
 */
import { defineRule, docsUrl } from '../rule.ts';
import type { Evidence } from '../../types.ts';
import { evidencePointer, extensionStart } from './internal/evidence.ts';

const ALLOWED_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png', 'xlsx', 'xls', 'docx', 'doc', 'mp4', 'flv', 'pptx', 'zip'];
const ALLOWED_LIST = ALLOWED_EXTENSIONS.join(', ');

// This rule reads every evidence file name of every file (86 000 in a 650-file
// corpus), nearly all of them fine. So the names are scanned by hand over index
// ranges of the trimmed file string: a name with no finding costs no match
// arrays, substrings or lower-cased copies. Each matcher below finds exactly
// what the regex it cites finds (property tests beside this rule hold them to
// it); strings are built only for what is reported. Two facts keep the
// matchers simple:
// - Under /i without the u flag only ASCII characters fold to ASCII letters
//   (a character >= 128 whose upper case is ASCII, like 'ı' or 'ſ', is left as
//   it is; Kelvin 'K' upper-cases to itself), so ASCII case folding is exact.
// - Each \d{1,2} is followed by something no digit matches ('.', ']' after an
//   optional letter, '-'), so giving back a digit never helps: take up to two.

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** A code unit as the patterns' /i compares it: A-Z folded to a-z, everything else itself. */
const foldAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
/** [a-z] under /i. */
function isAsciiLetter(c: number): boolean {
  const folded = foldAscii(c);
  return folded >= 97 && folded <= 122;
}

/** What /\s/ matches: a WhiteSpace or LineTerminator code unit. */
export function isJsWhitespace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether s[from, to) is `word` up to ASCII case. */
function equalsFolded(s: string, from: number, to: number, word: string): boolean {
  if (to - from !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (foldAscii(s.charCodeAt(from + k)) !== foldAscii(word.charCodeAt(k))) return false;
  return true;
}

/** Whether \s*\S matches at `from` in file[0, end): a non-space after the spaces. */
function nonSpaceFollows(file: string, from: number, end: number): boolean {
  let i = from;
  while (i < end && isJsWhitespace(file.charCodeAt(i))) i++;
  return i < end;
}

/** Where \d{1,2} at `from` ends (at most two digits, before `end`); `from` when there is no digit. */
function digitsEnd(file: string, from: number, end: number): number {
  let i = from;
  while (i < end && i - from < 2 && isDigit(file.charCodeAt(i))) i++;
  return i;
}

/** The number the digits file[from, to) write (what Number() reads from them). */
function numberIn(file: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + file.charCodeAt(i) - 48;
  return n;
}

/**
 * The indicator number of a base name file[0, end) like "12.a.Perwal", or -1:
 * what /^(\d{1,2})\.(?:[a-z]\.)?\s*\S/i captures. The optional "a." never
 * decides: where it matches, its letter is itself the \S the rest needs.
 */
export function spbeDottedIndicator(file: string, end: number): number {
  const digits = digitsEnd(file, 0, end);
  if (digits === 0 || digits === end || file.charCodeAt(digits) !== 46 /* . */) return -1;
  return nonSpaceFollows(file, digits + 1, end) ? numberIn(file, 0, digits) : -1;
}

const INDIKATOR = 'indikator';

/**
 * The indicator number of a base name file[0, end) like "[Indikator 42a] Video",
 * or -1: what /^\[Indikator\s*(\d{1,2})[a-z]?\]\s*\S/i captures. A letter after
 * the digits can only be the optional one, as it is no ']'.
 */
export function spbeBracketIndicator(file: string, end: number): number {
  const word = 1 + INDIKATOR.length;
  if (word > end || file.charCodeAt(0) !== 91 /* [ */ || !equalsFolded(file, 1, word, INDIKATOR)) return -1;
  let from = word;
  while (from < end && isJsWhitespace(file.charCodeAt(from))) from++;
  const digits = digitsEnd(file, from, end);
  if (digits === from) return -1;
  const close = digits < end && isAsciiLetter(file.charCodeAt(digits)) ? digits + 1 : digits;
  if (close === end || file.charCodeAt(close) !== 93 /* ] */) return -1;
  return nonSpaceFollows(file, close + 1, end) ? numberIn(file, from, digits) : -1;
}

/**
 * Where the item code opening a base name file[0, end) like "I1-L2-01_Renstra"
 * ends, or -1: the match of /^I(\d{1,2})-L[1-5]-\d{2}(?=$|[\s_.-])/i. Its
 * indicator digits (the capture) are file[1, codeEnd - 6).
 */
export function pemdiCodeEnd(file: string, end: number): number {
  if (end === 0 || foldAscii(file.charCodeAt(0)) !== 105 /* i */) return -1;
  const digits = digitsEnd(file, 1, end);
  const codeEnd = digits + 6; // "-L2-01"
  if (digits === 1 || codeEnd > end) return -1;
  const level = file.charCodeAt(digits + 2);
  if (file.charCodeAt(digits) !== 45 /* - */ || foldAscii(file.charCodeAt(digits + 1)) !== 108 /* l */
    || level < 49 || level > 53 /* 1-5 */ || file.charCodeAt(digits + 3) !== 45
    || !isDigit(file.charCodeAt(digits + 4)) || !isDigit(file.charCodeAt(digits + 5))) return -1;
  if (codeEnd === end) return codeEnd;
  const next = file.charCodeAt(codeEnd);
  return next === 95 /* _ */ || next === 46 /* . */ || next === 45 /* - */ || isJsWhitespace(next) ? codeEnd : -1;
}

/** Whether the extension file[from, end of name) is an allowed one, in any case (its characters are ASCII letters and digits). */
function isAllowedExtension(file: string, from: number): boolean {
  for (let k = 0; k < ALLOWED_EXTENSIONS.length; k++) if (equalsFolded(file, from, file.length, ALLOWED_EXTENSIONS[k]!)) return true;
  return false;
}

/** The lower-cased extension after the dot at `dot`, for a message. */
const extensionAfter = (file: string, dot: number): string => file.slice(dot + 1).toLowerCase();

export type Finding = readonly [messageId: string, data: Record<string, string | number>];
const NONE: readonly Finding[] = [];

/** The finding on the base name file[0, dot), or null when it follows the pattern. */
function patternFinding(file: string, dot: number, ev: Evidence, indicator: number, pemdi: boolean): Finding | null {
  if (pemdi) {
    const codeEnd = pemdiCodeEnd(file, dot);
    if (codeEnd < 0) return ['pemdiPattern', { expected: ev.item ?? `I${indicator}-L1-01`, ext: extensionAfter(file, dot) }];
    // The usual item, the same code in ASCII letters of any case, is told apart
    // without copies; anything else gets the exact case-blind look (with copies),
    // which also takes e.g. "ı1-L2-01" (upper-cased: I1-L2-01) as the same code.
    if (ev.item && !equalsFolded(file, 0, codeEnd, ev.item)) {
      const named = file.slice(0, codeEnd);
      if (named !== ev.item && named.toUpperCase() !== ev.item.toUpperCase()) return ['wrongItem', { item: ev.item, named }];
    }
    const named = numberIn(file, 1, codeEnd - 6);
    return named !== indicator ? ['wrongIndicator', { named }] : null;
  }
  let named = spbeDottedIndicator(file, dot);
  if (named < 0) named = spbeBracketIndicator(file, dot);
  if (named < 0) return ['spbePattern', { ext: extensionAfter(file, dot) }];
  return named !== indicator ? ['wrongIndicator', { named }] : null;
}

/** What is wrong with one trimmed evidence file name, in report order; nothing, the usual answer, allocates nothing. */
export function fileNameFindings(file: string, ev: Evidence, indicator: number, pemdi: boolean): readonly Finding[] {
  const dot = extensionStart(file);
  if (dot < 0) return [['noExtension', {}]];
  const unusual: Finding | null = isAllowedExtension(file, dot + 1) ? null : ['unknownExtension', { ext: extensionAfter(file, dot), allowed: ALLOWED_LIST }];
  const pattern = patternFinding(file, dot, ev, indicator, pemdi);
  if (!unusual && !pattern) return NONE;
  return [unusual, pattern].filter((f) => f !== null);
}

export default defineRule({
  meta: {
    id: 'evidence-file-name',
    type: 'suggestion',
    severity: 'warning',
    docs: {
      description: {
        id: 'Nama berkas bukti dukung mengikuti pola portal dan menyebut indikator (atau butir) yang benar.',
        en: "Evidence file names follow the portal's pattern and name the right indicator (or item).",
      },
      url: docsUrl('evidence-file-name'),
      source: 'Pedoman Menteri PANRB 3/2024 (contoh nama berkas); kode butir I{n}-L{lv}-{NN} eval.spbe.go.id',
    },
    messages: {
      noExtension: {
        id: 'Indikator {{indicator}}: berkas "{{file}}" tanpa ekstensi (mis. .pdf)',
        en: 'Indicator {{indicator}}: file "{{file}}" has no extension (e.g. .pdf)',
      },
      unknownExtension: {
        id: 'Indikator {{indicator}}: ekstensi ".{{ext}}" pada "{{file}}" tidak lazim; gunakan {{allowed}}',
        en: 'Indicator {{indicator}}: extension ".{{ext}}" of "{{file}}" is unusual; use {{allowed}}',
      },
      spbePattern: {
        id: 'Indikator {{indicator}}: nama berkas "{{file}}" tidak mengikuti pola "{{indicator}}.a.nama-singkat.{{ext}}" atau "[Indikator {{indicator}}a] judul.{{ext}}"',
        en: 'Indicator {{indicator}}: file name "{{file}}" does not follow "{{indicator}}.a.short-name.{{ext}}" or "[Indikator {{indicator}}a] title.{{ext}}"',
      },
      pemdiPattern: {
        id: 'Indikator {{indicator}}: nama berkas "{{file}}" tidak mengikuti pola kode butir "{{expected}}.{{ext}}"',
        en: 'Indicator {{indicator}}: file name "{{file}}" does not follow the item-code pattern "{{expected}}.{{ext}}"',
      },
      wrongIndicator: {
        id: 'Indikator {{indicator}}: berkas "{{file}}" bernomor indikator {{named}}',
        en: 'Indicator {{indicator}}: file "{{file}}" is numbered for indicator {{named}}',
      },
      wrongItem: {
        id: 'Indikator {{indicator}}: berkas "{{file}}" menjawab butir {{item}} tetapi bernama {{named}}',
        en: 'Indicator {{indicator}}: file "{{file}}" answers item {{item}} but is named {{named}}',
      },
    },
  },
  check(ctx) {
    const pemdi = ctx.framework.itemsPerLevel;
    for (const { ind, e, ptr } of ctx.entries) {
      const evidence = e.evidence ?? [];
      for (let i = 0; i < evidence.length; i++) {
        const ev = evidence[i]!;
        if (!ev.file) continue;
        const file = ev.file.trim();
        const findings = fileNameFindings(file, ev, ind.number, pemdi);
        if (findings === NONE) continue;
        for (const [messageId, data] of findings) {
          ctx.report({ pointer: `${evidencePointer(ptr, i)}/file`, messageId, data: { indicator: ind.number, file, ...data } });
        }
      }
    }
  },
});
