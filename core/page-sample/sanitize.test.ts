import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sampleInfo, sanitizePage, withSampleInfo } from './sanitize.ts';

const STUFFED = readFileSync(join(import.meta.dirname, '../../test/fixtures/page-sample/stuffed.html'), 'utf8');

/** Every personal or agency datum planted in stuffed.html (all invented). */
const PLANTED = [
  'Wirasaba', 'wirasabakota', '7716', 'Budiarto', 'Santosa', 'Sitiwati', 'Aminarsih', '198001012005011001', '19800101 200501 1 001',
  '3171234567890123', 'budiarto.santosa', 'budi.s@', 'admin.pemdi', '0812-3456-7890', '5551234', '081298765432', '5559876',
  'tokAbC123xyz987', 'sesiRahasia77', 's3cr3tSesi', 'qq71zz55', 'abcdef0123', '9f8e7d6c', 'lapor99', '7781234', 'uid=', 'token=', 'sig=',
  'SK-Wali-Kota', 'Notulensi Rapat Tim Pemdi Maret', 'Keputusan Wali Kota', 'video.example.org', 'xyz123', 'lampiran.swf',
  'QUFBQUFB', 'data:image', 'javascript:', 'alert(', 'lacak(', 'buka()', 'onload', 'onclick', 'document.cookie',
];

const count = (html: string, tag: string) => (html.match(new RegExp(`<${tag}[\\s>]`, 'gi')) ?? []).length;

describe('sanitizePage on a page stuffed with personal data (test/fixtures/page-sample/stuffed.html)', () => {
  const out = sanitizePage(STUFFED);

  it.each(PLANTED)('leaves no trace of %s, in any attribute or text', (secret) => {
    expect(out.html.toLowerCase()).not.toContain(secret.toLowerCase());
  });

  it('keeps the structure: the same tables, rows, cells, headings, fields, buttons and labels', () => {
    for (const tag of ['table', 'thead', 'tr', 'th', 'td', 'h3', 'input', 'textarea', 'select', 'option', 'button', 'dl', 'dt', 'dd', 'nav', 'form', 'span', 'a']) {
      expect(count(out.html, tag), tag).toBe(count(STUFFED, tag));
    }
    for (const kept of ['Tingkat 1 (Merintis)', 'Tingkat 2 (Membangun)', 'PG_04_01', 'PG_04_04', '>diterima<', '>revisi<', 'Catatan Asesor', 'Kode Instansi',
      'Nama Instansi', 'Otomatis ditolak karena tingkat kematangan sebelumnya ditolak.', 'Dokumen pendukung/evidence terkait belum tersedia dan belum diunggah.',
      'class="collapse show"', 'id="t1"', 'data-target="#t1"', 'aria-controls="t1"', 'Tahun 2026', 'Indikator 4', 'Keluar', 'Profil', 'name="catatan[PG_04_01]"']) {
      expect(out.html, kept).toContain(kept);
    }
  });

  it('says what it replaced and removed, and keeps the page address without its query', () => {
    expect(out.url).toBe('https://eval.spbe.go.id/penilaian-mandiri/indikator/4');
    expect(out.counts).toMatchObject({ field: 2, nip: 1, nik: 1 });
    for (const k of ['file', 'agency', 'agencyCode', 'person', 'email', 'phone', 'url', 'token'] as const) expect(out.counts[k], k).toBeGreaterThan(0);
    expect(out.removed.elements).toBeGreaterThanOrEqual(4); // script, iframe, object, comments
    expect(out.removed.attributes).toBe(2); // onload, onclick
  });

  it('replaces with placeholders that keep the shape a reader needs', () => {
    expect(out.html).toContain('<span>Pemerintah Kota Sampel</span>');
    expect(out.html).toContain('<dd>0000</dd>');
    expect(out.html).toMatch(/>berkas-1\.pdf</);
    expect(out.html).toMatch(/>berkas-\d\.docx</);
    expect(out.html).toContain('<textarea name="catatan[PG_04_01]">[catatan]</textarea>');
    expect(out.html).toContain('<textarea name="catatan[PG_04_02]"></textarea>');
    expect(out.html).toContain('value="[isian]"');
    expect(out.html).toContain('<input type="hidden" name="_token" value="">');
    expect(out.html).toContain('href="https://tautan.invalid/"');
    expect(out.html).toContain('href="/penilaian-mandiri/indikator/4/simpan"'.replace('href', 'action'));
  });

  it('is stable: a sanitised page sanitised again changes no more', () => {
    expect(sanitizePage(out.html, { url: out.url }).html).toBe(out.html);
  });

  it('takes no column header for a label\'s value ("Nama" over a column keeps the next header), but the column\'s cells', () => {
    const html = '<table><thead><tr><th>No</th><th>Nama</th><th>Jabatan</th></tr></thead><tbody><tr><td>1</td><td>Rahmatsyah Putra</td><td>Kepala</td></tr></tbody></table><p>Jabatan dan Nama</p>';
    const r = sanitizePage(html);
    expect(r.html).toContain('<th>Jabatan</th>');
    expect(r.html).toContain('<p>Jabatan dan Nama</p>');
    // …but every cell under it is a name.
    expect(r.html).not.toMatch(/Rahmatsyah|Putra/);
    expect(r.html).toContain('<td>[nama]</td><td>Kepala</td>');
  });

  it('takes names the caller knows, and keeps checked and selected state', () => {
    const html = '<html><body><p>Laporan Dinas Tirtamarta</p><p>Kode TM-01X</p><input type="radio" name="capaian" value="3" checked><select><option selected value="2">Dua</option></select></body></html>';
    const r = sanitizePage(html, { agencies: ['Dinas Tirtamarta'], agencyCodes: ['TM-01X'], people: [] });
    expect(r.html).not.toMatch(/Tirtamarta|TM-01X/);
    expect(r.html).toContain('<input type="radio" name="capaian" value="3" checked="">');
    expect(r.html).toContain('<option selected="" value="2">Dua</option>');
  });
});

