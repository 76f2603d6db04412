/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import type { EvalIndicatorPage, PortalItem } from './types.ts';
import { readEvalIndicator } from './eval.ts';
import { recognise } from './detect.ts';
import { cosmetic, loadPage, parse } from './test-fixtures.ts';
import { findIndicator, getFramework, itemCodes } from '../../core/frameworks/index.ts';
import { reasonMessage } from './reason-messages.ts';

const E = 'https://eval.spbe.go.id';
const AUTO = 'Otomatis ditolak karena tingkat kematangan sebelumnya ditolak.';
const MISSING = 'Dokumen pendukung/evidence terkait belum tersedia dan belum diunggah.';

function read(n: number, edit?: (doc: Document) => void): EvalIndicatorPage {
  const { doc, url } = loadPage(`${E}/penilaian-mandiri/indikator/${n}`, edit);
  const r = readEvalIndicator(doc, url);
  if (!r.ok) throw new Error(reasonMessage(r.reason).en);
  return r.page as EvalIndicatorPage;
}

/** Items as plain rows: code, portal code, file, status, assessor note. */
const rows = (p: EvalIndicatorPage) => p.items.map((i) => [i.code, i.portalCode, i.file, i.status, i.assessorNote]);
const plain = (p: EvalIndicatorPage) => ({
  context: p.context, indicator: p.indicator, levels: [...p.levels.keys()], anchor: p.anchor.textContent,
  items: p.items.map(({ row, noteField, ...rest }: PortalItem) => ({ ...rest, row: row.localName, noteField: noteField?.localName ?? null })),
});

