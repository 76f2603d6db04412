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
 *   panel, so it is narrowed to the tag the rows of other levels have.
 * - Its level is that of the heading whose panel holds it (aria-controls,
 *   data-target, href="#…": tabs), else of the nearest "Tingkat k" heading
 *   before it in document order (h*, accordion button, group row).
 * - Column meaning comes from header text (a table's header row, or a header
 *   row of a grid) and otherwise from the content. The words are ./words.ts.
 * @module extension/portal/items
 */
import type { ItemStatus } from '../../core/types.ts';
import { isDocumentFileName } from '../../core/page-sample/file-names.ts';
import type { PortalItem } from './types.ts';
import { EVAL_WORDS, type ItemColumn } from './words.ts';
import { fieldValue, findByText, key, norm, SKIP, visibleText } from './text.ts';

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
export const findLevelHeadings = (doc: Document): LevelHeading[] => findByText(doc, LEVEL_HEADING_RE, 60)
  .filter((el) => !el.closest('thead'))
  .map((element) => ({ level: Number(LEVEL_HEADING_RE.exec(visibleText(element))![1]), element }));

/** The status a text shows ("Diterima", "Status: revisi"), or null. */
export function statusWord(text: string): ItemStatus | null {
  const k = key(text).replace(STATUS_LABEL_RE, '');
  return Object.hasOwn(W.statuses, k) ? W.statuses[k]! : null;
}

/** A sign of an item: its kind (0 code, 1 upload, 2 file, 3 status), where, and what it says. */
type Sign = [kind: number, el: Element, text: string];
type Row = { row: Element; own: Sign[]; level?: number | undefined };

