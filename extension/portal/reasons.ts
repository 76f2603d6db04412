/**
 * Why a page was not recognised, in both languages; the popup shows these.
 * Declared once here (as ESLint's meta.messages) so the wording is reviewable.
 * Each names the anchor that was missing.
 * @module extension/portal/reasons
 */
import type { Message } from '../../core/lint/diagnostic.ts';

const cols = (h: readonly string[]) => h.join(' | ');

/** A reason with its key: the page sample's recognition report names it (docs/page-sample.md). */
export type Reason = Message & { code: string };

const messages = {
  unknownHost: (host: string): Message => ({
    id: `Situs ${host || '(tanpa nama)'} bukan portal evaluasi yang didukung (tauval.spbe.go.id atau eval.spbe.go.id).`,
    en: `${host || '(no host)'} is not a supported evaluation portal (tauval.spbe.go.id or eval.spbe.go.id).`,
  }),
  tableMissing: (headers: readonly string[]): Message => ({
    id: `Halaman ini bukan halaman indikator: tabel '${cols(headers)}' tidak ditemukan.`,
    en: `This is not an indicator page: no table with the columns '${cols(headers)}' was found.`,
  }),
  columnsMissing: (found: readonly string[], missing: readonly string[]): Message => ({
    id: `Halaman ini bukan halaman indikator: tabel '${cols(found)}' ditemukan, tetapi kolom '${cols(missing)}' tidak ada.`,
    en: `This is not an indicator page: the table '${cols(found)}' was found, but it has no '${cols(missing)}' column.`,
  }),
  noLevelRows: (headers: readonly string[]): Message => ({
    id: `Tabel '${cols(headers)}' tidak memuat baris tingkat 1–5.`,
    en: `The table '${cols(headers)}' has no rows for levels 1–5.`,
  }),
  assessorView: (): Message => ({
    id: `Ini tampilan asesor (kolom 'EM'), bukan halaman penilaian mandiri.`,
    en: `This is an assessor view (an 'EM' column), not the self-assessment page.`,
  }),
  titleMissing: (max: number): Message => ({
    id: `Judul 'Indikator {n}' (n = 1–${max}) tidak ditemukan atau tidak tunggal, sehingga nomor indikator tidak terbaca.`,
    en: `No single title 'Indikator {n}' (n = 1–${max}) was found, so the indicator number cannot be read.`,
  }),
  notListEither: (base: Message, listHeaders: readonly string[]): Message => ({
    id: `${base.id} Halaman ini juga bukan daftar indikator: tabel '${cols(listHeaders)}' tidak ditemukan.`,
    en: `${base.en} Nor is it an indicator list: no table with the columns '${cols(listHeaders)}' was found.`,
  }),
  levelsMissing: (): Message => ({
    id: `Halaman ini bukan halaman indikator Pemdi: bagian 'Tingkat 1' … 'Tingkat 5' tidak ditemukan.`,
    en: `This is not a Pemdi indicator page: no sections headed 'Tingkat 1' … 'Tingkat 5' were found.`,
  }),
  itemWithoutLevel: (code: string): Message => ({
    id: `Baris butir ${code} tidak berada di bawah judul 'Tingkat {k}', sehingga tingkatnya tidak terbaca.`,
    en: `The item row ${code} is not under a 'Tingkat {k}' heading, so its level cannot be read.`,
  }),
};

/** Each reason, carrying its key as `code`. */
export const reasons = Object.fromEntries(Object.entries(messages).map(([code, f]) =>
  [code, (...a: never[]) => ({ code, ...(f as (...a: never[]) => Message)(...a) })])) as { [K in keyof typeof messages]: (...a: Parameters<(typeof messages)[K]>) => Reason };
