/**
 * The evidence a Tauval indicator page lists (data dukung) as core Evidence:
 * `{ file }` for an uploaded file, `{ url }` for a link, `title` where a column
 * shows one. portals.md A4: the upload control and the file list appear in no
 * published screenshot, so every anchor here is a guess (README †).
 * @module extension/portal/tauval-evidence
 */
import type { Evidence } from '../../core/types.ts';
import { cellAt, column, tableHeader, type FoundTable } from './table.ts';
import { fileNameIn, findByText, isFileName, visibleText } from './text.ts';

import { TAUVAL_WORDS } from './words.ts';

const { fileHeaders: FILE_HEADERS, titleHeaders: TITLE_HEADERS, sectionHeadings } = TAUVAL_WORDS.indicatorPage.evidence;
const SECTION_RE = new RegExp(`^(${sectionHeadings.map((h) => h.replace(/ /g, '\\s+')).join('|')})$`, 'i');
const URL_RE = /^https?:\/\/\S+$/i;
const EMPTY_RE = /^(belum ada|tidak ada|-$)/i;

interface EvidenceTable { found: FoundTable; file: number | null; title: number | null }

const apart = (t: Element, criteria: Element) => t !== criteria && !t.contains(criteria) && !criteria.contains(t);

function evidenceTable(doc: Document, criteria: Element): EvidenceTable | null {
  for (const t of Array.from(doc.querySelectorAll('table'))) {
    const h = apart(t, criteria) ? tableHeader(t) : null;
    const file = h ? column(h, FILE_HEADERS) : null;
    if (h && file !== null) return { found: h, file, title: column(h, TITLE_HEADERS) };
  }
  // Fallback (portals.md A4, B6: the list's column names are unknown): the
  // first table inside the block headed "Data Dukung"; each row is searched for
  // a file name or a link.
  for (const heading of findByText(doc, SECTION_RE, 40)) {
    for (let box = heading.parentElement, up = 0; box && up < 4; box = box.parentElement, up++) {
      const t = Array.from(box.querySelectorAll('table')).find((x) => apart(x, criteria));
      const h = t ? tableHeader(t) ?? { table: t, columns: new Map(), body: Array.from(t.querySelectorAll('tr')) } : null;
      if (h) return { found: h, file: null, title: column(h, TITLE_HEADERS) };
    }
  }
  return null;
}

function linkEvidence(cell: Element, page: URL): Evidence | null {
  for (const a of Array.from(cell.querySelectorAll('a[href]'))) {
    const text = visibleText(a);
    if (isFileName(text)) return { file: text };
    let target: URL;
    try {
      target = new URL(a.getAttribute('href')!, page);
    } catch {
      continue;
    }
    // A link off the portal is evidence (a service URL); a portal link is a download button.
    if (/^https?:$/.test(target.protocol) && target.host !== page.host) {
      return text && text !== target.href && !URL_RE.test(text) ? { url: target.href, title: text } : { url: target.href };
    }
  }
  return null;
}

function rowEvidence(cell: Element, fileColumn: boolean, page: URL): Evidence | null {
  const link = linkEvidence(cell, page);
  if (link) return link;
  const file = fileNameIn(cell);
  if (file) return { file };
  const text = visibleText(cell);
  if (URL_RE.test(text)) return { url: text };
  return fileColumn && text && !EMPTY_RE.test(text) ? { file: text } : null;
}

/** The files and links listed under data dukung, in page order. */
export function readTauvalEvidence(doc: Document, page: URL, criteria: Element): Evidence[] {
  const t = evidenceTable(doc, criteria);
  if (!t) return [];
  const out: Evidence[] = [];
  for (const row of t.found.body) {
    const cell = t.file === null ? row : cellAt(row, t.file);
    const ev = cell ? rowEvidence(cell, t.file !== null, page) : null;
    if (!ev) continue;
    const title = t.title === null ? '' : visibleText(cellAt(row, t.title));
    out.push(title && !ev.title ? { ...ev, title } : ev);
  }
  return out;
}