/** The signs of items in page order, leaving out those inside a level heading. */
function findSigns(root: Element, headings: readonly LevelHeading[]): Sign[] {
  const out: Sign[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.nodeType === 1 ? (n as Element) : n.parentElement!;
    const text = n.nodeType === 3 && !SKIP.has(el.localName) ? norm((n as Text).data) : '';
    const code = CODE_RE.exec(text)?.[1];
    const status = statusWord(text);
    const sign: Sign | null = (el as HTMLInputElement).type === 'file' && n === el ? [1, el, String(out.length)]
      : code ? [0, el, code] : text && isDocumentFileName(text) ? [2, el, text] : status ? [3, el, status] : null;
    if (sign && !headings.some((h) => h.element.contains(el))) out.push(sign);
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
  const held = new Map<Element, string[]>();
  for (const h of headings) for (let a: Element | null = h.element; a; a = a.parentElement) crowded.add(a);
  for (const [kind, el, text] of signs) {
    for (let a: Element | null = el; a && a !== root; a = a.parentElement) {
      const seen = held.get(a) ?? [];
      held.set(a, seen);
      if ((seen[kind] ??= text) !== text) crowded.add(a);
    }
  }
  const rows = new Map<Element, Sign[]>();
  for (const s of signs) {
    let x = s[1];
    while (x.parentElement !== root && !crowded.has(x.parentElement!)) x = x.parentElement!;
    rows.set(x, [...(rows.get(x) ?? []), s]);
  }
  return rows;
}

/**
 * A level's only item climbs to its level's panel: narrow it to the lowest
 * element that holds all its signs, has the tag of the rows of levels with
 * several items, and is a row (a <tr>, an <li>, or several children).
 */
function narrow(rows: readonly Row[]): void {
  const alone = (r: Row) => rows.filter((o) => o.level === r.level).length < 2;
  const tags = new Set(rows.filter((r) => r.level && !alone(r)).map((r) => r.row.localName));
  for (const r of rows.filter(alone)) {
    for (let a: Element | null = r.own[0]![1]; a && a !== r.row; a = a.parentElement) {
      if (tags.has(a.localName) && (/^(tr|li)$/.test(a.localName) || a.childElementCount > 1) && r.own.every((s) => a!.contains(s[1]))) { r.row = a; break; }
    }
  }
}

/**
 * Column meaning → index, from the nearest earlier sibling of the row (or of
 * its parent: <thead> before <tbody>) that is no row itself and whose cells
 * read as two header texts or more (a table's header row, a grid's).
 */
function headerOf(row: Element, rows: ReadonlyMap<Element, unknown>): Partial<Record<ItemColumn, number>> | null {
  for (const from of [row, row.parentElement]) {
    for (let sib = from?.previousElementSibling; sib && !rows.has(sib); sib = sib.previousElementSibling) {
      const cells = Array.from(sib.childElementCount === 1 ? sib.firstElementChild!.children : sib.children, (c) => key(visibleText(c)));
      const cols: Partial<Record<ItemColumn, number>> = {};
      for (const [col, words] of Object.entries(W.columns)) {
        const i = words.map((w) => cells.indexOf(key(w))).find((x) => x >= 0);
        if (i !== undefined) cols[col as ItemColumn] = i;
      }
      if (Object.keys(cols).length > 1) return cols;
    }
  }
  return null;
}

const fields = (c: Element) => Array.from(c.querySelectorAll<HTMLInputElement>('textarea, input')).filter((f) => f.localName === 'textarea' || /^(text|)$/.test(f.type));
const editable = (f: HTMLInputElement) => !f.readOnly && !f.disabled;
const cellText = (c: Element) => { const f = fields(c)[0]; return (f ? fieldValue(f) : visibleText(c)).trim(); };

function readRow(row: Element, own: readonly Sign[], cols: Partial<Record<ItemColumn, number>> | null): Omit<PortalItem, 'code' | 'level'> {
  const sign = (kind: number) => own.find((s) => s[0] === kind);
  const cell = (col: ItemColumn) => (cols?.[col] === undefined ? null : row.children[cols[col]!] ?? null);
  // The assessor's note: its column; else a labelled text ("Catatan Asesor: …"); else the cell after the status.
  let assessor = cell('assessorNote');
  let note = assessor && cellText(assessor);
  const label = note === null ? findByText(row, ASSESSOR_RE, 2000)[0] : null;
  if (label) note = ASSESSOR_RE.exec(visibleText(label))![1] || ASSESSOR_RE.exec(visibleText(label.parentElement))?.[1] || '';
  let next = note === null ? sign(3)?.[1] : null;
  while (next && next.parentElement !== row) next = next.parentElement;
  next = next?.nextElementSibling;
  if (next && !own.some((s) => next!.contains(s[1])) && !fields(next).some(editable)) [assessor, note] = [next, cellText(next)];
  const noteCell = cell('note');
  const noteField = (noteCell ? fields(noteCell)[0] : fields(row).find((f) => editable(f) && !assessor?.contains(f))) ?? null;
  return {
    portalCode: sign(0)?.[2] ?? null,
    file: sign(2)?.[2] ?? null,
    note: noteField ? fieldValue(noteField).trim() : '',
    status: (sign(3)?.[2] ?? null) as ItemStatus | null,
    assessorNote: note ?? '',
    row,
    noteField,
  };
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
  const root = doc.body;
  const signs = findSigns(root, headings);
  // Heading → the panel it opens (accordions, tabs), by the attribute that names the panel's id, on the heading or around it.
  const panels = headings.map((h) => {
    const opener = h.element.closest('[aria-controls],[data-target],[data-bs-target],a[href^="#"]');
    const id = opener && /[\w-]+/.exec(['aria-controls', 'data-target', 'data-bs-target', 'href'].map((a) => opener.getAttribute(a)).find(Boolean)!)?.[0];
    const panel = id ? doc.getElementById(id) : null;
    return { panel: panel?.contains(h.element) ? null : panel, level: h.level };
  });
  const coded = signs.some((s) => s[0] === 0);
  const grouped = groupRows(root, signs, headings);
  const rows: Row[] = [...grouped]
    .filter(([, own]) => !coded || own.some((s) => s[0] === 0))
    .map(([row, own]) => ({
      row, own,
      level: panels.find((p) => p.panel?.contains(row))?.level
        ?? headings.filter((h) => h.element.compareDocumentPosition(row) & 4 && !h.element.contains(row)).pop()?.level,
    }))
    .sort((a, b) => (a.row.compareDocumentPosition(b.row) & 4 ? -1 : 1));
  narrow(rows);
  const out: ReadItems = { items: [], unplaced: [] };
  for (const { row, own, level } of rows) {
    const read = readRow(row, own, headerOf(row, grouped));
    if (level) out.items.push({ ...read, level });
    else if (read.portalCode) out.unplaced.push(read);
  }
  return out;
}
