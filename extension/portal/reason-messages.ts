/**
 * A reason a page was not recognised (./reasons.ts), in both languages, for
 * the pages that show it. Declared once here (as ESLint's meta.messages) so
 * the wording is reviewable. Each names the anchor that was missing.
 * @module extension/portal/reason-messages
 */
import type { Message } from '../../core/lint/diagnostic.ts';
import type { Reason, ReasonCode } from './reasons.ts';

const cols = (h: unknown) => (h as readonly string[]).join(' | ');

const messages: Record<ReasonCode, (...a: never[]) => Message> = {
  notRead: () => ({ id: 'Halaman belum dibaca.', en: 'The page has not been read yet.' }),
  unknownHost: (host: string) => ({
    id: `Situs ${host || '(tanpa nama)'} bukan portal evaluasi yang didukung (tauval.spbe.go.id atau eval.spbe.go.id).`,
    en: `${host || '(no host)'} is not a supported evaluation portal (tauval.spbe.go.id or eval.spbe.go.id).`,
  }),
  tableMissing: (headers: readonly string[]) => ({
    id: `Halaman ini bukan halaman indikator: tabel '${cols(headers)}' tidak ditemukan.`,
    en: `This is not an indicator page: no table with the columns '${cols(headers)}' was found.`,
  }),
  columnsMissing: (found: readonly string[], missing: readonly string[]) => ({
    id: `Halaman ini bukan halaman indikator: tabel '${cols(found)}' ditemukan, tetapi kolom '${cols(missing)}' tidak ada.`,
    en: `This is not an indicator page: the table '${cols(found)}' was found, but it has no '${cols(missing)}' column.`,
  }),
  noLevelRows: (headers: readonly string[]) => ({
    id: `Tabel '${cols(headers)}' tidak memuat baris tingkat 1–5.`,
    en: `The table '${cols(headers)}' has no rows for levels 1–5.`,
  }),
  assessorView: () => ({
    id: `Ini tampilan asesor (kolom 'EM'), bukan halaman penilaian mandiri.`,
    en: `This is an assessor view (an 'EM' column), not the self-assessment page.`,
  }),
  titleMissing: (max: number) => ({
    id: `Judul 'Indikator {n}' (n = 1–${max}) tidak ditemukan atau tidak tunggal, sehingga nomor indikator tidak terbaca.`,
    en: `No single title 'Indikator {n}' (n = 1–${max}) was found, so the indicator number cannot be read.`,
  }),
  notListEither: (base: Reason, listHeaders: readonly string[]) => {
    const b = reasonMessage(base);
    return {
      id: `${b.id} Halaman ini juga bukan daftar indikator: tabel '${cols(listHeaders)}' tidak ditemukan.`,
      en: `${b.en} Nor is it an indicator list: no table with the columns '${cols(listHeaders)}' was found.`,
    };
  },
  levelsMissing: () => ({
    id: `Halaman ini bukan halaman indikator Pemdi: bagian 'Tingkat 1' … 'Tingkat 5' tidak ditemukan.`,
    en: `This is not a Pemdi indicator page: no sections headed 'Tingkat 1' … 'Tingkat 5' were found.`,
  }),
  itemWithoutLevel: (code: string) => ({
    id: `Baris butir ${code} tidak berada di bawah judul 'Tingkat {k}', sehingga tingkatnya tidak terbaca.`,
    en: `The item row ${code} is not under a 'Tingkat {k}' heading, so its level cannot be read.`,
  }),
};

/** The reason in words, both languages. */
export function reasonMessage(r: Reason): Message {
  return (messages[r.code] as (...a: unknown[]) => Message)(...r.args);
}
