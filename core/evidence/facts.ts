/**
 * What the evidence rules get to judge: for each cited file, what opening it
 * found (an Inspection, keyed by the evidence entry's pointer), and the folder
 * it was looked for in. The CLI fills it (cli/evidence/); rules read it
 * through RuleContext.evidence and never open a file themselves.
 * @module core/evidence/facts
 */
import type { Inspection } from './inspection.ts';
import { searchable, type SearchableText } from './text.ts';

export interface EvidenceFacts {
  /** The evidence folder as messages name it (relative to where spbe runs). */
  folder: string;
  /** What opening the file of the evidence entry at this pointer (/indicators/9/evidence/0) found; undefined when it was not opened. */
  at(evidencePointer: string): Inspection | undefined;
  /**
   * The assessment cites `count` files and none is in the folder taken by
   * default (the assessment's own): one note, and no finding per file.
   */
  folderNotFound?: { count: number };
}

/**
 * Letters per page read below which a PDF counts as having no text layer to
 * judge. A scanned page has none; a scan signed electronically carries a
 * one-line footer on each page (about 120 letters: "Dokumen ini telah
 * ditandatangani secara elektronik …"), which says nothing about the content.
 * A page of a typed document has well over a thousand.
 */
export const MIN_LETTERS_PER_PAGE = 150;

const memo = new WeakMap<object, SearchableText>();

/** The PDF's text, normalised for searching, when it has enough to judge its content; null otherwise. */
export function judgeableText(inspection: Inspection): SearchableText | null {
  if (inspection.found !== 'file' || inspection.pdf?.status !== 'read') return null;
  const pdf = inspection.pdf;
  let text = memo.get(pdf);
  if (!text) {
    text = searchable(pdf.text);
    memo.set(pdf, text);
  }
  return text.letters >= MIN_LETTERS_PER_PAGE * Math.max(1, pdf.pagesRead) ? text : null;
}
