/**
 * A tolerant reader for text pasted out of the official result report: lines
 * of indicator number (and name) with a value in Indonesian form ("3,00"),
 * plus "Indeks …", "Domain n …" and "Aspek n …" lines. It reports, with line
 * numbers, what it could not read, rather than guessing.
 * @module core/compare/report-text
 */
import type { FrameworkId } from '../types.ts';
import { parseDecimal, Rational } from '../rational.ts';
import { frameworks } from '../frameworks/index.ts';
import type { LastResult } from './last-result.ts';

/** A value at the end of a line: 3,00 / 3 / 2,5967 (or 3.00), optionally followed by a predicate word. */
const TRAILING_VALUE = /(\d{1,2}(?:[.,]\d{1,10})?)\s*(?:\(?\s*(?:kurang|cukup|baik|sangat baik|memuaskan)\s*\)?)?\s*$/i;

function readValue(s: string): Rational | null {
  const v = parseDecimal(s, { comma: s.includes(',') });
  return v && v.gte(Rational.int(1)) && v.lte(Rational.int(5)) ? v : null;
}

const normal = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Whether the rest of an indicator line, after its number, is (the end of) the
 * indicator's own name: "47 Layanan Publik Sektor 3" carries no value, its 3
 * is the name's (PermenPANRB 59/2020 indicators 45-47, "... Sektor 1/2/3").
 */
function isNameOnly(rest: string, name: string): boolean {
  const r = normal(rest);
  return /[a-z]/.test(r) && (normal(name) === r || normal(name).endsWith(` ${r}`));
}

/**
 * The evaluation year a report names: "Tahun Evaluasi 2024" or "Evaluasi SPBE
 * Tahun 2024" first; else the first year that is not part of a regulation's
 * citation ("Nomor 59 Tahun 2020", "59/2020"), which names the year the
 * regulation was made, not the year evaluated.
 */
export function reportYear(text: string): number | null {
  const named = /\b(?:tahun\s+evaluasi|evaluasi(?:\s+(?:spbe|pemdi|kinerja\s+pemerintah\s+digital|pemerintah\s+digital))?\s+tahun)\s*:?\s*(20[2-3]\d)\b/i.exec(text);
  if (named) return Number(named[1]);
  for (const m of text.matchAll(/\b(20[2-3]\d)\b/g)) {
    const before = text.slice(Math.max(0, m.index! - 40), m.index);
    if (/(?:nomor|no\.?)\s*\d+\s+tahun\s+$/i.test(before) || /\d\s*\/\s*$/.test(before)) continue;
    return Number(m[1]);
  }
  return null;
}

/** Which framework a report is about, from its wording. */
export function guessFramework(text: string): FrameworkId {
  return /pemdi|pemerintah digital|8\s*\/\s*2026|8 tahun 2026/i.test(text) ? 'pemdi-2026' : 'spbe-2020';
}

export function lastFromReportText(text: string, opts: { framework?: FrameworkId; year?: number } = {}): LastResult {
  const framework = opts.framework ?? guessFramework(text);
  const fw = frameworks[framework];
  const result: LastResult = {
    framework, year: opts.year ?? reportYear(text), agency: null, source: 'report-text',
    index: null, indicators: new Map(), aspects: new Map(), domains: new Map(), notes: [],
  };
  const agency = /(Pemerintah\s+(?:Kota|Kabupaten|Provinsi)\s+[^\n,;:]+|Kementerian\s+[^\n,;:]+|Badan\s+[^\n,;:]+)/.exec(text);
  if (agency) result.agency = agency[1]!.trim();
  const unread = (n: number, line: string) => {
    const shown = line.length > 80 ? `${line.slice(0, 79)}…` : line;
    result.notes.push({ id: `Baris ${n} tidak terbaca: "${shown}"`, en: `Line ${n} could not be read: "${shown}"` });
  };
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.replace(/\s+/g, ' ').trim();
    const n = i + 1;
    if (!/\d/.test(line)) return; // headings and blank lines carry no values
    const tail = TRAILING_VALUE.exec(line);
    const value = tail ? readValue(tail[1]!) : null;
    const head = tail ? line.slice(0, tail.index).trim() : line;
    let m: RegExpExecArray | null;
    if (/^(indeks|nilai indeks)\b/i.test(head)) {
      if (value) result.index = value; else unread(n, line);
    } else if ((m = /^domain\s+(\d)\b/i.exec(head)) && fw.domains) {
      const k = Number(m[1]);
      if (value && k >= 1 && k <= fw.domains.length) result.domains.set(k, value); else unread(n, line);
    } else if ((m = /^aspek\s+(\d)\b/i.exec(head))) {
      const k = Number(m[1]);
      if (value && k >= 1 && k <= fw.aspects.length) result.aspects.set(k, value); else unread(n, line);
    } else if ((m = /^indikator\s+(\d{1,2})\s*[.):]?$|^(?:indikator\s+|I)?(\d{1,2})\s*[.):]?\s+\S/i.exec(head))) {
      // "Indikator 12: 2" names no indicator but says it is one; a bare "12" before a value needs the name after it.
      const k = Number(m[1] ?? m[2]);
      const def = fw.indicators.find((d) => d.number === k);
      // An SPBE indicator's value is a whole level (PermenPANRB 59/2020): "2,5" is misread, not a value.
      const whole = fw.itemsPerLevel || (value !== null && value.den === 1n);
      if (!value || !whole || !def || isNameOnly(line.slice(m[0].length - 1), def.name)) { unread(n, line); return; }
      if (result.indicators.has(k)) result.notes.push({ id: `Baris ${n}: indikator ${k} muncul lagi; nilai terakhir dipakai`, en: `Line ${n}: indicator ${k} appears again; the last value is used` });
      result.indicators.set(k, value);
    } else if (!/^(predikat|tahun|no\b|halaman|hal\.|laporan|hasil|evaluasi)/i.test(head)) {
      unread(n, line);
    }
  });
  if (result.indicators.size === 0 && result.index === null) {
    result.notes.unshift({ id: 'Tidak ada nilai indikator atau indeks yang terbaca dari teks ini.', en: 'No indicator value or index could be read from this text.' });
  }
  return result;
}
