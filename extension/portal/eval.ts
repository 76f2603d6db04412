/**
 * eval.spbe.go.id: one Pemdi indicator, indicator → level → item rows
 * (portals.md B2, B3, B5). No HTML snapshot of this portal is public (B6), so
 * the column labels below are the replica's guesses (README †): columns are
 * found by header text first, and each structural fallback says so.
 * @module extension/portal/eval
 */
import type { ItemStatus } from '../../core/types.ts';
import type { PortalItem, Recognition } from './types.ts';
import { findTitle, frameworkOfHost, readContext } from './context.ts';
import { reasons } from './reasons.ts';
import { cellAt, cellsOf, column, findTables, ownRows, tableHeader, type FoundTable } from './table.ts';
import { fieldValue, fileNameIn, findByText, key, visibleText } from './text.ts';

export const LEVEL_HEADING_RE = /^Tingkat\s+([1-5])(?!\d)(?:\s*[(:\-–—·|].*)?$/i;
export const EVAL_LIST_HEADERS = ['Kode', 'Indikator', 'Jumlah Butir'] as const;
const INDICATORS = 20;
/** Portal item codes: PG_04_01, TD_13_05; the prefix of five aspects is unknown (B2), so any. */
const CODE_RE = /^[A-Z0-9]{2,}_\d{2}_\d{2}$/;
const COLS = {
  code: ['Kode', 'Kode Butir'],
  file: ['Dokumen', 'Berkas', 'File', 'Unggah', 'Unggah Dokumen', 'Bukti Dukung', 'Data Dukung'],
  note: ['Catatan', 'Catatan Instansi', 'Keterangan'],
  status: ['Status', 'Hasil', 'Hasil Penilaian', 'Status Penilaian'],
  assessorNote: ['Catatan Asesor', 'Catatan Penilai', 'Catatan Penilaian', 'Catatan Verifikator'],
} as const;
type Col = keyof typeof COLS;

/** "Tingkat k …" headings in page order (the first one per level). */
export function findLevelHeadings(doc: Document): { level: number; element: Element }[] {
  const out: { level: number; element: Element }[] = [];
  for (const el of findByText(doc, LEVEL_HEADING_RE, 60)) {
    if (el.closest('thead')) continue;
    const level = Number(LEVEL_HEADING_RE.exec(visibleText(el))![1]);
    if (!out.some((o) => o.level === level)) out.push({ level, element: el });
  }
  return out;
}

const hasFileInput = (c: Element) => Array.from(c.querySelectorAll('input')).some((i) => (i as HTMLInputElement).type === 'file');

function itemTables(doc: Document): FoundTable[] {
  const byHeader = findTables(doc, []).filter((t) => column(t, COLS.status) !== null && (column(t, COLS.code) !== null || column(t, COLS.file) !== null));
  if (byHeader.length) return byHeader;
  // Fallback (portals.md B6: the labels are unknown): any table with a row
  // holding a portal item code or a file input.
  return Array.from(doc.querySelectorAll('table'))
    .map((t) => tableHeader(t) ?? { table: t, columns: new Map<string, number>(), body: ownRows(t) })
    .filter((t) => t.body.some((r) => cellsOf(r).some((c) => CODE_RE.test(visibleText(c)) || hasFileInput(c))));
}

const isField = (el: Element) => el.localName === 'textarea' || (el.localName === 'input' && ['text', ''].includes((el as HTMLInputElement).type));
const fieldIn = (c: Element | null) => (c ? Array.from(c.querySelectorAll('textarea, input')).find(isField) ?? null : null);
const cellText = (c: Element | null) => { const f = fieldIn(c); return (f ? fieldValue(f) : visibleText(c)).trim(); };
const STATUS_RE = /^(diterima|revisi)\b/;

function readRow(t: FoundTable, row: Element): Omit<PortalItem, 'code' | 'level'> | null {
  const cells = cellsOf(row);
  if (cells.length < 3) return null; // level group rows, "Tidak ada butir …" rows
  const at = (c: Col) => { const i = column(t, COLS[c]); return i === null ? null : cellAt(row, i); };
  // Fallbacks (portals.md B6): the code is the cell shaped like PG_04_01; the
  // status the cell reading exactly diterima/revisi; the assessor note the cell
  // after it; the file the cell with the upload input; the note the first
  // editable text field of the row.
  const codeCell = at('code') ?? cells.find((c) => CODE_RE.test(visibleText(c))) ?? null;
  const statusCell = at('status') ?? cells.find((c) => STATUS_RE.test(key(visibleText(c)))) ?? null;
  const assessorCell = at('assessorNote') ?? (statusCell ? (statusCell.nextElementSibling ?? null) : null);
  const fileCell = at('file') ?? cells.find(hasFileInput) ?? null;
  const noteField = fieldIn(at('note')) ?? Array.from(row.querySelectorAll('textarea, input'))
    .find((f) => isField(f) && !assessorCell?.contains(f) && !(f as HTMLInputElement).readOnly && !(f as HTMLInputElement).disabled) ?? null;
  const portalCode = codeCell ? visibleText(codeCell) || null : null;
  const status = (STATUS_RE.exec(key(visibleText(statusCell)))?.[1] ?? null) as ItemStatus | null;
  if (!portalCode && !status && !fileCell) return null;
  return {
    portalCode,
    file: fileNameIn(fileCell),
    note: noteField ? fieldValue(noteField).trim() : '',
    status,
    assessorNote: cellText(assessorCell),
    row,
    noteField,
  };
}

/** Read the indicator page: items in page order, coded I{n}-L{level}-{NN} by position within their level. */
export function readEvalIndicator(doc: Document, url: URL): Recognition {
  if (frameworkOfHost(url) !== 'pemdi-2026') return { ok: false, reason: reasons.unknownHost(url.hostname) };
  const title = findTitle(doc, 'pemdi-2026');
  if (!title) return { ok: false, reason: reasons.titleMissing(INDICATORS) };
  const headings = findLevelHeadings(doc);
  if (headings.length === 0) return { ok: false, reason: reasons.levelsMissing() };
  const items: PortalItem[] = [];
  const counts = new Map<number, number>();
  for (const t of itemTables(doc)) {
    for (const row of t.body) {
      const read = readRow(t, row);
      if (!read) continue;
      // The level is that of the last "Tingkat k" heading before the row (4 = DOCUMENT_POSITION_FOLLOWING).
      const above = headings.filter((h) => h.element.compareDocumentPosition(row) & 4).pop();
      if (!above) return { ok: false, reason: reasons.itemWithoutLevel(read.portalCode ?? String(items.length + 1)) };
      const nn = (counts.get(above.level) ?? 0) + 1;
      counts.set(above.level, nn);
      items.push({ code: `I${title.indicator}-L${above.level}-${String(nn).padStart(2, '0')}`, level: above.level, ...read });
    }
  }
  return {
    ok: true,
    page: {
      kind: 'eval-indicator',
      context: readContext(doc, 'pemdi-2026'),
      indicator: title.indicator,
      items,
      anchor: title.element,
      levels: new Map(headings.map((h) => [h.level, h.element])),
    },
  };
}

/** The Daftar Indikator table (headers invented in the replica, README †). */
export function hasEvalList(doc: Document): boolean {
  return findTables(doc, EVAL_LIST_HEADERS).length > 0;
}
