/**
 * The extension's own text, Bahasa Indonesia first, English second. Regulation
 * terms stay in Indonesian in both (predikat names, "FAKTA/ANALISIS").
 * @module extension/i18n
 */
import type { Locale } from '../core/types.ts';

const messages = {
  index: ['Indeks', 'Index'],
  predicate: ['Predikat', 'Predicate'],
  estimate: ['estimasi', 'estimate'],
  estimateNote: ['Nilai Pemdi dari butir data dukung adalah estimasi (porsi butir per tingkat), bukan rumus resmi.', 'Pemdi values from evidence items are estimates (item share per level), not the official formula.'],
  filled: ['{{filled}} dari {{total}} indikator terisi', '{{filled}} of {{total}} indicators filled'],
  range: ['Indeks akhir masih dapat {{min}} – {{max}}', 'The final index can still be {{min}} – {{max}}'],
  towards: ['Menuju {{predicate}} (≥ {{min}}): kurang {{distance}}', 'Towards {{predicate}} (≥ {{min}}): {{distance}} to go'],
  top: ['Sudah di predikat tertinggi.', 'Already at the top predicate.'],
  unreachable: ['Predikat berikutnya tidak tercapai dengan langkah yang tersedia.', 'The next predicate is out of reach with the steps available.'],
  cheapest: ['Langkah termurah ({{n}}):', 'Cheapest steps ({{n}}):'],
  stepLevel: ['Ind. {{indicator}}: tingkat {{level}}', 'Ind. {{indicator}}: level {{level}}'],
  stepItem: ['Ind. {{indicator}}: butir {{item}}', 'Ind. {{indicator}}: item {{item}}'],
  domains: ['Domain', 'Domains'],
  aspects: ['Aspek', 'Aspects'],
  weight: ['Bobot', 'Weight'],
  value: ['Nilai', 'Value'],
  contribution: ['Kontribusi', 'Contribution'],
  nextStep: ['Langkah berikut', 'Next step'],
  none: ['belum diisi', 'not filled'],
  collapse: ['Ciutkan', 'Collapse'],
  expand: ['SPBE Lens', 'SPBE Lens'],
  nothingFilled: ['Belum ada indikator terisi.', 'No indicator filled yet.'],
  checks: ['Pemeriksaan bukti dukung', 'Evidence checks'],
  noProblems: ['Tidak ada masalah ditemukan untuk indikator ini.', 'No problems found for this indicator.'],
  projected: ['(proyeksi, indikator kosong = 1)', '(projection, missing indicators = 1)'],
  exportFile: ['Ekspor berkas penilaian', 'Export assessment file'],
  importFile: ['Impor berkas penilaian', 'Import assessment file'],
  corrupt: ['{{n}} catatan tersimpan rusak; ekspor lalu hapus lewat halaman Opsi.', '{{n}} stored records are corrupt; export them, then delete them on the Options page.'],
} as const satisfies Record<string, readonly [string, string]>;

export type MessageKey = keyof typeof messages;

export function t(locale: Locale, key: MessageKey, data: Record<string, string | number> = {}): string {
  const text = messages[key][locale === 'en' ? 1 : 0];
  return text.replace(/\{\{(\w+)\}\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}
