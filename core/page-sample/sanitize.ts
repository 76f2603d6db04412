/**
 * A portal page without the agency's data, its structure kept
 * (docs/page-sample.md): element names, ids, classes, table headers, labels,
 * level headings, item codes and the criteria stay; field values, uploaded
 * file names, the agency's name and code, people's names, NIP/NIK, e-mail
 * addresses, phone numbers, query strings, tokens, scripts, frames, event
 * handlers and data: images go. One function for the extension (on the HTML
 * its content script serialises, live state pushed into attributes) and the
 * `spbe sanitize-page` command (on a page saved with the browser): parse5 is
 * a pure HTML parser, the same tree in Node and in the browser, no DOM.
 * @module core/page-sample/sanitize
 */
import { parse, serialize, type DefaultTreeAdapterTypes as T } from 'parse5';
import { cleanText, cleanUrl, emptyCounts, emptyKnown, fileFor, learn, PLACEHOLDER, type Counts, type Known } from './secrets.ts';
import { isDocumentFileName } from './file-names.ts';

export interface SanitizeOptions {
  /** The page's address (its query is dropped); else read from a "saved from url=" comment. */
  url?: string | null;
  /** Agency names and codes, and people's names, that the caller already knows (the adapter read them). */
  agencies?: readonly string[];
  agencyCodes?: readonly string[];
  people?: readonly string[];
}

export interface SanitizeResult {
  html: string;
  /** The page's address as it may be kept (portal path, no query), or null. */
  url: string | null;
  /** How many of each kind were replaced. */
  counts: Counts;
  /** Elements taken out whole (script, iframe, …) and attributes dropped (on*, srcset, …). */
  removed: { elements: number; attributes: number };
}

type El = T.Element;
type Node = T.ChildNode | T.Document;

const REMOVE = new Set(['script', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'audio', 'video', 'source', 'track', 'canvas']);
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'data', 'background', 'xlink:href', 'longdesc', 'usemap', 'manifest', 'ping', 'codebase']);
const DROP_ATTRS = /^(?:on|srcset$|imagesrcset$|nonce$|integrity$|ping$)/i;
const TOKEN_NAME = /token|csrf|xsrf|nonce|secret|session|auth|password|api[-_]?key/i;
/** Inputs whose value is a choice, not something typed: the value is kept (radio 1..5 is the level). */
const CHOICE_INPUTS = new Set(['radio', 'checkbox', 'submit', 'button', 'reset', 'image', 'file', 'color', 'range']);

/** Labels whose value is the agency's name, its code, or a person's name. */
const AGENCY_LABELS = ['nama instansi', 'instansi', 'nama pemerintah daerah', 'pemerintah daerah', 'nama k/l/d', 'k/l/d', 'nama pemda', 'satuan kerja', 'nama satuan kerja'];
const CODE_LABELS = ['kode instansi', 'kode k/l/d', 'kode pemda', 'kode satker', 'kode satuan kerja'];
const PERSON_LABELS = ['nama', 'nama lengkap', 'nama pengguna', 'pengguna', 'username', 'user', 'operator', 'asesor', 'nama asesor', 'penilai', 'verifikator',
  'penanggung jawab', 'koordinator', 'pic', 'narahubung', 'kontak', 'diunggah oleh', 'diperbarui oleh', 'dibuat oleh', 'oleh', 'login sebagai', 'masuk sebagai'];
