/**
 * What the content checks look for in a document's text, and what they
 * conclude. Conservative by design: a warning on a genuine document costs the
 * team's trust more than a missed look-alike costs them a level, so absence
 * is looked for loosely (core/evidence/text.ts) and presence strictly.
 * @module core/evidence/content
 */
import type { Assessment, ItemContent } from '../types.ts';
import { normaliseTerm, termsIn, type SearchableText } from './text.ts';

/**
 * Words of an agency's name that say nothing about which agency it is: the
 * kinds of government and body (UU 23/2014 names pemerintah daerah provinsi,
 * kabupaten, kota; kementerian and lembaga are the central kinds).
 */
const GENERIC = new Set([
  'pemerintah', 'pemerintahan', 'provinsi', 'prov', 'kabupaten', 'kab', 'kota', 'kementerian', 'kementrian', 'kemen',
  'badan', 'lembaga', 'dinas', 'sekretariat', 'jenderal', 'daerah', 'republik', 'indonesia', 'nasional', 'pusat',
  'dan', 'urusan', 'administrasi', 'instansi', 'the', 'of',
]);

/**
 * The words that tell this agency from others, as terms: the name without its
 * generic words ("Pemerintah Kota Contoh" → "contoh"; "Kementerian
 * Pendayagunaan Aparatur Negara dan Reformasi Birokrasi" → its five proper
 * words). Any one of them in the document is taken as mentioning the agency,
 * so an abbreviated letterhead still passes. Short words (3 letters or fewer)
 * are left out: they turn up everywhere.
 */
export function agencyTerms(agency: Assessment['agency']): string[] {
  const words = normaliseTerm(agency.name).split(' ').filter((w) => w.length > 3 && !GENERIC.has(w));
  return [...new Set(words)];
}

const UNITS = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

/** 0-99 in Indonesian words, as decrees write a year's last part ("dua puluh enam"). */
function tensInWords(n: number): string {
  if (n < 10) return UNITS[n]!;
  if (n === 10) return 'sepuluh';
  if (n === 11) return 'sebelas';
  if (n < 20) return `${UNITS[n - 10]} belas`;
  const rest = n % 10;
  return `${UNITS[Math.floor(n / 10)]} puluh${rest ? ` ${UNITS[rest]}` : ''}`;
}

/** A year as a document may write it: in figures, and for 2000-2099 in words ("dua ribu dua puluh enam"). */
export function yearTerms(year: number): string[] {
  const terms = [String(year)];
  if (year >= 2000 && year <= 2099) terms.push(`dua ribu${year > 2000 ? ` ${tensInWords(year - 2000)}` : ''}`);
  return terms;
}

export type ItemFinding =
  | { kind: 'fits'; found: string[] }
  | { kind: 'lookAlike'; name: string; found: string[] }
  | { kind: 'noItemTerms' };

/**
 * Whether a document fits the item: any of the item's terms (found loosely)
 * and it fits; otherwise, a look-alike whose terms are there as whole words
 * is named; otherwise none of the item's terms is there.
 */
export function itemFinding(text: SearchableText, content: ItemContent): ItemFinding {
  const found = termsIn(text, content.expects, 'loose');
  if (found.length) return { kind: 'fits', found };
  for (const la of content.lookAlikes ?? []) {
    const hits = termsIn(text, la.terms, 'word');
    if (hits.length) return { kind: 'lookAlike', name: la.name, found: hits };
  }
  return { kind: 'noItemTerms' };
}