describe('readEvalIndicator', () => {
  it('reads I4: PG codes, files, notes, statuses and the auto-reject note', () => {
    const p = read(4);
    expect(p.indicator).toBe(4);
    expect(p.context).toEqual({ framework: 'pemdi-2026', agency: 'Pemerintah Kota Contoh', agencyCode: null, year: 2026 });
    expect(rows(p)).toEqual([
      ['I4-L1-01', 'PG_04_01', 'SK-Wali-Kota-Tim-Koordinasi-Pemdi-2026.pdf', 'diterima', ''],
      ['I4-L1-02', 'PG_04_02', 'I4-L1-02.pdf', 'diterima', ''],
      ['I4-L1-03', 'PG_04_03', 'I4-L1-03.pdf', 'diterima', ''],
      ['I4-L2-01', 'PG_04_04', 'I4-L2-01.pdf', 'diterima', ''],
      ['I4-L2-02', 'PG_04_05', 'PKS-Integrasi-Data-Kependudukan-Disdukcapil.pdf', 'diterima', ''],
      ['I4-L3-01', 'PG_04_06', 'I4-L3-01.pdf', 'diterima', ''],
      ['I4-L3-02', 'PG_04_07', 'Undangan-Rapat-Internal-Kolaborasi.pdf', 'revisi', expect.stringMatching(/^Bukti dukung yang diberikan tidak tepat berupa undangan rapat internal/)],
      ['I4-L4-01', 'PG_04_08', 'I4-L4-01.pdf', 'revisi', AUTO],
      ['I4-L4-02', 'PG_04_09', null, 'revisi', AUTO],
      ['I4-L5-01', 'PG_04_10', null, 'revisi', AUTO],
      ['I4-L5-02', 'PG_04_11', null, 'revisi', AUTO],
    ]);
    expect(p.items[0]!.note).toBe('Keputusan Wali Kota Contoh Nomor 100.3.3.2/45/2026 tentang Tim Koordinasi Pemerintah Digital.');
    expect(p.items[8]!.note).toBe('');
    expect(p.items.map((i) => i.level)).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect([...p.levels.keys()]).toEqual([1, 2, 3, 4, 5]);
    expect(p.levels.get(3)!.textContent).toBe('Tingkat 3 (Berkembang)');
    expect(p.anchor.textContent).toBe('Indikator 4');
  });

  it('reads I1: a wrong document, a missing one, and auto-rejected items with files uploaded anyway', () => {
    const p = read(1);
    expect(rows(p).slice(0, 6)).toEqual([
      ['I1-L1-01', 'XX_01_01', 'Rancangan-Renstra-Diskominfo-2026-2030.pdf', 'diterima', ''],
      ['I1-L2-01', 'XX_01_02', 'I1-L2-01.pdf', 'diterima', ''],
      ['I1-L2-02', 'XX_01_03', 'Arsitektur-SPBE-Kota-Contoh-2022.pdf', 'revisi', expect.stringMatching(/^Bukti dukung yang diberikan tidak tepat berupa dokumen Arsitektur SPBE/)],
      ['I1-L2-03', 'XX_01_04', 'I1-L2-03.pdf', 'diterima', ''],
      ['I1-L2-04', 'XX_01_05', null, 'revisi', MISSING],
      ['I1-L3-01', 'XX_01_06', 'I1-L3-01.pdf', 'revisi', AUTO],
    ]);
    expect(p.items.filter((i) => i.level >= 3).every((i) => i.status === 'revisi' && i.assessorNote === AUTO)).toBe(true);
    expect(p.items.filter((i) => i.level === 3 && i.file).map((i) => i.code)).toEqual(['I1-L3-01', 'I1-L3-04']);
  });

  it('reads I9: the verbatim portals.md note, and level 4 items numbered from 01 although level 3 has none', () => {
    const p = read(9);
    expect(rows(p)).toEqual([
      ['I9-L1-01', 'XX_09_01', 'SK-Tim-Asesor-Internal-Pemdi-2026.pdf', 'revisi', 'Bukti dukung yang diberikan tidak tepat berupa SK Tim Asesor Internal Evaluasi Kinerja Pemdi, semestinya berupa SK Tim Auditor Internal Pemerintah Digital pemerintah daerah.'],
      ['I9-L1-02', 'XX_09_02', 'I9-L1-02.pdf', 'diterima', ''],
      ['I9-L2-01', 'XX_09_03', 'I9-L2-01.pdf', 'revisi', AUTO],
      ['I9-L4-01', 'XX_09_04', null, 'revisi', AUTO],
      ['I9-L5-01', 'XX_09_05', null, 'revisi', AUTO],
    ]);
    expect([...p.levels.keys()]).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads I13: TD_13_02 not uploaded, TD_13_05 auto-rejected', () => {
    const p = read(13);
    const by = new Map(p.items.map((i) => [i.portalCode, i]));
    expect(by.get('TD_13_02')).toMatchObject({ code: 'I13-L1-02', file: null, status: 'revisi', assessorNote: MISSING });
    expect(by.get('TD_13_05')).toMatchObject({ code: 'I13-L2-02', file: 'I13-L2-02.pdf', status: 'revisi', assessorNote: AUTO });
    expect(p.items.filter((i) => i.status === 'diterima').map((i) => i.code)).toEqual(['I13-L1-01', 'I13-L1-03']);
    expect(p.items).toHaveLength(12);
  });

  it('gives no items on an external-index indicator (I5), but still its five levels', () => {
    const p = read(5);
    expect(p.items).toEqual([]);
    expect([...p.levels.keys()]).toEqual([1, 2, 3, 4, 5]);
  });

  it('codes every item of every evidence indicator exactly as the framework module lists them', () => {
    const fw = getFramework('pemdi-2026');
    for (let n = 1; n <= 20; n++) {
      const ind = findIndicator(fw, n)!;
      expect(read(n).items.map((i) => i.code), `I${n}`).toEqual(itemCodes(ind));
    }
  });

  it('reads the same with every class, id, name and style removed and wrapper divs added', () => {
    for (const n of [1, 4, 5, 9, 13]) expect(plain(read(n, cosmetic))).toEqual(plain(read(n)));
  });

  it('falls back on the row structure when the column labels differ (portals.md B6)', () => {
    const renamed = (doc: Document) => doc.querySelectorAll('thead th').forEach((th, i) => (th.textContent = `Kolom ${i}`));
    expect(plain(read(4, renamed))).toEqual(plain(read(4)));
  });

  it('reads levels given as group rows inside one flat item table', () => {
    const doc = parse(`<!doctype html><html><body><nav><span>Pemerintah Kota Contoh</span><span>Tahun 2026</span></nav>
      <h2>Indikator 4</h2><table><thead><tr><th>Kode</th><th>Dokumen</th><th>Catatan</th><th>Status</th><th>Catatan Asesor</th></tr></thead><tbody>
      <tr><td colspan="5"><b>Tingkat 1</b></td></tr>
      <tr><td>PG_04_01</td><td><a href="/unduh/1">a.pdf</a></td><td><textarea>n1</textarea></td><td>Diterima</td><td></td></tr>
      <tr><td>PG_04_02</td><td>Belum ada dokumen</td><td><textarea></textarea></td><td>revisi</td><td>${MISSING}</td></tr>
      <tr><td colspan="5">Tingkat 2 - Membangun</td></tr>
      <tr><td>PG_04_04</td><td>b.pdf</td><td><input type="text" value="n2"></td><td>revisi</td><td>${AUTO}</td></tr>
      </tbody></table></body></html>`);
    const r = readEvalIndicator(doc, new URL(`${E}/x`));
    expect(r.ok && rows(r.page as EvalIndicatorPage)).toEqual([
      ['I4-L1-01', 'PG_04_01', 'a.pdf', 'diterima', ''],
      ['I4-L1-02', 'PG_04_02', null, 'revisi', MISSING],
      ['I4-L2-01', 'PG_04_04', 'b.pdf', 'revisi', AUTO],
    ]);
    expect(r.ok && (r.page as EvalIndicatorPage).items.map((i) => i.note)).toEqual(['n1', '', 'n2']);
  });

  it('says why when the level sections or the title are missing', () => {
    const noLevels = loadPage(`${E}/penilaian-mandiri/indikator/4`, (doc) => doc.querySelectorAll('button').forEach((b) => b.remove()));
    const r1 = recognise(noLevels.doc, noLevels.url);
    expect(!r1.ok && reasonMessage(r1.reason).id).toContain("bagian 'Tingkat 1' … 'Tingkat 5' tidak ditemukan");
    const noTitle = loadPage(`${E}/penilaian-mandiri/indikator/4`, (doc) => doc.querySelector('h3')!.remove());
    const r2 = recognise(noTitle.doc, noTitle.url);
    expect(!r2.ok && reasonMessage(r2.reason).id).toContain("Judul 'Indikator {n}' (n = 1–20)");
  });
});