/** The words of a user menu, kept; everything else in one is a name. */
const MENU_WORDS = /^(keluar|logout|log out|sign out|masuk|login|profil|profile|profil saya|akun|akun saya|pengaturan|settings|ubah password|ganti password|ubah kata sandi|ganti kata sandi|notifikasi|bantuan|help|selamat datang,?)$/i;
const USER_MENU = /user|profil|akun|account|avatar|logged|login-info/i;
const TOP_BAR = new Set(['nav', 'header']);
const TOP_ROLES = /^(banner|navigation)$/;
/** Agency names by their form (portals show "Pemerintah Kota Contoh", "Kementerian …"). */
const AGENCY_RE = /\b(?:(Pemerintah\s+(?:Provinsi|Kabupaten|Kota))|(Provinsi|Kabupaten|Kota|Kab\.)|(Kementerian|Badan|Lembaga|Sekretariat|Kejaksaan|Kepolisian|Komisi|Mahkamah|Arsip|Perpustakaan|Ombudsman|Otorita))\s+([A-Z][\w'.-]*(?:\s+(?!(?:Tahun|Nomor|No|Tentang|Periode|Pasal|Bab|Dalam|Pada|Untuk)\b)(?:[A-Z][\w'.-]*|dan\s+[A-Z][\w'.-]*))*)/g;
const WELCOME_RE = /\b(?:selamat datang|halo|hai|welcome|masuk sebagai|login sebagai)\s*,?\s+([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,4})/gi;

const isEl = (n: Node): n is El => 'tagName' in n;
const isText = (n: Node): n is T.TextNode => n.nodeName === '#text';
const attr = (el: El, name: string) => el.attrs.find((a) => a.name === name)?.value ?? null;
const kids = (n: Node): T.ChildNode[] => ('content' in n && n.nodeName === 'template' ? (n as T.Template).content.childNodes : 'childNodes' in n ? n.childNodes : []);
const norm = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

function* walk(n: Node): Generator<Node> {
  yield n;
  for (const c of [...kids(n)]) yield* walk(c);
}

/** The text of a node (script and style left out). */
function textOf(n: Node): string {
  if (isText(n)) return n.value;
  if (isEl(n) && (n.tagName === 'script' || n.tagName === 'style' || n.tagName === 'textarea')) return '';
  return kids(n).map(textOf).join(' ');
}

function* ancestors(n: Node): Generator<Node> {
  let p = ('parentNode' in n ? n.parentNode : null) as Node | null;
  while (p) {
    yield p;
    p = ('parentNode' in p ? p.parentNode : null) as Node | null;
  }
}

/** The page's address from a browser's "saved from url=(0045)https://…" comment. */
function savedFrom(doc: T.Document): string | null {
  for (const n of walk(doc)) {
    if (n.nodeName === '#comment') {
      const m = /saved from url=\(\d+\)(\S+)/i.exec((n as T.CommentNode).data);
      if (m) return m[1]!;
    }
  }
  return null;
}

/** Agency names as [name, placeholder] variants: "Pemerintah Kota Contoh" → also "Kota Contoh", "Contoh", "kotacontoh", "kota-contoh". */
function agencyVariants(name: string, known: Known): void {
  const n = norm(name);
  AGENCY_RE.lastIndex = 0;
  const m = AGENCY_RE.exec(n);
  if (!m || m.index !== 0) {
    learn(known, n, 'Instansi Sampel', 'agency');
    return;
  }
  const [, pemerintah, region, central, proper] = m;
  const category = pemerintah ?? region ?? central!;
  learn(known, n, `${category} Sampel`, 'agency');
  if (pemerintah) learn(known, `${pemerintah.replace(/^Pemerintah\s+/, '')} ${proper}`, `${pemerintah.replace(/^Pemerintah\s+/, '')} Sampel`, 'agency');
  // The proper name alone, and its joined forms inside host names and paths ("kotawirasaba", "wirasaba-kota").
  if (proper!.length >= 4) learn(known, proper!, 'Sampel', 'agency');
  const words = `${pemerintah ? pemerintah.split(/\s+/).pop() : category} ${proper}`.toLowerCase().split(/\s+/);
  for (const joined of [words.join(''), words.join('-'), words.join('_'), [...words.slice(1), words[0]].join(''), words.slice(1).join('')]) {
    if (joined.length >= 6) learn(known, joined, 'sampel', 'agency', true);
  }
}

/** Words of people's names that are also portal words: never replaced alone. */
const NOT_NAME = /^(?:admin|administrator|operator|asesor|penilai|verifikator|pengguna|user|tim|instansi|dinas|badan|kota|kabupaten|provinsi|pemerintah|bagian|bidang|kepala|sekretaris|tingkat|indikator|status|catatan|data|dukung|sampel|keluar|profil)$/i;

/** A person's name, and each word of it (a first name alone in a note), as [nama]. */
function learnPerson(known: Known, name: string): void {
  learn(known, name, PLACEHOLDER.person, 'person');
  for (const w of name.split(/[\s,]+/)) if (/^\p{L}{4,}$/u.test(w) && !NOT_NAME.test(w)) learn(known, w, PLACEHOLDER.person, 'person');
}

/**
 * Pass 1: what the page says is its agency's, its people's and its uploads.
 * Labels are read as "the next text after the label" in document order.
 */
function learnFromPage(doc: T.Document, known: Known): void {
  const texts: { node: T.TextNode; text: string }[] = [];
  for (const n of walk(doc)) {
    if (!isText(n)) {
      if (isEl(n) && n.tagName === 'a') {
        const last = (attr(n, 'href') ?? '').split(/[?#]/)[0]!.split('/').pop() ?? '';
        let name = last;
        try { name = decodeURIComponent(last); } catch { /* keep as written */ }
        if (isDocumentFileName(name)) fileFor(known, name);
      }
      continue;
    }
    const parent = n.parentNode as El | null;
    if (parent && ['script', 'style', 'textarea'].includes(parent.tagName)) continue;
    const text = norm(n.value);
    if (text) texts.push({ node: n, text });
  }
  // A column header ("Nama" over a column) labels no value: the next text is the next header.
  const inHeaderRow = (n: T.TextNode) => [...ancestors(n)].filter(isEl).some((a) => a.tagName === 'thead'
    || (a.tagName === 'tr' && a.childNodes.filter(isEl).every((c) => c.tagName === 'th')));
  const valueAfter = (i: number, inline: string | undefined): string | null => {
    if (inline) return inline;
    if (inHeaderRow(texts[i]!.node)) return null;
    for (let j = i + 1; j < texts.length && j <= i + 3; j++) if (!/^[:\s]*$/.test(texts[j]!.text)) return texts[j]!.text.replace(/^:\s*/, '');
    return null;
  };
  for (const [i, { node, text }] of texts.entries()) {
    if (isDocumentFileName(text)) fileFor(known, text);
    const m = /^([^:]{2,30}?)\s*:\s*(.*)$/.exec(text) ?? [text, text, undefined];
    const label = m[1]!.toLowerCase();
    const inline = m[2] || undefined;
    if (AGENCY_LABELS.includes(label)) { const v = valueAfter(i, inline); if (v) agencyVariants(v, known); }
    if (CODE_LABELS.includes(label)) { const v = valueAfter(i, inline); if (v && v.length <= 20) learn(known, v, PLACEHOLDER.agencyCode, 'agencyCode'); }
    if (PERSON_LABELS.includes(label)) { const v = valueAfter(i, inline); if (v && v.length <= 80) learnPerson(known, v); }
    for (const w of text.matchAll(WELCOME_RE)) learnPerson(known, w[1]!);
    // In the top bar: agency names by their form, and every text of a user menu but its menu words.
    const up = [...ancestors(node)].filter(isEl);
    if (up.some((a) => TOP_BAR.has(a.tagName) || TOP_ROLES.test(attr(a, 'role') ?? ''))) {
      for (const a of text.matchAll(AGENCY_RE)) agencyVariants(a[0], known);
    }
    if (up.some((a) => USER_MENU.test(`${attr(a, 'class') ?? ''} ${attr(a, 'id') ?? ''}`)) && !MENU_WORDS.test(text) && /\p{L}/u.test(text)) {
      learnPerson(known, text);
    }
  }
  // A column headed by such a label (a table's "Nama" or "Operator" column): every cell below it.
  for (const n of walk(doc)) {
    if (!isEl(n) || n.tagName !== 'table') continue;
    const rows = [...walk(n)].filter((r): r is El => isEl(r) && r.tagName === 'tr');
    const header = rows.find((r) => r.childNodes.filter(isEl).every((c) => c.tagName === 'th'));
    if (!header) continue;
    header.childNodes.filter(isEl).forEach((th, col) => {
      const label = norm(textOf(th)).toLowerCase().replace(/\s*:$/, '');
      const learnCell = AGENCY_LABELS.includes(label) ? (v: string) => agencyVariants(v, known)
        : CODE_LABELS.includes(label) ? (v: string) => learn(known, v, PLACEHOLDER.agencyCode, 'agencyCode')
          : PERSON_LABELS.includes(label) ? (v: string) => learnPerson(known, v) : null;
      for (const r of learnCell ? rows.filter((r) => r !== header) : []) {
        const v = norm(textOf(r.childNodes.filter(isEl)[col] ?? r));
        if (v && v.length <= 80 && r.childNodes.filter(isEl)[col]) learnCell!(v);
      }
    });
  }
  // Names in a user menu's pictures (alt, title).
  for (const n of walk(doc)) {
    if (isEl(n) && n.tagName === 'img' && [...ancestors(n)].filter(isEl).some((a) => USER_MENU.test(`${attr(a, 'class') ?? ''} ${attr(a, 'id') ?? ''}`))) {
      for (const a of ['alt', 'title']) { const v = attr(n, a); if (v && /\p{L}/u.test(v)) learnPerson(known, v); }
    }
  }
}

/** Pass 2: rewrite the tree. */
function rewrite(doc: T.Document, known: Known, counts: Counts, base: string | null, removed: SanitizeResult['removed']): void {
  const clean = (s: string) => cleanText(s, known, counts, base);
  const visit = (parent: Node) => {
    const list = kids(parent);
    for (let i = 0; i < list.length; i++) {
      const n = list[i]!;
      if (n.nodeName === '#comment' || (isEl(n) && (REMOVE.has(n.tagName) || (n.tagName === 'meta' && /refresh|set-cookie/i.test(attr(n, 'http-equiv') ?? ''))))) {
        list.splice(i--, 1);
        removed.elements++;
        continue;
      }
      if (isText(n)) {
        const p = n.parentNode as El | null;
        if (p?.tagName === 'textarea') { if (n.value.trim()) { n.value = PLACEHOLDER.textarea; counts.field++; } else n.value = ''; }
        else if (p?.tagName === 'style') n.value = clean(n.value.replace(/url\(\s*(['"]?)(.*?)\1\s*\)/gi, 'url()').replace(/@import[^;]*;?/gi, ''));
        else n.value = clean(n.value);
        continue;
      }
      if (!isEl(n)) continue;
      cleanAttributes(n, clean, known, counts, base, removed);
      visit(n);
    }
  };
  visit(doc);
}

function cleanAttributes(el: El, clean: (s: string) => string, known: Known, counts: Counts, base: string | null, removed: SanitizeResult['removed']): void {
  const type = (attr(el, 'type') ?? 'text').toLowerCase();
  const tokenish = TOKEN_NAME.test(`${attr(el, 'name') ?? ''} ${attr(el, 'id') ?? ''}`);
  el.attrs = el.attrs.filter((a) => {
    if (DROP_ATTRS.test(a.name)) { removed.attributes++; return false; }
    return true;
  });
  for (const a of el.attrs) {
    const name = a.name.toLowerCase();
    if (name === 'value' && el.tagName === 'input' && (type === 'hidden' || type === 'password' || tokenish)) { if (a.value) counts.token++; a.value = ''; }
    else if (name === 'value' && el.tagName === 'input' && !CHOICE_INPUTS.has(type)) { if (a.value) { counts.field++; a.value = PLACEHOLDER.input; } }
    else if (name === 'content' && el.tagName === 'meta' && TOKEN_NAME.test(`${attr(el, 'name') ?? ''} ${attr(el, 'property') ?? ''} ${attr(el, 'http-equiv') ?? ''}`)) { if (a.value) counts.token++; a.value = ''; }
    else if (TOKEN_NAME.test(name) && !name.startsWith('aria-')) { if (a.value) counts.token++; a.value = ''; }
    else if (URL_ATTRS.has(name)) a.value = cleanUrl(a.value, known, counts, base);
    else if (name === 'style') a.value = clean(a.value.replace(/url\(\s*(['"]?)(.*?)\1\s*\)/gi, 'url()').replace(/expression\s*\(/gi, '('));
    else a.value = clean(a.value);
  }
}

/** The page without the agency's data (see the module comment). Throws nothing: any text is HTML to parse5. */
export function sanitizePage(html: string, opts: SanitizeOptions = {}): SanitizeResult {
  const doc = parse(html.replace(/^\uFEFF/, ''));
  const counts = emptyCounts();
  const removed = { elements: 0, attributes: 0 };
  const known = emptyKnown();
  for (const a of opts.agencies ?? []) if (a) agencyVariants(a, known);
  for (const c of opts.agencyCodes ?? []) if (c) learn(known, c, PLACEHOLDER.agencyCode, 'agencyCode');
  for (const p of opts.people ?? []) if (p) learnPerson(known, p);
  learnFromPage(doc, known);
  const raw = opts.url ?? savedFrom(doc);
  let url: string | null = null;
  if (raw) {
    const kept = cleanUrl(raw, known, emptyCounts(), null);
    url = /^https?:\/\//.test(kept) ? kept : null;
  }
  rewrite(doc, known, counts, url, removed);
  return { html: serialize(doc), url, counts, removed };
}

/** What a sample carries about itself (the recognition report, who made it), embedded as JSON. */
export const SAMPLE_INFO_ID = 'spbe-lens-sample';

/**
 * The sanitised page with `info` as a JSON data block at the top of <head>
 * (never run: type application/json). `<` is escaped so the JSON cannot end
 * the block. A sanitised page always has a <head> (parse5 writes one).
 */
export function withSampleInfo(sanitized: string, info: unknown): string {
  const json = JSON.stringify(info, null, 2).replace(/</g, '\\u003c');
  return sanitized.replace(/<head(\s[^>]*)?>/i, (head) => `${head}\n<script type="application/json" id="${SAMPLE_INFO_ID}">\n${json}\n</script>`);
}

/** The info block of a sample, or null (a page that is no sample, or a broken block). */
export function sampleInfo(html: string): unknown {
  const m = new RegExp(`<script type="application/json" id="${SAMPLE_INFO_ID}">([\\s\\S]*?)</script>`).exec(html);
  if (!m) return null;
  try { return JSON.parse(m[1]!); } catch { return null; }
}
