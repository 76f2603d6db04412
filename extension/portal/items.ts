/**
 * Pemdi item rows found by what they are, not by the tag around them: one
 * reader for tables per level, one table with level group rows, accordions of
 * div rows (closed panels are in the DOM, so they are read), tabs, cards and
 * list items (portals.md B6: the live markup is unknown).
 *
 * - Signs of an item: a text starting with an item code (PG_04_01), an upload
 *   control, an uploaded file (a file name as text, a link's or not), a
 *   status word (diterima/revisi, any case, alone or after "Status:").
 * - An item row is the largest element around a sign that holds no second
 *   sign of the same kind and no level heading: the smallest container that
 *   repeats under a level. A level's only item would climb to its level's
 *   panel, so it is narrowed to the shape the rows of other levels have.
 * - Its level is that of the heading whose panel holds it (aria-controls,
 *   data-target, href="#…": tabs), else of the nearest "Tingkat k" heading
 *   before it in document order (h*, accordion button, group row).
 * - Column meaning comes from header text (a table's header, or a header row
 *   of a grid) and otherwise from the content. The words are ./words.ts.
 * @module extension/portal/items
 */
import type { ItemStatus } from '../../core/types.ts';
import { isDocumentFileName } from '../../core/page-sample/file-names.ts';
import type { PortalItem } from './types.ts';
import { EVAL_WORDS, type ItemColumn } from './words.ts';
import { cellAt, tableHeader } from './table.ts';
import { fieldValue, findByText, key, norm, visibleText } from './text.ts';

const W = EVAL_WORDS.indicatorPage;
/** Words as alternatives of a regular expression (the table lists longer words first; words hold no regex syntax). */
const alt = (words: readonly string[]) => words.join('|').replace(/ /g, '\\s+');

export const LEVEL_HEADING_RE = new RegExp(`^(?:${alt(W.levelWords)})\\s+([1-5])(?!\\d)(?:\\s*[(:\\-–—·|].*)?$`, 'i');
/** A text that starts with an item code, alone or after a label ("Kode: PG_04_01 – …"), never a code mentioned mid-sentence. */
const CODE_RE = new RegExp(`^(?:[\\w ]{1,20}:\\s*)?(${W.itemCode})(?!\\w)`);
const STATUS_LABEL_RE = new RegExp(`^(?:${alt(W.statusLabels)})\\s*:\\s*`, 'i');
/** "Catatan Asesor: …" as one text, or the label alone (then the text after it). */
const ASSESSOR_RE = new RegExp(`^(?:${alt(W.columns.assessorNote)})\\s*:?\\s*(.*)$`, 'is');

export interface LevelHeading { level: number; element: Element }

/** Every "Tingkat k" heading in page order (header cells of tables left out). */
export function findLevelHeadings(doc: Document): LevelHeading[] {
  return findByText(doc, LEVEL_HEADING_RE, 60)
    .filter((el) => !el.closest('thead'))
    .map((element) => ({ level: Number(LEVEL_HEADING_RE.exec(visibleText(element))![1]), element }));
}

/** The status a text shows ("Diterima", "Status: revisi"), or null. */
export function statusWord(text: string): ItemStatus | null {
  const k = key(text).replace(STATUS_LABEL_RE, '');
  return Object.hasOwn(W.statuses, k) ? W.statuses[k]! : null;
}

const CODE = 0, UPLOAD = 1, FILE = 2, STATUS = 3;
interface Sign { kind: number; el: Element; text: string }
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'select', 'option']);

/** The signs of items in page order, leaving out those inside a level heading. */
function findSigns(root: Element, headings: readonly LevelHeading[]): Sign[] {
  const out: Sign[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.nodeType === 1 ? (n as Element) : n.parentElement!;
    let kind = -1;
    let text: string | null = null;
    if (n.nodeType === 1) {
      if (el.localName === 'input' && (el as HTMLInputElement).type === 'file') [kind, text] = [UPLOAD, String(out.length)];
    } else if (!SKIP.has(el.localName) && (text = norm((n as Text).data))) {
      const code = CODE_RE.exec(text)?.[1];
      const status = statusWord(text);
      if (code) [kind, text] = [CODE, code];
      else if (isDocumentFileName(text)) kind = FILE;
      else if (status) [kind, text] = [STATUS, status];
    }
    if (kind >= 0 && !headings.some((h) => h.element.contains(el))) out.push({ kind, el, text: text! });
  }
  return out;
}

