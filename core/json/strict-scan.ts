/**
 * Scanning a text already known to be strict JSON (JSON.parse read it): the
 * small steps strict-index.ts and parse.ts's key count take. Only for such
 * text: on anything else they give wrong offsets, not errors.
 * @module core/json/strict-scan
 */

export const isJsonSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** Characters a JSON number is written with: digits . e E + - */
const isNumberChar = (c: number) => (c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45;

/** The offset of the first non-space character at or after `pos`. */
export function skipSpace(text: string, pos: number): number {
  while (isJsonSpace(text.charCodeAt(pos))) pos++;
  return pos;
}

/** The offset after the string token starting at `start` (its opening quote). */
export function stringEnd(text: string, start: number): number {
  for (let q = text.indexOf('"', start + 1); ; q = text.indexOf('"', q + 1)) {
    // A quote preceded by an odd number of backslashes is escaped.
    let b = q - 1;
    while (text.charCodeAt(b) === 92 /* \ */) b--;
    if ((q - 1 - b) % 2 === 0) return q + 1;
  }
}

/** The offset after the number starting at `start`. */
export function numberEnd(text: string, start: number): number {
  let end = start;
  while (isNumberChar(text.charCodeAt(end))) end++;
  return end;
}
