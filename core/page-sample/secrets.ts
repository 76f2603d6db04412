/**
 * Text that belongs to an agency or a person, found by its shape wherever it
 * stands (docs/page-sample.md): NIP and NIK numbers, e-mail addresses, phone
 * numbers, web addresses and host names off the portals, file names; and the
 * strings a page names as its agency or its people, found by the sanitizer
 * (./sanitize.ts) and replaced everywhere. Pure string functions.
 * @module core/page-sample/secrets
 */
import { DOCUMENT_EXTENSIONS } from './file-names.ts';

/** What was replaced, counted for the preview the user sees before saving. */
export type Replaced = 'field' | 'file' | 'agency' | 'agencyCode' | 'person' | 'nip' | 'nik' | 'email' | 'phone' | 'url' | 'token';
export type Counts = Record<Replaced, number>;
export const emptyCounts = (): Counts =>
  ({ field: 0, file: 0, agency: 0, agencyCode: 0, person: 0, nip: 0, nik: 0, email: 0, phone: 0, url: 0, token: 0 });

/** Hosts whose addresses are kept (path only): the two portals. */
export const PORTAL_HOST_RE = /^(?:[\w-]+\.)*spbe\.go\.id$/i;
export const OFFSITE_URL = 'https://tautan.invalid/';

export const PLACEHOLDER = {
  input: '[isian]',
  textarea: '[catatan]',
  person: '[nama]',
  nip: '[NIP]',
  nik: '[NIK]',
  email: '[email]',
  phone: '[telepon]',
  agencyCode: '0000',
  host: 'tautan.invalid',
} as const;

