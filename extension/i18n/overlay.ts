/**
 * The overlay's own text (what the content script shows on the portal pages),
 * Bahasa Indonesia first, English second. Kept apart from the pages' text
 * (extension/i18n.ts) so the script injected into the portal carries only
 * what it shows (bench/: content-script budget).
 * @module extension/i18n/overlay
 */
import type { Locale } from '../../core/types.ts';

export const overlayMessages = {
  estimate: ['estimasi', 'estimate'],
  estimateNote: ['Nilai Pemdi dari butir data dukung adalah estimasi (porsi butir per tingkat), bukan rumus resmi.', 'Pemdi values from evidence items are estimates (item share per level), not the official formula.'],
  filled: ['{{filled}} dari {{total}} indikator terisi', '{{filled}} of {{total}} indicators filled'],
  range: ['Indeks akhir masih dapat {{min}} – {{max}}', 'The final index can still be {{min}} – {{max}}'],
  towards: ['Menuju {{predicate}} (≥ {{min}}): kurang {{distance}}', 'Towards {{predicate}} (≥ {{min}}): {{distance}} to go'],
  top: ['Sudah di predikat tertinggi.', 'Already at the top predicate.'],
  unreachable: ['Predikat berikutnya tidak tercapai dengan langkah yang tersedia.', 'The next predicate is out of reach with the steps available.'],
  cheapest: ['Langkah termurah ({{n}}):', 'Cheapest steps ({{n}}):'],
  stepLevel: ['Ind. {{indicator}}: tingkat {{level}}', 'Ind. {{indicator}}: level {{level}}'],
  toLevel: ['tingkat {{level}}', 'level {{level}}'],
  stepItem: ['Ind. {{indicator}}: butir {{item}}', 'Ind. {{indicator}}: item {{item}}'],
  domains: ['Domain', 'Domains'],
  aspects: ['Aspek', 'Aspects'],
  weight: ['Bobot', 'Weight'],
  value: ['Nilai', 'Value'],
  contribution: ['Kontribusi', 'Contribution'],
  nextStep: ['Langkah berikut', 'Next step'],
  none: ['belum diisi', 'not filled'],
  collapse: ['Ciutkan', 'Collapse'],
  expandPanel: ['Buka panel', 'Open panel'],
  checks: ['Pemeriksaan bukti dukung', 'Evidence checks'],
  noProblems: ['Tidak ada masalah ditemukan untuk indikator ini.', 'No problems found for this indicator.'],
  projected: ['(proyeksi, indikator kosong = 1)', '(projection, missing indicators = 1)'],
  exportFile: ['Ekspor berkas penilaian', 'Export assessment file'],
  corrupt: ['{{n}} catatan tersimpan rusak; ekspor lalu hapus lewat halaman Opsi.', '{{n}} stored records are corrupt; export them, then delete them on the Options page.'],
  lastYear: ['Tahun lalu', 'Last year'],
  belowLastYear: ['{{n}} indikator di bawah tahun lalu', '{{n}} indicator(s) below last year'],
  noConversion: ['Kerangka berbeda: tidak ada konversi resmi, kedua indeks ditampilkan berdampingan.', 'Different frameworks: there is no official conversion; both indices are shown side by side.'],
  uploadChecking: ['Memeriksa berkas di komputer ini…', 'Checking the file on this computer…'],
  uploadOk: ['Tidak ada masalah terdeteksi pada berkas ini (diperiksa di komputer ini; belum diunggah).', 'No problems found in this file (checked on this computer; not uploaded).'],
  uploadFailed: ['Berkas tidak dapat diperiksa', 'The file could not be checked'],
  relatedLast: ['Terkait (SPBE {{year}}, bukan konversi)', 'Related (SPBE {{year}}, not a conversion)'],
} as const satisfies Record<string, readonly [string, string]>;

export type OverlayKey = keyof typeof overlayMessages;

/** A message in the locale, with {{name}} placeholders filled from data. */
export function translate<K extends string>(messages: Record<K, readonly [string, string]>, locale: Locale, key: K, data: Record<string, string | number> = {}): string {
  const text = messages[key][locale === 'en' ? 1 : 0];
  return text.replace(/\{\{(\w+)\}\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

export function t(locale: Locale, key: OverlayKey, data: Record<string, string | number> = {}): string {
  return translate(overlayMessages, locale, key, data);
}
