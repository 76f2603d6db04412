/**
 * The overlay's own text (what the content script shows on the portal pages),
 * Bahasa Indonesia first, English second. The content script does not bundle
 * this table: the background sends it with the first answer to a page
 * (extension/live/protocol.ts: Opened.text), and the tab formats with
 * extension/i18n/format.ts (bench/: content-script budget). The pages get it
 * through extension/i18n.ts.
 * @module extension/i18n/overlay
 */

export const overlayMessages = {
  // the summary (side panel, popup, Options, preview page) and the strip: every figure with its basis (docs/rules/README.md)
  estimate: ['estimasi', 'estimate'],
  nothingFilledYet: ['Belum ada indikator terisi: indeks, predikat dan langkah berikutnya muncul setelah indikator pertama terisi.', 'No indicator filled yet: the index, the predicate and the next steps appear once the first indicator is filled.'],
  filled: ['{{filled}} dari {{total}} indikator terisi', '{{filled}} of {{total}} indicators filled'],
  indexComplete: ['Indeks ({{total}} dari {{total}} indikator terisi)', 'Index ({{total}} of {{total}} indicators filled)'],
  indexFilled: ['Indeks indikator terisi ({{filled}} dari {{total}})', 'Index of the filled indicators ({{filled}} of {{total}})'],
  indexFinal: ['Indeks akhir bila {{n}} indikator lainnya tetap {{floor}}', 'Final index if the other {{n}} indicators stay at {{floor}}'],
  range: ['Rentang indeks akhir yang masih mungkin: {{min}} – {{max}}', 'Range the final index can still reach: {{min}} – {{max}}'],
  missing: ['Belum diisi: {{list}}', 'Not filled: {{list}}'],
  towards: ['Menuju {{predicate}} (≥ {{min}}): kurang {{distance}}', 'Towards {{predicate}} (≥ {{min}}): {{distance}} to go'],
  onFinal: ['diukur pada indeks akhir {{index}}', 'measured on the final index {{index}}'],
  top: ['Sudah di predikat tertinggi.', 'Already at the top predicate.'],
  unreachable: ['Predikat berikutnya tidak tercapai dengan langkah yang tersedia.', 'The next predicate is out of reach with the steps available.'],
  cheapest: ['Langkah termurah ({{n}}; tambahan pada indeks akhir):', 'Cheapest steps ({{n}}; gain on the final index):'],
  notes: ['Catatan (* = estimasi):', 'Notes (* = estimate):'],
  moreSteps: ['dan {{n}} langkah lagi', 'and {{n}} more steps'],
  stepLevel: ['Ind. {{indicator}}: tingkat {{level}}', 'Ind. {{indicator}}: level {{level}}'],
  toLevel: ['tingkat {{level}}', 'level {{level}}'],
  stepItem: ['Ind. {{indicator}}: butir {{item}}', 'Ind. {{indicator}}: item {{item}}'],
  domains: ['Domain', 'Domains'],
  aspects: ['Aspek', 'Aspects'],
  // the index strip
  openPanel: ['Rincian di panel samping', 'Details in the side panel'],
  unsavedChoices: ['Termasuk {{n}} pilihan yang belum disimpan di portal.', 'Includes {{n}} choice(s) not yet saved on the portal.'],
  savedOnPortal: ['Tersimpan di portal: {{index}}.', 'Saved on the portal: {{index}}.'],
  notCountedItems: ['Indikator {{n}} tidak dihitung: hanya {{read}} dari {{expected}} butir data dukung terbaca di halaman ini.', 'Indicator {{n}} is not counted: only {{read}} of {{expected}} evidence items could be read on this page.'],
  notCountedRadios: ['Indikator {{n}} tidak dihitung: pilihan Capaian tidak terbaca di halaman ini.', 'Indicator {{n}} is not counted: the Capaian choice could not be read on this page.'],
  listRead: ['Dari Daftar Indikator: {{n}} dari {{total}} indikator sudah diisi di portal.', 'From the indicator list: {{n}} of {{total}} indicators are filled on the portal.'],
  evalListNote: ['Daftar indikator Pemdi menunjukkan jumlah butir, bukan nilai: nilai dihitung saat halaman indikator dibuka.', 'The Pemdi indicator list shows item counts, not values: a value is computed when its indicator page is opened.'],
  exportFile: ['Ekspor berkas penilaian', 'Export assessment file'],
  corrupt: ['{{n}} catatan tersimpan rusak; ekspor lalu hapus lewat halaman Opsi.', '{{n}} stored records are corrupt; export them, then delete them on the Options page.'],
  lastYear: ['Tahun lalu', 'Last year'],
  deltaIndex: ['(indeks dibanding tahun lalu)', '(index against last year)'],
  deltaPartial: ['Belum dapat dibandingkan: baru {{filled}} dari {{total}} indikator terisi (indeks akhir bila sisanya 1,00: {{delta}} dibanding tahun lalu)', 'Not comparable yet: only {{filled}} of {{total}} indicators filled (the final index with the rest at 1.00: {{delta}} against last year)'],
  belowLastYear: ['{{n}} indikator di bawah tahun lalu', '{{n}} indicator(s) below last year'],
  noConversion: ['Kerangka berbeda: tidak ada konversi resmi, kedua indeks ditampilkan berdampingan.', 'Different frameworks: there is no official conversion; both indices are shown side by side.'],
  // the chip beside the indicator's title
  chipLabel: ['SPBE Lens, indikator {{n}}', 'SPBE Lens, indicator {{n}}'],
  weight: ['Bobot', 'Weight'],
  value: ['Nilai', 'Value'],
  contribution: ['Kontribusi', 'Contribution'],
  nextStep: ['Langkah berikut (pada indeks akhir)', 'Next step (on the final index)'],
  none: ['belum diisi', 'not filled'],
  basisConversion: ['estimasi dari skor indeks nasional', 'estimate from the national index score'],
  basisFloor: ['nilai lantai: skor indeks nasional belum diisi', 'the floor: no national index score entered'],
  chosenUnsaved: ['dipilih di halaman ini, belum disimpan', 'chosen on this page, not yet saved'],
  otherTabUnsaved: ['dipilih di tab lain, belum disimpan', 'chosen in another tab, not yet saved'],
  savedValue: ['tersimpan: {{value}}', 'saved: {{value}}'],
  newerSaved: ['Portal menyimpan {{value}} sesudah halaman ini dimuat (di tab lain); muat ulang halaman ini.', 'The portal saved {{value}} after this page was loaded (in another tab); reload this page.'],
  itemsRead: ['{{read}} dari {{expected}} butir terbaca', '{{read}} of {{expected}} items read'],
  radiosRead: ['Pilihan Capaian tidak terbaca', 'The Capaian choice could not be read'],
  noValueShown: ['Nilai tidak ditampilkan agar tidak menyesatkan.', 'No value is shown rather than a misleading one.'],
  externalValue: ['Nilai yang ditampilkan portal (1,00–5,00)', 'Value the portal shows (1.00–5.00)'],
  externalScore: ['Skor {{index}} ({{min}}–{{max}})', '{{index}} score ({{min}}–{{max}})'],
  invalidScore: ['Masukkan skor dalam rentang indeks itu.', 'Enter a score within that index\'s range.'],
  saveValue: ['Simpan nilai', 'Save value'],
  invalidValue: ['Masukkan angka 1,00 sampai 5,00.', 'Enter a number from 1.00 to 5.00.'],
  // the check before upload
  uploadChecking: ['Memeriksa berkas di komputer ini…', 'Checking the file on this computer…'],
  uploadOk: ['Tidak ada masalah terdeteksi pada berkas ini (diperiksa di komputer ini; belum diunggah).', 'No problems found in this file (checked on this computer; not uploaded).'],
  uploadFailed: ['Berkas tidak dapat diperiksa', 'The file could not be checked'],
  relatedLast: ['Terkait (SPBE {{year}}, bukan konversi)', 'Related (SPBE {{year}}, not a conversion)'],
  // the inline checks
  checks: ['Pemeriksaan bukti dukung', 'Evidence checks'],
  noProblems: ['Tidak ada masalah ditemukan untuk indikator ini.', 'No problems found for this indicator.'],
  checksSkipped: ['Pemeriksaan bukti dukung tidak dijalankan: halaman ini tidak terbaca penuh.', 'Evidence checks were not run: this page could not be read in full.'],
  details: ['Rincian', 'Details'],
  // the assessor views
  levelEm: ['Penilaian mandiri (EM)', 'Self-assessment (EM)'],
  levelDe: ['Penilaian dokumen (DE)', 'Document assessment (DE)'],
  levelInt: ['Interviu (Int)', 'Interview (Int)'],
  levelCapaian: ['Capaian asesor', "Assessor's level"],
  assessorEffect: ['Pengaruh ke indeks akhir: {{gain}}', 'Effect on the final index: {{gain}}'],
  // a portal page that is not recognised
  noticeTitle: ['SPBE Lens tidak menampilkan apa pun di halaman ini.', 'SPBE Lens shows nothing on this page.'],
  noticeWhy: ['Alasannya ada di popup SPBE Lens, yang juga dapat menyimpan contoh halaman (tanpa data instansi) untuk perbaikan.', 'The SPBE Lens popup says why, and can save a page sample (without the agency\'s data) so it can be fixed.'],
  noticeWhat: ['Buka Penilaian Mandiri, lalu Daftar Indikator atau salah satu indikator.', 'Open Penilaian Mandiri, then the indicator list or one indicator.'],
  dismiss: ['Tutup', 'Close'],
} as const satisfies Record<string, readonly [string, string]>;

export type OverlayText = typeof overlayMessages;
export type OverlayKey = keyof OverlayText;

export { translate } from './format.ts';
