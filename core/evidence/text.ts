/**
 * Finding words in a document's extracted text. PDF text comes out with the
 * document's own case, accents, hyphenation at line ends and, in decree
 * headings, letters spaced apart ("K E P U T U S A N"); a term is looked for
 * in a normalised copy: lower case, accents and punctuation gone, words single
 * spaced. Two strengths:
 * - `word`: the term as whole words ("tim asesor" is not found in "tim asesorial");
 * - `loose`: also with every space removed on both sides, which finds spaced
 *   or split words; only for terms of 8 letters or more (shorter ones turn up
 *   inside unrelated words once spaces are gone).
 * Checks that warn when a term is *absent* look loosely (fewer false alarms);
 * checks that warn when a term is *present* look for whole words only.
 * @module core/evidence/text
 */

export interface SearchableText {
  /** Normalised words, single spaced, with a space at each end. */
  readonly words: string;
  /** The same without any space. */
  readonly squeezed: string;
  /** How many letters the text has (a scan without a text layer has none). */
  readonly letters: number;
  /** Each distinct word, built on first use: a one-word term is a look-up, not a scan of the text. */
  wordSet?: Set<string>;
  /** Answers already given, by strength and term: the same document is asked the same terms for every assessment citing it. */
  readonly answers: Map<string, boolean>;
}

/** Lower case, accents removed, anything but letters and digits a single space. */
export function normaliseTerm(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

export function searchable(text: string): SearchableText {
  // A word hyphenated at a line end is one word ("Peme-\nrintah").
  const words = normaliseTerm(text.replace(/[-\u00ad]\s*\n\s*/g, ''));
  let letters = 0;
  for (let i = 0; i < words.length; i++) {
    const c = words.charCodeAt(i);
    if (c >= 97 && c <= 122) letters++;
  }
  return { words: ` ${words} `, squeezed: words.replace(/ /g, ''), letters, answers: new Map() };
}

const LOOSE_MIN_LETTERS = 8;

/** Whether the text holds the term: as whole words, or (loose) also with spaces removed. */
export function hasTerm(text: SearchableText, term: string, strength: 'word' | 'loose'): boolean {
  const key = `${strength}:${term}`;
  let answer = text.answers.get(key);
  if (answer === undefined) {
    answer = search(text, normaliseTerm(term), strength);
    text.answers.set(key, answer);
  }
  return answer;
}

function search(text: SearchableText, t: string, strength: 'word' | 'loose'): boolean {
  if (!t) return false;
  if (!t.includes(' ')) {
    text.wordSet ??= new Set(text.words.split(' '));
    if (text.wordSet.has(t)) return true;
  } else if (text.words.includes(` ${t} `)) return true;
  if (strength === 'word') return false;
  const squeezed = t.replace(/ /g, '');
  return squeezed.length >= LOOSE_MIN_LETTERS && text.squeezed.includes(squeezed);
}

/** The terms of `terms` the text holds. */
export const termsIn = (text: SearchableText, terms: readonly string[], strength: 'word' | 'loose'): string[] =>
  terms.filter((t) => hasTerm(text, t, strength));

/** Terms as messages list them: "a", "b", "c". */
export const quoteTerms = (terms: readonly string[]): string => terms.map((t) => `"${t}"`).join(', ');