/**
 * Each sign climbs to the largest element that holds no second sign of its
 * kind (another text) and no level heading; signs that reach the same element
 * are one row.
 */
function groupRows(root: Element, signs: readonly Sign[], headings: readonly LevelHeading[]): Map<Element, Sign[]> {
  const crowded = new Set<Element>();
  for (const h of headings) for (let a: Element | null = h.element; a; a = a.parentElement) crowded.add(a);
  const seen = new Map<Element, string[]>();
  for (const s of signs) {
    for (let a: Element | null = s.el; a && a !== root; a = a.parentElement) {
      const held = seen.get(a) ?? [];
      seen.set(a, held);
      if (held[s.kind] === undefined) held[s.kind] = s.text;
      else if (held[s.kind] !== s.text) crowded.add(a);
    }
  }
  const rows = new Map<Element, Sign[]>();
  for (const s of signs) {
    let x = s.el;
    while (x.parentElement && x.parentElement !== root && !crowded.has(x.parentElement)) x = x.parentElement;
    rows.set(x, [...(rows.get(x) ?? []), s]);
  }
  return rows;
}

interface Row { row: Element; own: Sign[]; level: number | undefined }

/**
 * A level's only item climbs to its level's panel: narrow it to the lowest
 * element that holds all its signs, has the tag of the rows of levels with
 * several items, and is a row (a <tr>, an <li>, or several children).
 */
function narrow(rows: readonly Row[]): void {
  const count = (lv: number | undefined) => rows.filter((r) => r.level === lv).length;
  const tags = new Set(rows.filter((r) => r.level && count(r.level) > 1).map((r) => r.row.localName));
  for (const r of rows) {
    if (count(r.level) > 1) continue;
    for (let a: Element | null = r.own[0]!.el; a && a !== r.row; a = a.parentElement) {
      if (tags.has(a.localName) && (/^(tr|li)$/.test(a.localName) || a.childElementCount > 1) && r.own.every((s) => a!.contains(s.el))) { r.row = a; break; }
    }
  }
}

/** Column meaning → the row's cell, from a table's header or a grid's header row. */
type Cells = (row: Element, col: ItemColumn) => Element | null;

/** Column meaning → index among `keys` (header texts as keys). */
function columnsOf(keys: readonly string[]): Partial<Record<ItemColumn, number>> {
  const cols: Partial<Record<ItemColumn, number>> = {};
  for (const [col, words] of Object.entries(W.columns)) {
    const i = words.map((w) => keys.indexOf(key(w))).find((x) => x >= 0);
    if (i !== undefined) cols[col as ItemColumn] = i;
  }
  return cols;
}

function headerCells(row: Element, rows: ReadonlyMap<Element, unknown>): Cells | null {
  if (row.localName === 'tr') {
    const h = tableHeader(row.closest('table')!);
    const keys = h ? [...h.columns.keys()] : [];
    const cols = columnsOf(keys);
    return (r, col) => (cols[col] === undefined ? null : cellAt(r, h!.columns.get(keys[cols[col]!]!)!));
  }
  // A grid: an earlier sibling of the row (or of its parent), not itself a row, whose children read as two header texts or more.
  for (const from of [row, row.parentElement]) {
    for (let sib = from?.previousElementSibling; sib && !rows.has(sib); sib = sib.previousElementSibling) {
      const cols = columnsOf(Array.from(sib.children, (c) => key(visibleText(c))));
      if (Object.keys(cols).length > 1) return (r, col) => (cols[col] === undefined ? null : r.children[cols[col]!] ?? null);
    }
  }
  return null;
}

const isField = (el: Element) => el.localName === 'textarea' || (el.localName === 'input' && ['text', ''].includes((el as HTMLInputElement).type));
const editable = (f: Element) => isField(f) && !(f as HTMLInputElement).readOnly && !(f as HTMLInputElement).disabled;
const fields = (c: Element) => Array.from(c.querySelectorAll('textarea, input'));
const fieldIn = (c: Element | null) => (c ? fields(c).find(isField) ?? null : null);
const cellText = (c: Element) => { const f = fieldIn(c); return (f ? fieldValue(f) : visibleText(c)).trim(); };

