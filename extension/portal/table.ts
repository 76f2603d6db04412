/**
 * Tables found by their header texts (case/whitespace-insensitive), with
 * colspans counted, as the portals' DataTables show them (portals.md A4).
 * @module extension/portal/table
 */
import { key, visibleText } from './text.ts';

/** The rows of a table itself (not of tables nested in it). */
export function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of Array.from(table.children)) {
    if (c.localName === 'tr') rows.push(c);
    else if (['thead', 'tbody', 'tfoot'].includes(c.localName)) rows.push(...Array.from(c.children).filter((r) => r.localName === 'tr'));
  }
  return rows;
}

export function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((c) => c.localName === 'td' || c.localName === 'th');
}

/** The header row: the last row of <thead>, else a first row made only of <th>. */
function headerRow(table: Element): Element | null {
  const rows = ownRows(table);
  const head = rows.filter((r) => r.parentElement?.localName === 'thead');
  if (head.length) return head[head.length - 1]!;
  const first = rows[0];
  return first && cellsOf(first).every((c) => c.localName === 'th') ? first : null;
}

/** The cell under column `col`, counting colspans. */
export function cellAt(row: Element, col: number): Element | null {
  let at = 0;
  for (const c of cellsOf(row)) {
    const span = Math.max(1, Number(c.getAttribute('colspan')) || 1);
    if (col < at + span) return at === col ? c : null;
    at += span;
  }
  return null;
}

export interface FoundTable {
  table: Element;
  /** Header key → column index (colspans counted). */
  columns: Map<string, number>;
  /** Body rows: every own row after the header that has a <td>. */
  body: Element[];
}

/** Read one table's header, or null when it has none. */
export function tableHeader(table: Element): FoundTable | null {
  const head = headerRow(table);
  if (!head) return null;
  const columns = new Map<string, number>();
  let at = 0;
  for (const c of cellsOf(head)) {
    const k = key(visibleText(c));
    if (k && !columns.has(k)) columns.set(k, at);
    at += Math.max(1, Number(c.getAttribute('colspan')) || 1);
  }
  const rows = ownRows(table);
  const body = rows.slice(rows.indexOf(head) + 1).filter((r) => r.parentElement?.localName !== 'thead' && cellsOf(r).some((c) => c.localName === 'td'));
  return { table, columns, body };
}

/** Every table whose header has all of `required` (case/whitespace-insensitive), in document order. */
export function findTables(root: ParentNode, required: readonly string[]): FoundTable[] {
  const want = required.map(key);
  const out: FoundTable[] = [];
  for (const t of Array.from(root.querySelectorAll('table'))) {
    const h = tableHeader(t);
    if (h && want.every((w) => h.columns.has(w))) out.push(h);
  }
  return out;
}

/** The first column among `names` that the table has. */
export function column(t: FoundTable, names: readonly string[]): number | null {
  for (const n of names) {
    const c = t.columns.get(key(n));
    if (c !== undefined) return c;
  }
  return null;
}
