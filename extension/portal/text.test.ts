/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { fileNameIn, findByText, isFileName, key, labelText, norm, visibleText } from './text.ts';
import { cellAt, findTables } from './table.ts';
import { parse } from './test-fixtures.ts';

const body = (html: string) => parse(`<!doctype html><html><body>${html}</body></html>`);

describe('text helpers', () => {
  it('normalise whitespace and compare case-insensitively without a trailing colon', () => {
    expect(norm('  a\u00a0 b\n\tc ')).toBe('a b c');
    expect(key(' Nama  Instansi : ')).toBe('nama instansi');
  });

  it('read visible text: blocks apart, inline runs together, no scripts or form values', () => {
    const doc = body('<div><p>Indikator <b>12</b></p><p>x</p><script>var s</script><textarea>t</textarea><style>p{}</style></div>');
    expect(visibleText(doc.body)).toBe('Indikator 12 x');
  });

  it('find the deepest elements by text', () => {
    const doc = body('<section><div><h3><span>Indikator 7</span></h3></div></section>');
    expect(findByText(doc, /^Indikator 7$/).map((e) => e.localName)).toEqual(['span']);
  });

  it.each([
    ['<table><tr><th>Domain</th><td>:</td><td>Tata Kelola SPBE</td></tr></table>', 'Domain', 'Tata Kelola SPBE'],
    ['<dl><dt>Kode Instansi</dt><dd>9901</dd></dl>', 'Kode Instansi', '9901'],
    ['<dl><div><dt><div>Kode Instansi</div></dt></div><div><dd>9901</dd></div></dl>', 'kode instansi', '9901'],
    ['<p><strong>Kegiatan:</strong> Evaluasi SPBE Tahun 2024</p>', 'Kegiatan', 'Evaluasi SPBE Tahun 2024'],
    ['<table><tr><th>Domain</th></tr><tr><td>x</td></tr></table>', 'Domain', null],
  ])('read a label row (%#)', (html, label, value) => {
    expect(labelText(body(html), label)).toBe(value);
  });

  it('find tables by header text, counting colspans, and skip tables without those headers', () => {
    const doc = body(`<table><thead><tr><th>Tingkat</th><th>Nama</th></tr></thead></table>
      <table><thead><tr><th colspan="2"> TINGKAT </th><th>Kriteria</th><th>Capaian</th></tr></thead>
      <tbody><tr><td>1</td><td>a</td><td>k</td><td>c</td></tr></tbody></table>`);
    const [t, ...rest] = findTables(doc, ['Tingkat', 'Kriteria', 'capaian']);
    expect(rest).toEqual([]);
    expect([...t!.columns]).toEqual([['tingkat', 0], ['kriteria', 2], ['capaian', 3]]);
    expect(t!.body).toHaveLength(1);
    expect(cellAt(t!.body[0]!, 3)!.textContent).toBe('c');
  });

  it('recognise file names, not sizes or dates', () => {
    expect(isFileName('[Indikator 42a] Screenshot Aplikasi Lapor Wali Kota.pdf')).toBe(true);
    expect(isFileName('12.b.Matriks-Muatan-Peta-Rencana.xlsx')).toBe(true);
    expect(isFileName('1,9 MB · 08.08.2026 09.35')).toBe(false);
    expect(isFileName('Belum ada dokumen')).toBe(false);
    const doc = body('<div><textarea>x.pdf</textarea><span>I4-L1-02.pdf</span><small>700 KB · 02-08-2026</small></div>');
    expect(fileNameIn(doc.querySelector('div'))).toBe('I4-L1-02.pdf');
  });
});