/** The assessor's note: its column; else a labelled text ("Catatan Asesor: …"); else the cell after the status. */
function assessorNote(row: Element, own: readonly Sign[], cells: Cells | null): { text: string; cell: Element | null } {
  const col = cells?.(row, 'assessorNote');
  if (col) return { text: cellText(col), cell: col };
  const label = findByText(row, ASSESSOR_RE, 2000)[0];
  if (label) return { text: ASSESSOR_RE.exec(visibleText(label))![1] || ASSESSOR_RE.exec(visibleText(label.parentElement))?.[1] || '', cell: null };
  let next = own.find((s) => s.kind === STATUS)?.el ?? null;
  while (next && next.parentElement !== row) next = next.parentElement;
  next = next?.nextElementSibling ?? null;
  return next && !own.some((s) => next!.contains(s.el)) && !fields(next).some(editable) ? { text: cellText(next), cell: next } : { text: '', cell: null };
}

function readRow(row: Element, own: readonly Sign[], cells: Cells | null): Omit<PortalItem, 'code' | 'level'> {
  const first = (kind: number) => own.find((s) => s.kind === kind)?.text ?? null;
  const assessor = assessorNote(row, own, cells);
  const noteField = fieldIn(cells?.(row, 'note') ?? null) ?? fields(row).find((f) => editable(f) && !assessor.cell?.contains(f)) ?? null;
  return {
    portalCode: first(CODE),
    file: first(FILE),
    note: noteField ? fieldValue(noteField).trim() : '',
    status: first(STATUS) as ItemStatus | null,
    assessorNote: assessor.text,
    row,
    noteField,
  };
}

/** Heading → the panel it opens (accordions, tabs): aria-controls, data-target, data-bs-target or href="#id" on it or around it. */
function panelsOf(doc: Document, headings: readonly LevelHeading[]): { panel: Element; level: number }[] {
  return headings.flatMap((h) => {
    const opener = h.element.closest('[aria-controls],[data-target],[data-bs-target],a[href^="#"]');
    const id = opener && /^#?([\w-]+)$/.exec(['aria-controls', 'data-target', 'data-bs-target', 'href'].map((a) => opener.getAttribute(a)).find(Boolean)!.trim())?.[1];
    const panel = id ? doc.getElementById(id) : null;
    return panel && !panel.contains(h.element) ? [{ panel, level: h.level }] : [];
  });
}

export interface ReadItems {
  items: Omit<PortalItem, 'code'>[];
  /** Rows that show an item code but stand under no level heading (their level cannot be read). */
  unplaced: Omit<PortalItem, 'code' | 'level'>[];
}

/**
 * The items of a Pemdi indicator page in page order, each with its level.
 * Where the page shows item codes, only rows with a code are items (a legend
 * of status words is none); elsewhere every group of signs under a level is.
 */
export function readItems(doc: Document, headings: readonly LevelHeading[]): ReadItems {
  const root = doc.body ?? doc.documentElement;
  const signs = findSigns(root, headings);
  const panels = panelsOf(doc, headings);
  const levelOf = (row: Element) => panels.find((p) => p.panel.contains(row))?.level
    ?? headings.filter((h) => h.element.compareDocumentPosition(row) & 4 && !h.element.contains(row)).pop()?.level;
  const coded = signs.some((s) => s.kind === CODE);
  const grouped = groupRows(root, signs, headings);
  const rows: Row[] = [...grouped]
    .filter(([, own]) => !coded || own.some((s) => s.kind === CODE))
    .map(([row, own]) => ({ row, own, level: levelOf(row) }))
    .sort((a, b) => (a.row.compareDocumentPosition(b.row) & 4 ? -1 : 1));
  narrow(rows);
  const headers = new Map<Element | null, Cells | null>();
  const out: ReadItems = { items: [], unplaced: [] };
  for (const { row, own, level } of rows) {
    const group = row.localName === 'tr' ? row.closest('table') : row.parentElement;
    if (!headers.has(group)) headers.set(group, headerCells(row, grouped));
    const read = readRow(row, own, headers.get(group)!);
    if (level) out.items.push({ ...read, level });
    else if (read.portalCode) out.unplaced.push(read);
  }
  return out;
}
