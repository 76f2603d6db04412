/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import type { EvalIndicatorPage, PortalItem } from './types.ts';
import { readEvalIndicator } from './eval.ts';
import { evalEntry } from './to-entry.ts';
import { cosmetic, loadPage, parse } from './test-fixtures.ts';
import { findIndicator, getFramework } from '../../core/frameworks/index.ts';
import { indicatorValue } from '../../core/engine/indicator-value.ts';
import { LAYOUT_INDICATORS, LAYOUT_NAMES } from '../../test/fixtures/portal/eval-layouts.mjs';
import { reasonMessage } from './reason-messages.ts';

const E = 'https://eval.spbe.go.id';
const READABLE = LAYOUT_NAMES.filter((l) => l !== 'tanpa-tanda');

function read(u: string, edit?: (doc: Document) => void): EvalIndicatorPage {
  const { doc, url } = loadPage(u, edit);
  const r = readEvalIndicator(doc, url);
  if (!r.ok) throw new Error(`${u}: ${reasonMessage(r.reason).en}`);
  return r.page as EvalIndicatorPage;
}

/** What a user and the engine see of the items: everything but the elements. */
const plain = (p: EvalIndicatorPage) => p.items.map((it: PortalItem) => ({ ...it, row: undefined, noteField: undefined }));
const valueOf = (p: EvalIndicatorPage) => {
  const fw = getFramework('pemdi-2026');
  return indicatorValue(fw, findIndicator(fw, p.indicator)!, evalEntry(p))?.value.toString() ?? null;
};

describe('one reader for every layout (test/fixtures/portal/eval-layouts.mjs)', () => {
  it('has at least four readable layouts besides the main replica', () => {
    expect(READABLE.length).toBeGreaterThanOrEqual(4);
  });

  describe.each(LAYOUT_INDICATORS)('indicator %i', (n) => {
    const main = read(`${E}/penilaian-mandiri/indikator/${n}`);

    it.each(READABLE)('%s: the same items, codes, levels, files, notes, statuses and value as the main replica', (layout) => {
      const p = read(`${E}/tata-letak/${layout}/indikator/${n}`);
      expect(plain(p)).toEqual(plain(main));
      expect([...p.levels.keys()]).toEqual([1, 2, 3, 4, 5]);
      expect(valueOf(p)).toBe(valueOf(main));
      // Each row is one item: it holds no level heading and no other item's code.
      for (const it of p.items) {
        expect([...p.levels.values()].some((h) => it.row.contains(h)), it.code).toBe(false);
        expect(p.items.filter((o) => o !== it && it.row.contains(o.row))).toEqual([]);
      }
    });

    it.each(READABLE)('%s: the same with every class, name and style removed and wrapper divs added (ids kept: tabs need them)', (layout) => {
      const u = `${E}/tata-letak/${layout}/indikator/${n}`;
      expect(plain(read(u, (doc) => cosmetic(doc, { keepIds: true })))).toEqual(plain(read(u)));
    });
  });

  it('reads the closed (hidden) accordion panels and the inactive tabs', () => {
    for (const layout of ['akordeon-div', 'tab']) {
      const { doc } = loadPage(`${E}/tata-letak/${layout}/indikator/4`);
      expect(doc.querySelectorAll('[hidden]').length, layout).toBe(4);
      const p = read(`${E}/tata-letak/${layout}/indikator/4`);
      expect(p.items.filter((i) => i.level > 1).length, layout).toBe(8);
    }
  });

  it('narrows a level\'s only item to the row shape of the others (I9: levels 2, 4, 5 have one item)', () => {
    for (const layout of READABLE) {
      const p = read(`${E}/tata-letak/${layout}/indikator/9`);
      const shapes = new Set(p.items.map((i) => `${i.row.localName}.${i.row.getAttribute('class') ?? ''}`));
      expect(shapes.size, `${layout}: ${[...shapes].join(', ')}`).toBe(1);
    }
  });

  it('reads no items on a page that shows none of an item\'s signs, yet keeps its five level headings', () => {
    const p = read(`${E}/tata-letak/tanpa-tanda/indikator/4`);
    expect(p.items).toEqual([]);
    expect([...p.levels.keys()]).toEqual([1, 2, 3, 4, 5]);
  });
});

const page = (levels: string) => parse(`<!doctype html><html><body><nav><span>Pemerintah Kota Contoh</span></nav><h2>Indikator 4</h2>${levels}</body></html>`);
const readDoc = (doc: Document) => {
  const r = readEvalIndicator(doc, new URL(`${E}/x`));
  if (!r.ok) throw new Error(reasonMessage(r.reason).en);
  return r.page as EvalIndicatorPage;
};

describe('signs of an item', () => {
  it('takes an uploaded file from its link text, in a div grid without a header', () => {
    const p = readDoc(page(`<h3>Tingkat 1</h3><div><div>PG_04_01</div><div><a href="/storage/unggahan/91">SK Tim Pemdi.pdf</a></div><div>diterima</div></div>
      <div><div>PG_04_02</div><div>Belum ada dokumen</div><div>revisi</div></div>`));
    expect(p.items.map((i) => [i.portalCode, i.file, i.status])).toEqual([['PG_04_01', 'SK Tim Pemdi.pdf', 'diterima'], ['PG_04_02', null, 'revisi']]);
  });

  it('ignores a legend of status words where the page shows item codes, and a code named inside a note', () => {
    const p = readDoc(page(`<div class="legend"><span>diterima</span> sesuai; <span>revisi</span> perlu perbaikan</div>
      <h3>Tingkat 1</h3><table><tr><td>PG_04_01</td><td>a.pdf</td><td>revisi</td><td>Sama dengan PG_04_02, unggah dokumen lain.</td></tr>
      <tr><td>PG_04_02</td><td>b.pdf</td><td>diterima</td><td></td></tr></table>`));
    expect(p.items.map((i) => [i.code, i.portalCode, i.file, i.status, i.assessorNote])).toEqual([
      ['I4-L1-01', 'PG_04_01', 'a.pdf', 'revisi', 'Sama dengan PG_04_02, unggah dokumen lain.'],
      ['I4-L1-02', 'PG_04_02', 'b.pdf', 'diterima', ''],
    ]);
  });

  it('reads items without codes by their upload controls and statuses, and drops signs standing under no level', () => {
    const p = readDoc(page(`<p><span>diterima</span> = dokumen sesuai</p>
      <h3>Tingkat 1</h3><ul><li>Dokumen A <input type="file"> <b>Diterima</b></li><li>Dokumen B <input type="file"></li></ul>
      <h3>Tingkat 2</h3><ul><li>Dokumen C <input type="file"> <b>REVISI</b></li></ul>`));
    expect(p.items.map((i) => [i.code, i.status, i.row.localName])).toEqual([['I4-L1-01', 'diterima', 'li'], ['I4-L1-02', null, 'li'], ['I4-L2-01', 'revisi', 'li']]);
  });

  it('refuses a coded row above every level heading, saying which', () => {
    const r = readEvalIndicator(page('<table><tr><td>PG_04_01</td><td>diterima</td></tr></table><h3>Tingkat 1</h3>'), new URL(`${E}/x`));
    expect(!r.ok && reasonMessage(r.reason).en).toContain('PG_04_01');
  });
});
