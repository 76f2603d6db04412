/**
 * Opening one evidence file on disk: what it is, whether it is whole, and for
 * a PDF whether it opens and what its first pages say (core/evidence/
 * inspection.ts). Memory stays bounded: only the first bytes of any file are
 * read to tell its kind; a PDF or image is read whole only up to
 * PDF_LIMITS.maxBytes (larger ones are reported as not read); pdf.js is loaded
 * the first time a PDF is read, never for a run without PDFs.
 * @module cli/evidence/inspect
 */
import { closeSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { Inspection, PdfFacts } from '../../core/evidence/inspection.ts';
import { PDF_LIMITS } from '../../core/evidence/inspection.ts';
import { kindOfBytes, SNIFF_BYTES } from '../../core/evidence/sniff.ts';
import { imageIntact } from '../../core/evidence/image.ts';
import { readPdf, type PdfJs } from '../../core/evidence/pdf-facts.ts';
import { EvidenceCache, sha256 } from './cache.ts';

let pdfjs: Promise<PdfJs & { version: string }> | undefined;
/** pdf.js (unpdf's build of it: one file, worker included, no native modules), loaded once per thread when first needed. */
export const loadPdfJs = (): Promise<PdfJs & { version: string }> => (pdfjs ??= import('unpdf/pdfjs') as Promise<PdfJs & { version: string }>);

/** The first `length` bytes, in a Uint8Array of their own (pdf.js takes no Buffer, and may detach what it is given). */
function readAt(fd: number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let n = 0;
  while (n < length) {
    const got = readSync(fd, bytes, n, length - n, n);
    if (got === 0) break;
    n += got;
  }
  return bytes.subarray(0, n);
}

function failure(e: unknown): Inspection {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { found: 'missing' };
  if (code === 'EISDIR') return { found: 'notAFile' };
  return { found: 'unreadable', reason: code === 'EACCES' || code === 'EPERM' ? 'tidak boleh dibaca / permission denied' : String(code ?? (e as Error).message) };
}

/**
 * Inspects files, PDFs through the cache. For one `spbe lint` run
 * (`oncePerRun`), each file once by its path: hundreds of assessments cite the
 * same files, which do not change during the run. For a language-server
 * session, each file once per version (size, modification time, inode), so an
 * edited or replaced file is opened again.
 */
export class Inspector {
  private readonly seen = new Map<string, { key: string; inspection: Promise<Inspection> }>();

  constructor(private readonly cache: EvidenceCache | null, private readonly oncePerRun: boolean) {}

  inspect(absolute: string): Promise<Inspection> {
    if (this.oncePerRun) {
      const known = this.seen.get(absolute);
      if (known) return known.inspection;
    }
    let fd: number;
    let st: Stats;
    try {
      fd = openSync(absolute, 'r');
    } catch (e) {
      return Promise.resolve(failure(e));
    }
    try {
      st = fstatSync(fd);
    } catch (e) {
      closeSync(fd);
      return Promise.resolve(failure(e));
    }
    const key = `${st.size}:${st.mtimeMs}:${st.ino}`;
    const hit = this.seen.get(absolute);
    if (hit?.key === key) {
      closeSync(fd);
      return hit.inspection;
    }
    const inspection = this.open(absolute, fd, st).finally(() => closeSync(fd));
    this.seen.set(absolute, { key, inspection });
    return inspection;
  }

  private async open(path: string, fd: number, st: Stats): Promise<Inspection> {
    if (!st.isFile()) return { found: 'notAFile' };
    const size = st.size;
    if (size === 0) return { found: 'file', size, kind: 'unknown' };
    const kind = kindOfBytes(readAt(fd, Math.min(size, SNIFF_BYTES)));
    if (kind === 'png' || kind === 'jpeg') {
      if (size > PDF_LIMITS.maxBytes) return { found: 'file', size, kind };
      return { found: 'file', size, kind, imageIntact: imageIntact(readAt(fd, size), kind) ?? undefined };
    }
    if (kind !== 'pdf') return { found: 'file', size, kind };
    if (size > PDF_LIMITS.maxBytes) return { found: 'file', size, kind, pdf: { status: 'tooLarge', limitBytes: PDF_LIMITS.maxBytes } };
    return { found: 'file', size, kind, pdf: await this.pdf(path, fd, st) };
  }

  private async pdf(path: string, fd: number, st: Stats): Promise<PdfFacts> {
    const cache = this.cache;
    const known = cache?.hashFor(path, st);
    const cached = known ? cache!.pdf(known) : undefined;
    if (cached) return cached;
    const bytes = readAt(fd, st.size);
    const hash = sha256(bytes);
    const facts = cache?.pdf(hash) ?? await readPdf(await loadPdfJs(), bytes);
    cache?.rememberPdf(hash, facts);
    cache?.rememberHash(path, st, hash);
    return facts;
  }
}

/**
 * The PDF library that fills the cache, as its entries are named: entries of
 * another version are not used. A constant, so a warm run does not load
 * pdf.js to learn it; test/cli/evidence.test.ts holds it to the library's version.
 */
export const EXTRACTOR = 'pdfjs-5.6.205';
