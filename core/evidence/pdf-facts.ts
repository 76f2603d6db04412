/**
 * A PDF's facts (core/evidence/inspection.ts) from pdf.js, the library Firefox
 * reads PDFs with: whether it opens, without a password, and the text of its
 * first pages. The pdf.js module is passed in (the CLI and the extension load
 * their own copy, each only when a PDF is to be read), so this stays free of
 * any runtime's APIs. pdf.js is told not to evaluate code
 * (`isEvalSupported: false`), which extension pages forbid (MV3 CSP).
 * @module core/evidence/pdf-facts
 */
import { PDF_LIMITS, type PdfFacts } from './inspection.ts';

/** The part of pdf.js's API read here (pdfjs-dist's getDocument, as unpdf/pdfjs exports it). */
export interface PdfJs {
  getDocument(params: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}

interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: ({ str?: string; hasEOL?: boolean } | object)[] }>; cleanup(): unknown }>;
}

/** The text of one page as pdf.js lays it out: its strings in order, a line break where a line ends. */
async function pageText(doc: PdfDocument, n: number): Promise<string> {
  const page = await doc.getPage(n);
  const content = await page.getTextContent();
  let text = '';
  for (const item of content.items) {
    if ('str' in item && typeof item.str === 'string') text += item.str;
    if ('hasEOL' in item && item.hasEOL) text += '\n';
  }
  page.cleanup();
  return `${text}\n`;
}

/**
 * What pdf.js finds in these bytes. pdf.js may take over (detach) the
 * buffer: pass bytes no longer needed. Never throws: a PDF pdf.js cannot open
 * is 'corrupt', one that asks for a password is 'encrypted'. A PDF with only
 * an owner password (restricting printing or editing) opens and is read.
 */
export async function readPdf(pdfjs: PdfJs, bytes: Uint8Array, limits = PDF_LIMITS): Promise<PdfFacts> {
  if (bytes.length > limits.maxBytes) return { status: 'tooLarge', limitBytes: limits.maxBytes };
  const task = pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    // No fonts, images or rendering: text only, nothing fetched, nothing printed.
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    enableXfa: false,
    verbosity: 0,
  });
  try {
    let doc: PdfDocument;
    try {
      doc = await task.promise;
    } catch (e) {
      const name = (e as Error)?.name;
      if (name === 'PasswordException') return { status: 'encrypted' };
      return { status: 'corrupt', detail: String((e as Error)?.message ?? e).slice(0, 200) };
    }
    const pagesToRead = Math.min(doc.numPages, limits.maxPages);
    let text = '';
    let pagesRead = 0;
    while (pagesRead < pagesToRead && text.length < limits.maxTextChars) {
      try {
        text += await pageText(doc, pagesRead + 1);
      } catch {
        // A damaged page: readers show the others; what was read stands.
        break;
      }
      pagesRead++;
    }
    if (pagesRead === 0 && doc.numPages > 0) return { status: 'corrupt', detail: 'no page could be read' };
    return { status: 'read', pages: doc.numPages, pagesRead, text: text.slice(0, limits.maxTextChars) };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
