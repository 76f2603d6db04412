/**
 * `spbe sanitize-page <page.html> [--url URL]`: a portal page saved with the
 * browser's "Save page as" (HTML), without the agency's data, to standard
 * output (docs/page-sample.md). The same sanitizer as the extension's
 * "Simpan contoh halaman". What was replaced goes to standard error.
 * Exit codes: 0 written; 1 the file is not HTML; 2 usage error or unreadable file.
 * @module cli/commands/sanitize-page
 */
import { parseArgs } from 'node:util';
import type { Counts } from '../../core/page-sample/secrets.ts';
import { VERSION } from '../version.ts';
import { UsageError, type Io } from '../io.ts';
import { readUserFile } from '../read.ts';

export const sanitizePageHelp = `spbe sanitize-page <halaman.html> [--url URL] > contoh.html

Membuat contoh halaman portal tanpa data instansi dari halaman yang disimpan
dengan "Simpan halaman sebagai" (HTML) di peramban: struktur halaman tetap,
isian, nama berkas, nama dan kode instansi, nama orang, NIP, NIK, surel,
telepon, token, dan skrip dihapus atau diganti. Hasil ke stdout.
Makes a portal page sample without the agency's data from a page saved with
the browser's "Save page as" (HTML). The result goes to stdout.

  --url URL   alamat halaman, bila berkas tidak memuatnya / the page's address

Kode keluar / exit codes: 0 berhasil / ok, 1 berkas bukan HTML / not HTML,
2 salah pemakaian atau berkas tak terbaca / usage error or unreadable file.
`;

const NAMES: Record<keyof Counts, string> = {
  field: 'isian/fields', file: 'nama berkas/file names', agency: 'nama instansi/agency names', agencyCode: 'kode instansi/agency codes',
  person: 'nama orang/people', nip: 'NIP', nik: 'NIK', email: 'surel/e-mail', phone: 'telepon/phone', url: 'alamat web/URLs', token: 'token/tokens',
};

/** The bytes as text in the charset the page declares (UTF-8 otherwise), or why they are no HTML page. */
function htmlText(bytes: Uint8Array): { text: string } | { not: string } {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  if (/^(From: <Saved by|MIME-Version:)/m.test(head.slice(0, 300))) {
    return { not: 'berkas MHTML; simpan halaman sebagai "Halaman web, hanya HTML" atau "lengkap" / an MHTML file; save the page as "Webpage, HTML only" or "complete"' };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { not: 'berkas biner, bukan HTML / a binary file, not HTML' };
  const label = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  let text: string;
  try {
    text = new TextDecoder(label).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
  }
  return /<(?:!doctype\s+html|html|head|body)[\s>]/i.test(text) ? { text } : { not: 'bukan halaman HTML (tidak ada <html>, <head> atau <body>) / not an HTML page (no <html>, <head> or <body>)' };
}

export async function sanitizePageCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { url: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) { io.stdout(sanitizePageHelp); return 0; }
  if (positionals.length !== 1) throw new UsageError('spbe sanitize-page: sebutkan tepat satu berkas HTML / give exactly one HTML file');
  if (values.url !== undefined && !URL.canParse(values.url)) throw new UsageError(`spbe sanitize-page: --url bukan alamat web / is not a web address: "${values.url}"`);
  const file = positionals[0]!;
  const read = readUserFile(file);
  if (!read.ok) throw new UsageError(`${file}: ${read.reason}`);
  const page = htmlText(read.bytes);
  if ('not' in page) { io.stderr(`${file}: ${page.not}\n`); return 1; }
  // Loaded here, not with the program: the HTML parser is most of the sanitizer's weight, and `spbe lint` never needs it.
  const { sanitizePage, withSampleInfo } = await import('../../core/page-sample/sanitize.ts');
  const r = sanitizePage(page.text, { url: values.url ?? null });
  io.stdout(withSampleInfo(r.html, { source: `spbe sanitize-page ${VERSION}`, url: r.url, replaced: r.counts, removed: r.removed }));
  const replaced = (Object.keys(NAMES) as (keyof Counts)[]).filter((k) => r.counts[k]).map((k) => `${r.counts[k]} ${NAMES[k]}`);
  io.stderr(`${file}: diganti / replaced: ${replaced.join(', ') || '-'}; dibuang / removed: ${r.removed.elements} elemen/elements, ${r.removed.attributes} atribut/attributes. Periksa hasilnya sebelum dibagikan / check the result before sharing it.\n`);
  return 0;
}
