/**
 * Inspecting a file whose bytes are in memory: what the extension does with
 * a file picked in an upload input. The same facts as the CLI's inspection of
 * a file on disk (cli/evidence/inspect.ts), from the same pieces: signature,
 * image structure, pdf.js. A file above PDF_LIMITS.maxBytes is judged from its
 * first bytes only (the caller passes just those, and its size).
 * @module core/evidence/inspect-bytes
 */
import { PDF_LIMITS, type Inspection } from './inspection.ts';
import { kindOfBytes, SNIFF_BYTES } from './sniff.ts';
import { imageIntact } from './image.ts';
import { readPdf, type PdfJs } from './pdf-facts.ts';

/**
 * `bytes` are the whole file, or only its first bytes when `size` is above
 * the limit. `pdfjs` is asked for only when the file is a PDF to read.
 */
export async function inspectBytes(bytes: Uint8Array, size: number, pdfjs: () => Promise<PdfJs>): Promise<Inspection> {
  if (size === 0) return { found: 'file', size, kind: 'unknown' };
  const kind = kindOfBytes(bytes.subarray(0, SNIFF_BYTES));
  const whole = bytes.length === size && size <= PDF_LIMITS.maxBytes;
  if (kind === 'png' || kind === 'jpeg') return whole ? { found: 'file', size, kind, imageIntact: imageIntact(bytes, kind) ?? undefined } : { found: 'file', size, kind };
  if (kind !== 'pdf') return { found: 'file', size, kind };
  if (!whole) return { found: 'file', size, kind, pdf: { status: 'tooLarge', limitBytes: PDF_LIMITS.maxBytes } };
  return { found: 'file', size, kind, pdf: await readPdf(await pdfjs(), bytes) };
}
