/**
 * What a file is, from its first bytes (the signatures the formats define),
 * and what its name's extension claims. Only the extensions whose signature is
 * certain are judged: a `.docx` Word saved as the older `.doc` still opens, so
 * Office formats are told apart but never called wrong.
 * @module core/evidence/sniff
 */
import type { FileKind } from './inspection.ts';

/** How many first bytes the sniffing reads: a PDF header may sit anywhere in the first 1024 (PDF 32000-1 7.5.2, as readers accept). */
export const SNIFF_BYTES = 1024;

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean => sig.every((x, i) => b[at + i] === x);
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const PDF = ascii('%PDF-');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const GIF = ascii('GIF8');
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Where `sig` first occurs in the first `within` bytes, or -1. */
function indexOf(b: Uint8Array, sig: readonly number[], within: number): number {
  const end = Math.min(b.length, within) - sig.length;
  for (let i = 0; i <= end; i++) if (startsWith(b, sig, i)) return i;
  return -1;
}

/** What the first bytes (up to SNIFF_BYTES) say the file is. */
export function kindOfBytes(head: Uint8Array): FileKind {
  if (indexOf(head, PDF, SNIFF_BYTES) >= 0) return 'pdf';
  if (startsWith(head, PNG)) return 'png';
  if (startsWith(head, JPEG)) return 'jpeg';
  if (startsWith(head, GIF)) return 'gif';
  if (startsWith(head, RIFF) && startsWith(head, WEBP, 8)) return 'webp';
  if (startsWith(head, ZIP)) return 'zip';
  if (startsWith(head, OLE)) return 'ole';
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (text.startsWith('<!doctype html') || text.startsWith('<html') || text.startsWith('<head') || (text.startsWith('<?xml') && text.includes('<html'))) return 'html';
  // Printable text: no control bytes but tab, CR, LF, FF in what was read.
  if (head.length > 0 && head.subarray(0, 512).every((c) => c >= 0x20 || c === 9 || c === 10 || c === 12 || c === 13)) return 'text';
  return 'unknown';
}

/** The kind a name's extension claims, for the extensions judged; null for the rest (.docx, .mp4, …). */
export function claimedKind(extension: string): FileKind | null {
  switch (extension.toLowerCase()) {
    case 'pdf': return 'pdf';
    case 'png': return 'png';
    case 'jpg': case 'jpeg': return 'jpeg';
    default: return null;
  }
}
