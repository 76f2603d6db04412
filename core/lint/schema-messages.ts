/**
 * Readable, bilingual messages for ajv errors. ajv's own messages omit the
 * property name for additionalProperties and read as "must match \"then\"
 * schema"; users need the name, the allowed values and the framework's range.
 * @module core/lint/schema-messages
 */
import type { ValidatorError } from 'virtual:validators';
import type { Message } from './diagnostic.ts';

const q = (v: unknown) => JSON.stringify(v);

/** The fields an evaluator fills in, in their words: a message names what is on the form, not the JSON key. */
const FIELD_WORDS: Record<string, [string, string]> = {
  level: ['tingkat', 'the level'],
  value: ['nilai indikator', 'the indicator value'],
  score: ['skor indeks', 'the index score'],
  year: ['tahun', 'the year'],
  date: ['tanggal', 'the date'],
  levels: ['daftar tingkat yang didukung', 'the levels supported'],
  file: ['nama berkas', 'the file name'],
  title: ['judul', 'the title'],
  explanation: ['penjelasan', 'the explanation'],
};

/** What the pointer is about, for messages ("indikator 12", "bukti dukung #2", "tingkat"). */
export function describe(path: readonly string[]): Message {
  const last = path[path.length - 1];
  const words = last !== undefined && Object.hasOwn(FIELD_WORDS, last) ? FIELD_WORDS[last] : undefined;
  if (words) return { id: words[0], en: words[1] };
  // A supported level in the list of levels ("levels": [2, 9]).
  if (path.length >= 2 && path[path.length - 2] === 'levels') return { id: 'tingkat yang didukung', en: 'a level supported' };
  if (path.length === 0) return { id: 'berkas penilaian', en: 'the assessment' };
  if (path[0] === 'indicators' && path.length === 2) return { id: `indikator ${last}`, en: `indicator ${last}` };
  if (path[0] === 'indicators' && path[2] === 'evidence' && path.length === 4) {
    return { id: `bukti dukung #${Number(last) + 1} indikator ${path[1]}`, en: `evidence #${Number(last) + 1} of indicator ${path[1]}` };
  }
  return { id: `"${last}"`, en: `"${last}"` };
}

/** @param value the value the error is about, where the caller has it (a date's text). */
export function schemaMessage(e: ValidatorError, path: readonly string[], value?: unknown): Message {
  const p = e.params as Record<string, unknown>;
  const what = describe(path);
  switch (e.keyword) {
    case 'required':
      return { id: `Properti wajib "${p.missingProperty}" tidak ada pada ${what.id}`, en: `Missing required property "${p.missingProperty}" on ${what.en}` };
    case 'additionalProperties':
      return { id: `Properti "${p.additionalProperty}" tidak dikenal di sini (salah ketik?)`, en: `Property "${p.additionalProperty}" is not allowed here (a typo?)` };
    case 'false schema':
      if (path[path.length - 1] === 'external') {
        return { id: 'Skor indeks eksternal hanya untuk indikator Pemdi 5, 6, 7 dan 18', en: 'An external index score belongs only to Pemdi indicators 5, 6, 7 and 18' };
      }
      return { id: `Properti "${path[path.length - 1]}" tidak dipakai di kerangka ini`, en: `Property "${path[path.length - 1]}" is not used in this framework` };
    case 'type': {
      const t = String(p.type);
      const id = t === 'integer' ? 'bilangan bulat (mis. 3, tanpa tanda kutip)' : t === 'number' ? 'angka dengan titik desimal (mis. 2.5, bukan "2,5")' : t === 'string' ? 'teks' : t === 'object' ? 'objek' : t === 'array' ? 'daftar' : t;
      const en = t === 'integer' ? 'a whole number (e.g. 3, without quotes)' : t === 'number' ? 'a number with a decimal point (e.g. 2.5, not "2,5")' : t === 'string' ? 'text' : t === 'object' ? 'an object' : t === 'array' ? 'a list' : `of type ${t}`;
      return { id: `${cap(what.id)} harus berupa ${id}`, en: `${cap(what.en)} must be ${en}` };
    }
    case 'enum':
      return { id: `Nilai tidak dikenal; pilihan: ${(p.allowedValues as unknown[]).map(q).join(', ')}`, en: `Unknown value; allowed: ${(p.allowedValues as unknown[]).map(q).join(', ')}` };
    case 'const':
      if (path[path.length - 1] === 'source' && path[path.length - 2] === 'external') {
        return { id: `Indikator ${path[1]} dinilai dari indeks ${q(p.allowedValue)}`, en: `Indicator ${path[1]} is scored from the ${q(p.allowedValue)} index` };
      }
      return { id: `Nilai harus ${q(p.allowedValue)}`, en: `Value must be ${q(p.allowedValue)}` };
    case 'minimum': case 'maximum': case 'exclusiveMinimum': case 'exclusiveMaximum': {
      const [id, en] = {
        minimum: ['paling sedikit', 'at least'], maximum: ['paling tinggi', 'at most'],
        exclusiveMinimum: ['lebih dari', 'more than'], exclusiveMaximum: ['kurang dari', 'less than'],
      }[e.keyword];
      const limit = String(p.limit);
      return { id: `${cap(what.id)} harus ${id} ${limit.replace('.', ',')}`, en: `${cap(what.en)} must be ${en} ${limit}` };
    }
    case 'minLength':
      return { id: `${cap(what.id)} tidak boleh kosong`, en: `${cap(what.en)} must not be empty` };
    case 'minItems':
      return { id: `${cap(what.id)} harus berisi paling sedikit ${p.limit} unsur`, en: `${cap(what.en)} must have at least ${p.limit} item(s)` };
    case 'uniqueItems':
      return { id: `${cap(what.id)} berisi unsur ganda (#${Number(p.j) + 1} dan #${Number(p.i) + 1})`, en: `${cap(what.en)} has duplicate items (#${Number(p.j) + 1} and #${Number(p.i) + 1})` };
    case 'format':
      if (p.format !== 'date') return { id: `Format ${p.format} tidak valid`, en: `Invalid ${p.format} format` };
      // Written as YYYY-MM-DD but not a day of the calendar (2026-02-30): the form is right, the day is not.
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
        return { id: `Tanggal ${value} tidak ada di kalender; periksa bulan dan harinya`, en: `The date ${value} does not exist; check its month and day` };
      }
      return { id: `Tanggal tidak valid; tulis YYYY-MM-DD (mis. 2024-05-10)`, en: `Invalid date; write YYYY-MM-DD (e.g. 2024-05-10)` };
    case 'pattern':
      if (path[path.length - 1] === 'url') return { id: 'Tautan harus diawali http:// atau https:// tanpa spasi', en: 'A URL must start with http:// or https:// and contain no spaces' };
      if (path[path.length - 1] === 'item') {
        return {
          id: 'Kode butir berbentuk I{n}-L{tingkat}-{NN} (mis. I4-L2-01) atau kode portal seperti PG_04_04',
          en: "An item code looks like I{n}-L{level}-{NN} (e.g. I4-L2-01) or the portal's code such as PG_04_04",
        };
      }
      return { id: `Nilai tidak cocok dengan pola ${p.pattern}`, en: `Value does not match pattern ${p.pattern}` };
    default:
      return { id: `${cap(what.id)}: ${e.message ?? e.keyword}`, en: `${cap(what.en)}: ${e.message ?? e.keyword}` };
  }
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
