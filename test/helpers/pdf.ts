/**
 * PDFs made by the tests themselves, with pdf-lib (the @cantoo fork, which
 * can encrypt): a typed document from text, one that needs a password, one
 * with only an owner password (opens without one), an image-only scan, a scan
 * with an e-signature footer, and damaged ones. Text is laid out in lines of
 * Helvetica as a word processor would, pages filled top to bottom.
 * @module test/helpers/pdf
 */
import { deflateSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, type PDFFont } from '@cantoo/pdf-lib';

const FONT_SIZE = 10;
const LINE = 13;
const MARGIN = 60;
const WIDTH = 595;
const HEIGHT = 842;

/** One of test/fixtures/evidence/*.txt. */
export const documentText = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/evidence', `${name}.txt`), 'utf8');

function wrap(text: string, font: PDFFont): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, FONT_SIZE) > WIDTH - 2 * MARGIN && line) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
}

async function typed(text: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  let page = doc.addPage([WIDTH, HEIGHT]);
  let y = HEIGHT - MARGIN;
  for (const line of wrap(text, font)) {
    if (y < MARGIN) {
      page = doc.addPage([WIDTH, HEIGHT]);
      y = HEIGHT - MARGIN;
    }
    page.drawText(line, { x: MARGIN, y, size: FONT_SIZE, font });
    y -= LINE;
  }
  return doc;
}

const save = async (doc: PDFDocument): Promise<Uint8Array> => doc.save({ useObjectStreams: false });

/** A typed document: its text on as many pages as it takes. */
export const textPdf = async (text: string): Promise<Uint8Array> => save(await typed(text));

/** The same document, readable only with a password (RC4/AES as pdf-lib writes it). */
export async function passwordPdf(text: string): Promise<Uint8Array> {
  const doc = await typed(text);
  doc.encrypt({ userPassword: 'rahasia-2026', ownerPassword: 'pemilik-2026' });
  return save(doc);
}

/** Encrypted with an owner password only: printing is restricted, but it opens without a password. */
export async function ownerPasswordPdf(text: string): Promise<Uint8Array> {
  const doc = await typed(text);
  doc.encrypt({ userPassword: '', ownerPassword: 'pemilik-2026', permissions: { modifying: false, copying: false } });
  return save(doc);
}

/** A grey PNG of w×h pixels with a pattern, as a scanner's page image would be (no text in it for a PDF reader). */
export function scanPng(w = 400, h = 560, seed = 7): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Uint8Array) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'ascii');
    Buffer.from(data).copy(out, 8);
    out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const raw = Buffer.alloc((w + 1) * h);
  let s = seed;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      s = (s * 1103515245 + 12345) & 0x7fffffff;
      raw[y * (w + 1) + 1 + x] = (y % 24 < 3 && x > 40 && x < w - 40) ? 40 : 230 + (s % 20);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
}

/** A scan: pages that are images only, no text layer. `footer` adds a line of text on each page, as e-signing services stamp. */
export async function scanPdf(pages = 2, footer?: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(scanPng());
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage([WIDTH, HEIGHT]);
    page.drawImage(image, { x: 0, y: 0, width: WIDTH, height: HEIGHT });
    if (footer) page.drawText(footer, { x: 20, y: 20, size: 6, font });
  }
  return save(doc);
}

/** The footer an electronic-signature service stamps on each page of a signed scan. */
export const E_SIGN_FOOTER = 'Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE), BSSN';

/** A PDF header followed by bytes no reader can make sense of. */
export const corruptPdf = (): Uint8Array => Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 73 + 11) % 256))]);

/** The first `keep` bytes of a real PDF: a download cut short. */
export const truncated = (pdf: Uint8Array, keep = 300): Uint8Array => pdf.subarray(0, keep);
