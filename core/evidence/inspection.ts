/**
 * What opening one evidence file found, as plain data: the one thing the CLI
 * (cli/evidence/, files on disk) and the extension (a file picked in an upload
 * input) hand to the evidence checks, which judge it without reading anything
 * themselves (core/evidence/judge.ts, the evidence-* rules). Plain data so it
 * crosses worker threads and extension messages, and is cached as JSON.
 * @module core/evidence/inspection
 */

/** What a file's first bytes say it is (core/evidence/sniff.ts). */
export type FileKind = 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'zip' | 'ole' | 'html' | 'text' | 'unknown';

/** What a PDF's text extraction found. */
export type PdfFacts =
  /** Opens only with a password: an assessor cannot read it. */
  | { status: 'encrypted' }
  /** The PDF library could not open it even with its repairs. */
  | { status: 'corrupt'; detail?: string }
  /** Larger than the extractor takes (a bounded-memory limit): nothing was read past the first bytes. */
  | { status: 'tooLarge'; limitBytes: number }
  /**
   * Opened: its page count and the text of the first `pagesRead` pages (at
   * most MAX_TEXT_CHARS characters). A scan without a text layer has no letters.
   */
  | { status: 'read'; pages: number; pagesRead: number; text: string };

export type Inspection =
  /** The cited path leaves the evidence folder: nothing was read. */
  | { found: 'outside'; via: 'parent' | 'absolute' | 'symlink' }
  | { found: 'missing' }
  /** A folder or a device, not a file. */
  | { found: 'notAFile' }
  /** Exists but cannot be read (permissions); `reason` as the system said it. */
  | { found: 'unreadable'; reason: string }
  | {
    found: 'file';
    size: number;
    /** What the bytes are. */
    kind: FileKind;
    /** Images only: whether the image is whole (decodes, or its structure is intact); absent when not judged. */
    imageIntact?: boolean;
    /** PDFs only (kind 'pdf'). */
    pdf?: PdfFacts;
  };

/** The extractor's limits, shared so the CLI and the extension read the same much of a document. */
export const PDF_LIMITS = {
  /** Larger PDFs are not handed to the extractor: it keeps the whole file in memory. */
  maxBytes: 64 * 1024 * 1024,
  /** Pages read for text: what identifies a document (its title, the agency, the year, the item's subject) is at its start. */
  maxPages: 20,
  /** Text kept per document (about 15 pages of dense text): bounds the memory of a run citing hundreds of PDFs. */
  maxTextChars: 60_000,
} as const;