describe('sample info', () => {
  it('embeds JSON that cannot close its own block, and reads it back', () => {
    const html = withSampleInfo(sanitizePage('<p>x</p>').html, { note: '</script><script>alert(1)</script>' });
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(sampleInfo(html)).toEqual({ note: '</script><script>alert(1)</script>' });
    expect(sampleInfo('<p>no sample</p>')).toBeNull();
  });
});

// ------------------------------------------------------------------ property

const letters = (min: number) => fc.stringMatching(new RegExp(`^[a-z]{${min},${min + 4}}$`));
const digits = (n: number, first: string) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => first + d.join(''));
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** A secret with its shape (planted as `text`), what must not survive (`trace`) and the random words of it that may (`kept`). */
interface Secret { text: string; trace: string[]; kept?: string[] }
const shaped: fc.Arbitrary<Secret> = fc.oneof(
  digits(17, '1').map((d) => ({ text: d, trace: [d] })), // NIP
  digits(15, '3').map((d) => ({ text: d, trace: [d] })), // NIK
  digits(17, '1').map((d) => ({ text: `${d.slice(0, 8)} ${d.slice(8, 14)} ${d[14]} ${d.slice(15, 18)}`, trace: [d.slice(0, 8), d.slice(8, 14)] })), // NIP, spaced
  fc.tuple(letters(5), letters(6)).map(([a, b]) => ({ text: `${a}.${b}@${b}mail.go.id`, trace: [`${a}.${b}`, `${b}mail`] })), // e-mail
  digits(9, '').map((d) => ({ text: `08${d.slice(0, 2)}-${d.slice(2, 6)}-${d.slice(6)}`, trace: [`${d.slice(2, 6)}-${d.slice(6)}`] })), // phone
  digits(7, '').map((d) => ({ text: `+62 274 ${d}`, trace: [d] })), // phone, landline
  fc.tuple(letters(6), letters(7)).map(([h, q]) => ({ text: `https://${h}.example.org/p?kunci=${q}`, trace: [h, q] })), // off-site URL, query
  fc.tuple(letters(6), letters(7)).map(([p, q]) => ({ text: `/unduh/${p}?token=${q}`, trace: [q], kept: [p] })), // portal URL (its path is kept), query
  letters(7).map((w) => ({ text: `${cap(w)}-Laporan-2026.pdf`, trace: [w] })), // uploaded file
);
/** Where a shaped secret may stand: any text, any attribute. */
const slot = fc.constantFrom('text', 'title', 'data-info', 'alt', 'aria-label', 'class', 'id', 'href', 'radio-value', 'style', 'option');
const tag = fc.constantFrom('div', 'span', 'p', 'td', 'li', 'h4', 'label', 'button', 'strong');

