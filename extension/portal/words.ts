/**
 * What varies between portal versions, as data: one table per portal of the
 * words the adapter looks for (header texts, labels, level-heading words,
 * status words). A page the adapter misreads is usually fixed here, plus a
 * replica of the page (docs/page-sample.md). The readers hold no words of
 * their own. Words marked † in test/fixtures/portal/README.md are guesses from
 * the replicas and wait for a sample of the live portal. Words are plain text
 * (letters, digits, spaces), longer words before the shorter words they start
 * with: readers join them into regular expressions.
 * @module extension/portal/words
 */
import type { ItemStatus } from '../../core/types.ts';

/** Words shared by every page of one portal, then one section per page kind. */
export interface PortalWords {
  /** Labels of whose assessment a page is (label : value rows, portals.md A5 "Kode Instansi", "Nama Instansi"). */
  labels: { agency: string; agencyCode: string; year: string; activity: string };
  /** The Daftar Indikator page: the header texts its table must have. */
  listPage: { headers: readonly string[] };
}

const LABELS: PortalWords['labels'] = { agency: 'Nama Instansi', agencyCode: 'Kode Instansi', year: 'Tahun', activity: 'Kegiatan' };

/** tauval.spbe.go.id (SPBE 2020; portals.md A4, A5). */
export interface TauvalWords extends PortalWords {
  indicatorPage: {
    /** The criteria table's header texts, in order (A4). */
    criteriaHeaders: readonly string[];
    /** Columns only assessor views have (A5): EM, DE, Int. */
    assessorHeaders: readonly string[];
    /** The placeholder of each row's note field (A4). */
    notePlaceholder: string;
    /** The data dukung list: file and title columns, and the heading of its block (A4: unseen, †). */
    evidence: { fileHeaders: readonly string[]; titleHeaders: readonly string[]; sectionHeadings: readonly string[] };
  };
}

/** What a Pemdi item's column means. */
export type ItemColumn = 'code' | 'file' | 'note' | 'status' | 'assessorNote';

/** eval.spbe.go.id (Pemdi 2026; portals.md B2, B3, B5). */
export interface EvalWords extends PortalWords {
  indicatorPage: {
    /** Words that open a level heading: "Tingkat 3 (Berkembang)", "Level 3" (B5). */
    levelWords: readonly string[];
    /** Portal item codes, as a regular expression's source: PG_04_01, TD_13_05 (B2; any prefix, since five are unknown). */
    itemCode: string;
    /**
     * Header texts per column meaning, in a table or a header row of a grid (†).
     * A row whose cells read as two of them is a header row; the note and the
     * assessor's note are read from their columns, the rest from the signs.
     */
    columns: Readonly<Record<ItemColumn, readonly string[]>>;
    /** Status words as the page shows them (any case) → the core's status (B3). */
    statuses: Readonly<Record<string, ItemStatus>>;
    /** Labels that may stand before a status word in the same text ("Status: diterima"). */
    statusLabels: readonly string[];
  };
}

export const TAUVAL_WORDS: TauvalWords = {
  labels: LABELS,
  listPage: { headers: ['No', 'Domain', 'Aspek', 'Indikator', 'Capaian'] },
  indicatorPage: {
    criteriaHeaders: ['Tingkat', 'Kriteria', 'Capaian'],
    assessorHeaders: ['EM', 'DE', 'Int'],
    notePlaceholder: 'catatan',
    evidence: {
      fileHeaders: ['Nama File', 'Nama Berkas', 'File', 'Berkas', 'Dokumen', 'Data Dukung', 'Lampiran'],
      titleHeaders: ['Judul', 'Judul Dokumen', 'Nama Dokumen', 'Keterangan'],
      sectionHeadings: ['Data Dukung', 'Data Pendukung', 'Lampiran Data Dukung', 'Lampiran Data Pendukung'],
    },
  },
};

export const EVAL_WORDS: EvalWords = {
  labels: LABELS,
  listPage: { headers: ['Kode', 'Indikator', 'Jumlah Butir'] },
  indicatorPage: {
    levelWords: ['Tingkat Kematangan', 'Tingkat', 'Level'],
    itemCode: '[A-Z][A-Z0-9]+_\\d{2}_\\d{2}',
    columns: {
      code: ['Kode', 'Kode Butir'],
      file: ['Dokumen', 'Berkas', 'File', 'Unggah', 'Unggah Dokumen', 'Bukti Dukung', 'Data Dukung'],
      note: ['Catatan', 'Catatan Instansi', 'Keterangan'],
      status: ['Status', 'Hasil', 'Hasil Penilaian', 'Status Penilaian'],
      assessorNote: ['Catatan Asesor', 'Catatan Penilaian', 'Catatan Penilai', 'Catatan Verifikator'],
    },
    statuses: { diterima: 'diterima', revisi: 'revisi' },
    statusLabels: ['Status Penilaian', 'Status', 'Hasil'],
  },
};