/** A region's government by its form, wherever it stands: "Pemerintah Kabupaten X Y", "Kota X" (a capitalised name after the word). */
const REGION_RE = /\b((?:Pemerintah\s+)?(?:Provinsi|Kabupaten|Kota|Kab\.))\s+(?!Sampel\b)[A-Z][\w'-]*(?:\s+(?!(?:Tahun|Nomor|No|Tentang|Periode|Pasal|Bab|Dalam|Pada|Untuk|Dan)\b)[A-Z][\w'-]*)*/g;
const EMAIL_RE = /[\w.+%-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const URL_RE = /\b(?:https?:)?\/\/[^\s<>"'`]+/gi;
/** A query string after a path in running text ("/unduh/12?token=…"). */
const QUERY_RE = /(?<=[\w/.-])\?[\w%.[\]-]+=[^\s<>"'`]*/g;
/** Host names in running text (www.kotacontoh.go.id, diskominfo.contoh.id). */
const HOST_RE = /\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:go\.id|ac\.id|or\.id|co\.id|web\.id|sch\.id|desa\.id|id|com|net|org|info|io)\b/gi;
/** NIP: 18 digits, also written 8 6 1 3 with spaces (19800101 200501 1 001). */
const NIP_RE = /(?<!\d)(?:\d{18}|\d{8}[ .-]\d{6}[ .-]\d[ .-]\d{3})(?!\d)/g;
const NIK_RE = /(?<!\d)\d{16}(?!\d)/g;
/** Other long runs of digits (account, phone and ID numbers written together). */
const LONG_DIGITS_RE = /(?<!\d)\d{10,}(?!\d)/g;
/** Indonesian phone numbers: +62/62/0 then a mobile (8xx) or an area code in parentheses or before a dash. */
const PHONE_RE = /(?<![\w+])(?:(?:\+62|62)[\s.-]?|0)8\d{2}[\s.-]?\d{3,4}[\s.-]?\d{2,5}(?!\d)|(?<![\w+])(?:\+62[\s.-]?\(?\d{2,3}\)?|\(0\d{2,3}\))[\s.-]?\d{3,4}[\s.-]?\d{2,5}(?!\d)|(?<![\w+/.-])0\d{2,3}-\d{5,8}(?![\d-])/g;
/** File names without spaces inside running text. */
const FILE_IN_TEXT_RE = new RegExp(`[^\\s\\\\/:*?"<>|()[\\]{}'=,;]+\\.(?:${DOCUMENT_EXTENSIONS})(?![\\w-])`, 'gi');

/** Strings the page names as its own (agency, code, people, uploaded files), each with its placeholder. */
export interface Known {
  /** [text, placeholder, what it is, also inside words], longest text first; matched in any case. */
  strings: [string, string, Replaced, boolean?][];
  /** Uploaded file name (lower case) → its placeholder, numbered in order of discovery. */
  files: Map<string, string>;
}

export const emptyKnown = (): Known => ({ strings: [], files: new Map() });

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Add a string to replace everywhere, in any case: as whole words (where it
 * starts or ends with a word character), or `inside` words too (joined forms
 * in host names and paths: "kotawirasaba").
 */
export function learn(known: Known, text: string, placeholder: string, kind: Replaced, inside = false): void {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length < 3 || t === placeholder || known.strings.some(([s]) => s.toLowerCase() === t.toLowerCase())) return;
  known.strings.push([t, placeholder, kind, inside]);
  known.strings.sort((a, b) => b[0].length - a[0].length);
}

/** The placeholder of an uploaded file name: berkas-{n}.{ext}, the same for the same name. */
export function fileFor(known: Known, name: string): string {
  const k = name.trim().toLowerCase();
  if (/^berkas-\d+\.\w+$/.test(k)) return k; // already a placeholder (a sample sanitised again)
  let p = known.files.get(k);
  if (!p) {
    p = `berkas-${known.files.size + 1}.${k.split('.').pop()}`;
    known.files.set(k, p);
  }
  return p;
}

/**
 * A web address as it may stay in a sample: on a portal host (or relative),
 * its path with secrets replaced and a plain #fragment, no query; off the
 * portals, a placeholder address; script and data addresses, nothing.
 */
export function cleanUrl(raw: string, known: Known, counts: Counts, base: string | null): string {
  const s = raw.trim();
  if (!s) return s;
  if (/^#[\w-]{0,64}$/.test(s)) return s;
  if (/^(?:javascript|vbscript|data|blob|file|mailto|tel|sms):/i.test(s.replace(/\s+/g, '').replace(/[^\x20-\x7e]/g, ''))) { counts.url++; return '#'; }
  let u: URL;
  try {
    u = new URL(s, base ?? 'https://portal.invalid/');
  } catch {
    counts.url++;
    return '#';
  }
  const absolute = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(s);
  if (absolute && !PORTAL_HOST_RE.test(u.hostname)) { counts.url++; return OFFSITE_URL; }
  if (u.search || u.username || u.password) counts.url++;
  const path = u.pathname.split('/').map((seg) => {
    let dec: string;
    try { dec = decodeURIComponent(seg); } catch { dec = seg; }
    const clean = cleanText(dec, known, counts, base);
    return clean === dec ? seg : encodeURIComponent(clean);
  }).join('/');
  const hash = /^#[\w-]{1,64}$/.test(u.hash) ? u.hash : '';
  return (absolute ? `${u.protocol}//${u.host}` : '') + (absolute || s.startsWith('/') ? path : path.replace(/^\//, '')) + hash;
}

function count(counts: Counts, kind: Replaced, placeholder: string) {
  return () => { counts[kind]++; return placeholder; };
}

/** A text with every secret replaced: known strings first, then shapes. */
export function cleanText(text: string, known: Known, counts: Counts, base: string | null): string {
  if (!text || !/[\w@]/.test(text)) return text;
  let t = text;
  // Files first: a file name may hold the agency's name, and is known whole.
  for (const [name, placeholder] of known.files) {
    if (name !== placeholder && t.toLowerCase().includes(name)) t = t.replace(new RegExp(escapeRe(name), 'gi'), count(counts, 'file', placeholder));
  }
  // Then whole addresses, which may hold names in any form.
  t = t.replace(EMAIL_RE, count(counts, 'email', PLACEHOLDER.email));
  t = t.replace(URL_RE, (url) => cleanUrl(url, known, counts, base));
  t = t.replace(QUERY_RE, () => (counts.url++, ''));
  t = t.replace(HOST_RE, (host) => (PORTAL_HOST_RE.test(host) || host === PLACEHOLDER.host ? host : (counts.url++, PLACEHOLDER.host)));
  for (const [s, placeholder, kind, inside] of known.strings) {
    if (!t.toLowerCase().includes(s.toLowerCase())) continue;
    const word = (edge: boolean, re: string) => (edge && !inside ? re : '');
    const re = new RegExp(`${word(/^\w/.test(s), '(?<![\\w])')}${escapeRe(s).replace(/ /g, '\\s+')}${word(/\w$/.test(s), '(?![\\w])')}`, 'gi');
    t = t.replace(re, count(counts, kind, placeholder));
  }
  t = t.replace(REGION_RE, (_m, category: string) => (counts.agency++, `${category} Sampel`));
  t = t.replace(NIP_RE, count(counts, 'nip', PLACEHOLDER.nip));
  t = t.replace(NIK_RE, count(counts, 'nik', PLACEHOLDER.nik));
  t = t.replace(PHONE_RE, count(counts, 'phone', PLACEHOLDER.phone));
  t = t.replace(LONG_DIGITS_RE, (d) => (counts.token++, '0'.repeat(d.length)));
  t = t.replace(FILE_IN_TEXT_RE, (name) => (/^berkas-\d+\.\w+$/.test(name) ? name : (counts.file++, fileFor(known, name))));
  return t;
}