function plant(t: string, where: string, s: string): string {
  const a = s.replace(/"/g, '');
  switch (where) {
    case 'text': return `<${t}>${s}</${t}>`;
    case 'href': return `<a href="${a}">tautan</a>`;
    case 'radio-value': return `<input type="radio" name="r" value="${a}">`;
    case 'style': return `<${t} style="content:'${a}'">x</${t}>`;
    case 'option': return `<select><option value="${a}">${s}</option></select>`;
    default: return `<${t} ${where}="${a}">x</${t}>`;
  }
}

/** Secrets known only by where they stand: the agency in the top bar and its labels, people in a user menu, fields, tokens, code. */
const contextual = fc.record({ agency: letters(7), person: fc.tuple(letters(6), letters(6)), typed: letters(8), note: letters(8), token: letters(9), code: letters(8), img: letters(8), labelled: letters(7) });

describe('property: no planted secret survives', () => {
  it('on generated pages with secrets planted anywhere', () => {
    fc.assert(fc.property(fc.array(fc.tuple(shaped, slot, tag), { minLength: 1, maxLength: 12 }), contextual, (planted, c) => {
      const body = planted.map(([s, where, t]) => plant(t, where, s.text)).join('\n');
      const html = `<!doctype html><html><head><meta name="csrf-token" content="${c.token}"><script>var k='${c.code}'</script></head><body>
        <nav><span>Pemerintah Kabupaten ${cap(c.agency)}</span><div class="user-info"><span>${cap(c.person[0])} ${cap(c.person[1])}</span><a href="/keluar">Keluar</a></div></nav>
        <dl><dt>Nama Instansi</dt><dd>Pemerintah Kabupaten ${cap(c.agency)}</dd><dt>Operator</dt><dd>${cap(c.labelled)} ${cap(c.person[1])}</dd></dl>
        <p>Surat Bupati ${cap(c.agency)} dan ${cap(c.person[0])}</p>
        <input type="text" value="${c.typed}"><textarea>${c.note}</textarea><input type="hidden" value="${c.token}">
        <img src="data:image/png;base64,${c.img}" onerror="x('${c.code}')"><button onclick="${c.code}()">Simpan</button>
        ${body}</body></html>`;
      const traces = [...planted.flatMap(([s]) => s.trace), c.agency, ...c.person, c.typed, c.note, c.token, c.code, c.img, c.labelled];
      // A trace that the page holds anyway (a random word that happens to be part of another secret's fixed text) proves nothing.
      let skeleton = html.toLowerCase();
      for (const t of [...traces].sort((a, b) => b.length - a.length)) skeleton = skeleton.split(t.toLowerCase()).join('');
      fc.pre(traces.every((t) => !skeleton.includes(t.toLowerCase())));
      // Nor does one that is a word the page may keep (fast-check likes "prototype" for both a path and a token).
      const kept = planted.flatMap(([s]) => s.kept ?? []).map((k) => k.toLowerCase());
      fc.pre(traces.every((t) => !kept.some((k) => k.includes(t.toLowerCase()))));
      const out = sanitizePage(html).html.toLowerCase();
      for (const t of traces) expect(out, `"${t}" survived`).not.toContain(t.toLowerCase());
      expect(out).toContain('keluar');
    }), { numRuns: 300 });
  });
});
